import { Injectable } from '@nestjs/common';
import { Clock } from '../platform/clock/clock';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { CatalogService } from '../modules/catalog';
import { PaymentsReconciliationService } from '../modules/payments-reconciliation';
import { SalesService, type ShopPaymentMethod } from '../modules/sales';
import { CheckoutOptionsResponse } from './dto/checkout-options.dto';

/**
 * What the shop's checkout steps need to know of a cart before its write (SHOP-4, SHOP-5): the
 * cart is sales', the invoice settings payments', the attendee fields catalog's — so the read is
 * composed here, beside the checkout it prepares, and no module reads another's settings.
 */
@Injectable()
export class CheckoutOptions {
  constructor(
    private readonly sales: SalesService,
    private readonly payments: PaymentsReconciliationService,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
  ) {}

  async of(scope: TenantScope, cartId: string): Promise<CheckoutOptionsResponse> {
    const cart = await this.sales.getCart(scope, cartId);
    const firstShow = cart.items.length ? new Date(Math.min(...cart.items.map((l) => new Date(l.startsAt).getTime()))) : null;
    const [offer, fields] = await Promise.all([
      cart.total.amount > 0 ? this.payments.invoiceOffer(scope, this.clock.now(), firstShow) : null,
      this.catalog.attendeeFields(
        scope,
        cart.items.map((l) => l.priceId),
      ),
    ]);
    // The same rules as the checkout's write: nothing to pay is `free`, and only that (sales' priceSale).
    const invoice = offer ? { paymentTermDays: offer.paymentTermDays, dueAt: offer.dueAt.toISOString() } : null;
    const paymentMethods: ShopPaymentMethod[] = cart.total.amount === 0 ? ['free'] : ['card', 'on_site', ...(invoice ? (['invoice'] as const) : [])];
    let index = 0;
    const tickets = cart.items.flatMap((line) =>
      Array.from({ length: line.quantity }, (_, j) => ({
        index: index++,
        eventName: line.eventName,
        startsAt: line.startsAt,
        zoneName: line.zoneName,
        seatLabel: line.seatLabels?.[j] ?? null,
        priceName: line.priceName,
        fields: fields.get(line.priceId) ?? [],
      })),
    );
    return { paymentMethods, invoice, tickets };
  }
}
