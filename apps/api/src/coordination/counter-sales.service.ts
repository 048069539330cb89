import { Injectable } from '@nestjs/common';
import { Actor } from '../platform/audit/actor';
import { DomainError, ValidationFailedError } from '../platform/http/problem';
import type { Role } from '../platform/tenancy/entities/membership.entity';
import { OrdersService } from '../modules/orders';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { PaymentsProblems } from '../modules/payments-reconciliation';
import { AddCartItemsRequest, CartResponse, CreateCartRequest, SaleMethod, SalesProblems } from '../modules/sales';
import { CartHolds } from './cart-holds.service';
import { Checkout, Tender } from './checkout.service';
import { CounterCustomerRequest, CounterSaleRequest, CounterSaleResponse } from './dto/counter-sale.dto';
import { TenderProblem, tendersReceived } from './tenders';

/** Who may give tickets away at the counter (ADR 0036): a fixed rule, not a setting. */
export const INVITATION_ROLES: readonly Role[] = ['admin', 'manager'];

/**
 * TO-1, TO-3: a sale at the ticket office. Its cart holds places like the shop's (same capacity,
 * seats, promo limits and vouchers, decided by PostgreSQL in the same writes — so the counter and
 * online buyers race fairly for the last seats); its checkout is the same coordination write, on
 * the ticket office's channel, by the user, with what was received tender by tender.
 */
@Injectable()
export class CounterSales {
  constructor(
    private readonly holds: CartHolds,
    private readonly checkout: Checkout,
    private readonly orders: OrdersService,
  ) {}

  openCart(scope: TenantScope, request: CreateCartRequest, currency: string): Promise<CartResponse> {
    return this.holds.open(scope, request, currency, 'ticket_office');
  }

  addItems(scope: TenantScope, cartId: string, request: AddCartItemsRequest): Promise<CartResponse> {
    return this.holds.addItems(scope, cartId, request, 'ticket_office');
  }

  /**
   * The cart sold: paid now (tenders together paying exactly the total; cash handed over beyond its
   * tender is given back as change), a reservation to pay later at the counter, an invoice, or an
   * invitation (given away by an admin or a manager: total zero, paid). Without an email nothing is
   * emailed: the tickets are printed, with the order's ticket text (TO-2).
   */
  async sell(scope: TenantScope, cartId: string, request: CounterSaleRequest, actor: Actor, role: Role): Promise<CounterSaleResponse> {
    // The cart's one read, first: another ticketing's cart is not found before anything is said about the sale.
    const priced = await this.checkout.price(scope, cartId, this.methodOf(request), 'ticket_office').catch((error: unknown) => {
      throw this.inCounterWords(error, request);
    });
    if (request.settlement === 'invitation' && !INVITATION_ROLES.includes(role))
      throw new DomainError(SalesProblems.INVITATION_NOT_ALLOWED, 'Only an admin or a manager may give tickets away', [
        { field: 'settlement', message: 'invitations are given by admins and managers' },
      ]);
    const c = await this.customerOf(scope, request);
    const { tenders, change } = this.tendersOf(request);
    const email = c.email?.trim() ?? '';
    const placed = await this.checkout.place(
      scope,
      priced,
      {
        customer: { firstName: c.firstName ?? '', lastName: c.lastName ?? '', email, mobile: c.phone ?? undefined },
        language: request.language,
        attendees: request.attendees,
      },
      {
        channel: 'ticket_office',
        actor,
        notify: email !== '',
        ticketText: request.ticketText,
        ...(request.settlement === 'paid' ? { tenders } : {}),
      },
    );
    return { orderId: placed.id, orderNumber: placed.number, status: placed.status === 'paid' ? 'paid' : 'reserved', change };
  }

  /** Paid now is an order paid on site, or `free` when nothing is tendered (the cart's pricing checks that nothing is owed). */
  private methodOf(request: CounterSaleRequest): SaleMethod {
    if (request.settlement !== 'paid') return request.settlement;
    return request.tenders?.length ? 'on_site' : 'free';
  }

  /** The cart's pricing speaks of the shop's `paymentMethod`: said here in the counter's words. */
  private inCounterWords(error: unknown, request: CounterSaleRequest): unknown {
    if (!(error instanceof DomainError) || error.code !== SalesProblems.PAYMENT_METHOD_NOT_ALLOWED.code) return error;
    if (request.settlement === 'invitation')
      return new DomainError(SalesProblems.PAYMENT_METHOD_NOT_ALLOWED, 'Gift vouchers are sold, never given away: take them out of the cart', [
        { field: 'settlement', message: 'gift vouchers cannot be given as invitations' },
      ]);
    if (request.settlement !== 'paid')
      return new DomainError(SalesProblems.PAYMENT_METHOD_NOT_ALLOWED, 'Nothing is owed: sell it as paid, without tenders', [
        { field: 'settlement', message: 'nothing is owed: `paid`, without tenders' },
      ]);
    const tendered = Boolean(request.tenders?.length);
    return new DomainError(PaymentsProblems.TENDERS_INVALID, tendered ? 'Nothing is owed: no tenders' : 'Something is owed: say what was received', [
      { field: 'tenders', message: tendered ? 'nothing is owed' : 'the tenders must pay the total' },
    ]);
  }

  /**
   * TO-4, one customer per order: the one typed in the tab, or an existing one linked by id (another
   * ticketing's is not found) — whose email links the order to their record in the sale's write.
   */
  private async customerOf(scope: TenantScope, request: CounterSaleRequest): Promise<Omit<CounterCustomerRequest, 'phone'> & { phone?: string | null }> {
    if (!request.customerId) return request.customer ?? {};
    if (request.customer)
      throw new ValidationFailedError([{ field: 'customer', message: 'either a customer linked by `customerId` or one typed here, not both' }]);
    return this.orders.customerContact(scope, request.customerId);
  }

  /** The tenders as ledger payments, and the change: each refusal names its field. */
  private tendersOf(request: CounterSaleRequest): { tenders: Tender[]; change: number } {
    const given = request.tenders ?? [];
    const problems: TenderProblem[] = [];
    if (request.settlement !== 'paid' && given.length) problems.push({ field: 'tenders', message: `nothing is received now with ${request.settlement}` });
    return tendersReceived(given, problems);
  }
}
