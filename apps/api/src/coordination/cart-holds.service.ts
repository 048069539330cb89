import { Injectable, Logger } from '@nestjs/common';
import { Database } from '../platform/database/database';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { CatalogService, HeldSeat, NoAdjacentSeatsError, NoAdjacentSeatsFailure } from '../modules/catalog';
import { Channel } from '../modules/orders';
import { AddCartItemsRequest, CartDraft, CartResponse, CreateCartRequest, ReleasedCart, SalesService } from '../modules/sales';
import { saleRules } from './sale-rules';

/** What a cart write holds, until when. */
type PlacesToHold = Pick<CartDraft, 'chosenSeats' | 'bestSeats' | 'capacity'> & { until: Date };

/**
 * A cart holds places: sales writes the cart, the catalog holds its seats and capacity. Opening,
 * releasing and expiring a cart are one write each, composed here.
 */
@Injectable()
export class CartHolds {
  private readonly logger = new Logger('CartHolds');

  constructor(
    private readonly db: Database,
    private readonly sales: SalesService,
    private readonly catalog: CatalogService,
  ) {}

  /** Holds the requested places in a new cart until it expires, all lines or none, in one round trip (see `hold`). */
  async open(scope: TenantScope, request: CreateCartRequest, shopCurrency: string, channel: Channel = 'shop'): Promise<CartResponse> {
    const draft = await this.sales.draftCart(scope, request, shopCurrency, saleRules(channel));
    const best = await this.hold(scope, draft.id, { ...draft, until: draft.expiresAt }, () => this.sales.openCart(scope, draft));
    return this.sales.openedCartView(draft, best);
  }

  /**
   * Adds tickets to an open cart, held until the cart's expiry (which does not move, ADR 0026), in
   * one round trip like `open`: the cart's new lines are written only if nobody changed them since
   * they were read.
   */
  async addItems(scope: TenantScope, cartId: string, request: AddCartItemsRequest, channel: Channel = 'shop'): Promise<CartResponse> {
    const change = await this.sales.draftCartAddition(scope, cartId, request, saleRules(channel));
    await this.hold(scope, cartId, change.hold!, () => this.sales.changeCartLines(scope, change));
    return this.sales.getCart(scope, cartId);
  }

  /**
   * One round trip: the cart row (`cartWrite`), the chosen seats (in a fixed order), the
   * best-available seats, then the capacity row — the only hot lock — right before commit. A deeper
   * search for side-by-side seats is needed only when the best seats are gone. Returns the
   * best-available seats it held.
   */
  private async hold(scope: TenantScope, cartId: string, places: PlacesToHold, cartWrite: () => Promise<void>): Promise<HeldSeat[]> {
    const depths = new Map<string, number | undefined>();
    for (;;) {
      try {
        const best = await this.db.atomically(
          async () => {
            await cartWrite();
            for (const c of places.chosenSeats) await this.catalog.holdSeats(scope, { ...c, cartId, until: places.until });
            const held: { get(): HeldSeat[] }[] = [];
            for (const g of places.bestSeats) {
              held.push(await this.catalog.holdBestSeats(scope, { ...g, cartId, until: places.until, depth: depths.get(`${g.dateId}/${g.zoneId}`) }));
            }
            await this.catalog.holdCapacity(scope, places.capacity);
            return held;
          },
          // A hold is not worth a disk flush: a crash loses it, and it would have expired anyway.
          { durable: false },
        );
        return best.flatMap((h) => h.get());
      } catch (error) {
        if (!(error instanceof NoAdjacentSeatsFailure)) throw error;
        const group = places.bestSeats.find((g) => g.dateId === error.dateId && g.zoneId === error.zoneId);
        if (error.deeper === null || !group) throw new NoAdjacentSeatsError(group?.field ?? 'items', group?.count ?? 0);
        depths.set(`${error.dateId}/${error.zoneId}`, error.deeper);
      }
    }
  }

  /**
   * Takes tickets off a line of an open cart (the whole line by default): its seats and places go
   * back on sale in the same write, the codes' discounts follow; the last thing out releases the cart.
   */
  async removeLine(scope: TenantScope, cartId: string, lineId: string, quantity?: number): Promise<CartResponse> {
    const change = await this.sales.draftCartLineRemoval(scope, cartId, lineId, quantity);
    await this.db.atomically(
      async () => {
        await this.sales.changeCartLines(scope, change);
        for (const s of change.release!.seats) await this.catalog.releaseCartSeats(scope, cartId, s.dateId, s.seatIds);
        await this.catalog.releaseHeldCapacity(scope, change.release!.capacity);
      },
      { durable: false },
    );
    return this.sales.getCart(scope, cartId);
  }

  /** The buyer gives the places back before the cart expires. */
  async release(scope: TenantScope, cartId: string): Promise<void> {
    await this.db.transaction(async () => this.giveBack(scope, await this.sales.releaseCart(scope, cartId)));
  }

  /** Deadline sweep: gives the places of overdue carts back to sale. Returns how many carts expired. */
  async expireOverdue(batch = 500): Promise<number> {
    return this.db.transaction(async () => {
      const expired = await this.sales.expireOverdueCarts(batch);
      for (const cart of expired) await this.giveBack(TenantScope.of(cart.ticketingId), cart);
      if (expired.length) this.logger.log({ expired: expired.length }, 'released overdue carts');
      return expired.length;
    });
  }

  private async giveBack(scope: TenantScope, cart: Omit<ReleasedCart, 'ticketingId'>): Promise<void> {
    if (cart.seated) await this.catalog.releaseSeats(scope, cart.id);
    await this.catalog.releaseHeldCapacity(scope, cart.capacity);
  }
}
