import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor } from '../platform/audit/actor';
import { Clock } from '../platform/clock/clock';
import { AppConfig } from '../platform/config/app-config';
import { Database } from '../platform/database/database';
import { DomainError } from '../platform/http/problem';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { CatalogService } from '../modules/catalog';
import { Channel, OrderNumberTakenError, OrdersService, PlacedOrder } from '../modules/orders';
import { LedgerMethod, PaymentsProblems, PaymentsReconciliationService } from '../modules/payments-reconciliation';
import { RegistrationService, RegistrationSnapshot } from '../modules/registration';
import { CheckoutRequest, SaleDraft, SaleMethod, SalesService } from '../modules/sales';
import { saleRules } from './sale-rules';

/** Money received with a sale: one ledger payment. */
export interface Tender {
  method: LedgerMethod;
  amount: number;
  reference?: string | null;
  note?: string | null;
  /** Cash only: what was handed over for it at the counter (TO-5), kept with the payment for the receipt. */
  given?: number | null;
}

/** Who sells, through which channel: the shop and its customer today; the ticket office, imports and the API later. */
export interface SaleContext {
  channel: Channel;
  actor: Actor;
  /** Its reference elsewhere (an import's line): unique per ticketing, so the same sale is never written twice. */
  externalReference?: string;
  /** Send the confirmation email (default). */
  notify?: boolean;
  /** What is due was already received this way (an imported order paid elsewhere): recorded in the ledger in the same write. */
  paidWith?: LedgerMethod;
  /**
   * What was received now, tender by tender (a sale at the counter, mixed tenders allowed): together
   * exactly what the sale owes, else TENDERS_INVALID; each is a payment in the ledger, in the same write.
   */
  tenders?: Tender[];
  /** The logged-in customer's account: the order joins their orders in the same write (ADR 0029). */
  accountId?: string;
  /** TO-2: the line and holder's name the counter prints on every ticket of the order. */
  ticketText?: { line?: string | null; holderName?: string | null };
}

/**
 * What the checkout writes: the shop's checkout, or one the counter or an import builds — whose
 * method may also be `invitation` (given away at the counter, ADR 0036: every ticket at zero, the
 * cart's codes ignored), which the shop's own request can never carry.
 */
export interface SaleRequest extends Omit<CheckoutRequest, 'paymentMethod'> {
  paymentMethod: SaleMethod;
}

/** A cart priced for its sale, with the method it was priced for: what the write takes. */
export interface PricedSale {
  draft: SaleDraft;
  method: SaleMethod;
}

/** An order just placed, with what it still owes (after a gift voucher, or a payment recorded with it). */
export interface PlacedSale extends PlacedOrder {
  currency: string;
  due: number;
}

/** A cart becomes an order: one write across sales, orders, the ledger and the catalog. */
@Injectable()
export class Checkout {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly sales: SalesService,
    private readonly orders: OrdersService,
    private readonly payments: PaymentsReconciliationService,
    private readonly catalog: CatalogService,
    private readonly config: AppConfig,
    private readonly registration: RegistrationService,
  ) {}

  /**
   * Turns a cart's held places into an order in one round trip: the cart is closed (so it is checked
   * out once, and not after its expiry), its promo code counted under its limit and its gift voucher
   * spent, the vouchers it buys issued, the order written with what the voucher paid in the ledger,
   * and the seats and the capacity row touched last, right before commit. Each module explains its
   * own refusal; a taken order number (one chance in 10^12) retries the whole write.
   */
  async placeSale(scope: TenantScope, cartId: string, request: SaleRequest, context: SaleContext): Promise<PlacedSale> {
    return this.place(scope, await this.price(scope, cartId, request.paymentMethod, context.channel), request, context);
  }

  /** The cart priced under its channel's rules, checked against how it is settled. Reads the cart (unknown: not found); writes nothing. */
  async price(scope: TenantScope, cartId: string, method: SaleMethod, channel: Channel): Promise<PricedSale> {
    return { draft: await this.sales.priceSale(scope, cartId, method, saleRules(channel)), method };
  }

  /** The write of a sale priced by `price` (the caller may check its own request in between); settled the way it was priced. */
  async place(scope: TenantScope, priced: PricedSale, request: Omit<SaleRequest, 'paymentMethod'>, context: SaleContext): Promise<PlacedSale> {
    const { draft: sale, method } = priced;
    const cartId = sale.cartId;
    const tenders = this.tendersOf(sale.due, sale.currency, context);
    const received = tenders.reduce((sum, t) => sum + t.amount, 0);
    const firstShow = sale.lines.length ? new Date(Math.min(...sale.lines.map((l) => new Date(l.startsAt).getTime()))) : null;
    // One moment for the whole sale: the invoice's deadline is counted from the order's own time.
    const now = this.clock.now();
    const invoice = method === 'invoice' ? await this.payments.invoiceTerms(scope, { now, firstShow, shop: context.channel === 'shop' }) : null;
    // Attendee data given now is checked before the write and written with the tickets (one write).
    const attendees = await this.orders.checkoutAttendees(scope, sale.lines, request.attendees);
    let ticket = 0;
    const lines = sale.lines.map((l) => ({ ...l, startsAt: new Date(l.startsAt), attendees: attendees.slice(ticket, (ticket += l.quantity)) }));
    // SHOP-3: a shop buyer answers the ticketing's registration form; the other channels bring what they have.
    const registration: RegistrationSnapshot | undefined =
      context.channel === 'shop' ? await this.registration.checkBuyer(scope, cartId, request.customer) : undefined;
    const { firstName, lastName, email, mobile } = request.customer;
    // A shop buyer gives a mobile; an import brings the phone of its file.
    const phone = mobile ?? (request.customer as { phone?: string | null }).phone ?? null;
    for (let attempt = 1; ; attempt++) {
      const orderId = randomUUID();
      const sold = this.sales.giftVouchersToSell(sale, orderId, now);
      try {
        return await this.db.atomically(async () => {
          await this.sales.closeCart(scope, sale, now, orderId);
          await this.sales.spendCodes(scope, sale, orderId, now);
          const placed = await this.orders.placeOrder(scope, {
            id: orderId,
            channel: context.channel,
            paymentMethod: sale.due === 0 && sale.voucher ? 'gift_voucher' : method,
            currency: sale.currency,
            customer: { firstName: firstName ?? '', lastName: lastName ?? '', email, phone },
            registration,
            language: request.language ?? 'fr',
            lines,
            actor: context.actor,
            origin: { cartId },
            paidNow: (sale.voucher?.amount ?? 0) + received,
            externalReference: context.externalReference,
            ticketText: context.ticketText,
            // A card order keeps its places while the customer pays on the provider's page, until then;
            // an invoice is due after the ticketing's payment term — in the shop, by the show's eve at
            // the latest (ADR 0053) — reminded on its days (ADR 0052).
            ...(method === 'card' ? { paymentDueAt: new Date(now.getTime() + this.config.CARD_PAYMENT_SECONDS * 1000) } : {}),
            ...(invoice ? { paymentDueAt: invoice.dueAt, invoiceReminderDays: invoice.reminderDays } : {}),
            // A card or invoice order's confirmation (with its tickets) goes out once the payment is through.
            notify: method === 'card' || invoice ? false : context.notify,
            ...(sale.promo ? { discount: { promoCode: sale.promo.code, amount: sale.promo.discount } } : {}),
            ...(sale.voucher ? { voucher: { code: sale.voucher.code, amount: sale.voucher.amount } } : {}),
            giftVouchers: sold.map((v) => ({ id: v.id, name: v.name, amount: v.initialAmount })),
          });
          if (context.accountId) await this.orders.linkToAccount(scope, orderId, context.accountId);
          if (registration) await this.registration.attachFiles(scope, cartId, orderId, registration);
          await this.sales.issueSoldGiftVouchers(scope, sold, placed.status === 'paid');
          await this.payments.chargeCommission(scope, { orderId, currency: sale.currency, at: now, tickets: placed.tickets });
          if (sale.voucher) {
            await this.payments.recordPayment(scope, {
              orderId,
              method: 'gift_voucher',
              amount: sale.voucher.amount,
              currency: sale.currency,
              providerReference: sale.voucher.code,
              actor: context.actor,
              at: now,
            });
          }
          for (const t of tenders) {
            await this.payments.recordPayment(scope, {
              orderId,
              method: t.method,
              amount: t.amount,
              currency: sale.currency,
              providerReference: t.reference ?? null,
              note: t.note ?? null,
              cashGiven: t.given ?? null,
              actor: context.actor,
              at: now,
            });
          }
          for (const s of sale.seats) await this.catalog.sellSeats(scope, cartId, s.dateId, s.seatIds);
          await this.catalog.sellHeldCapacity(scope, sale.capacity);
          return { ...placed, currency: sale.currency, due: sale.due - received };
        });
      } catch (error) {
        if (!(error instanceof OrderNumberTakenError) || attempt === 3) throw error;
      }
    }
  }

  /** What the sale receives now: the counter's tenders (checked against what it owes), or all it owes, paid elsewhere (an import). */
  private tendersOf(due: number, currency: string, context: SaleContext): Tender[] {
    if (context.tenders) {
      const sum = context.tenders.reduce((s, t) => s + t.amount, 0);
      if (sum !== due)
        throw new DomainError(PaymentsProblems.TENDERS_INVALID, `The tenders pay ${sum} of the ${due} ${currency} due`, [
          { field: 'tenders', message: `together they must pay exactly ${due} ${currency} (they pay ${sum})` },
        ]);
      return context.tenders;
    }
    return context.paidWith && due > 0 ? [{ method: context.paidWith, amount: due, reference: context.externalReference ?? null }] : [];
  }
}
