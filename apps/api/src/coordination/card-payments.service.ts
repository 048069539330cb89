import { Injectable, Logger } from '@nestjs/common';
import { Actor, SYSTEM_ACTOR } from '../platform/audit/actor';
import { Clock } from '../platform/clock/clock';
import { AppConfig } from '../platform/config/app-config';
import { Database } from '../platform/database/database';
import { DomainError } from '../platform/http/problem';
import { sweepEach } from '../platform/queue/sweep';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { OrdersProblems, OrdersService } from '../modules/orders';
import {
  PaymentsProblems,
  PaymentsReconciliationService,
  PaymentTransaction,
  ProviderOutcome,
  TransactionAlreadyFinished,
} from '../modules/payments-reconciliation';
import { SalesService } from '../modules/sales';
import { OrderChanges } from './order-changes.service';

/** What opening a payment attempt needs to know of the order. */
interface OrderToOpen {
  id: string;
  number: string;
  accessToken: string;
  currency: string;
  due: number;
}

/** Who records what a payment provider reported. */
const providerActor = (provider: string): Actor => ({ kind: 'system', id: null, label: `Paiement en ligne (${provider})` });

/**
 * PAY-1: an order paid by card. The order is placed first (its places taken, its tickets not valid
 * until paid), the customer pays on the provider's page, and the provider's signed outcome settles it
 * — once, however many times it is posted: the attempt's row moves from `started` only once, in the
 * same write as the order's payment. An order not paid by its deadline is cancelled and its places go
 * back on sale; a payment that arrives after that is refunded to the card. The capacity row is never
 * locked while the provider is called.
 */
@Injectable()
export class CardPayments {
  private readonly logger = new Logger('CardPayments');

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly orders: OrdersService,
    private readonly payments: PaymentsReconciliationService,
    private readonly sales: SalesService,
    private readonly changes: OrderChanges,
  ) {}

  /** Opens a payment attempt for what the order still owes; the shop sends the customer to `redirectUrl`. */
  async start(scope: TenantScope, slug: string, orderId: string, token: string): Promise<{ transactionId: string; redirectUrl: string }> {
    const order = await this.orders.toPayByCard(scope, orderId, token);
    return this.open(scope, slug, { id: orderId, number: order.number, accessToken: token, currency: order.currency, due: order.due });
  }

  /**
   * The first attempt of an order its checkout just placed (what it owes is known: nothing to read
   * again); null when the provider does not answer — the order stands, the shop opens it later.
   */
  async openFirst(scope: TenantScope, slug: string, placed: OrderToOpen): Promise<{ transactionId: string; redirectUrl: string } | null> {
    try {
      return await this.open(scope, slug, placed);
    } catch (error) {
      if (error instanceof DomainError && error.code === PaymentsProblems.PAYMENT_PROVIDER_UNAVAILABLE.code) return null;
      throw error;
    }
  }

  private open(scope: TenantScope, slug: string, order: OrderToOpen): Promise<{ transactionId: string; redirectUrl: string }> {
    return this.payments.openCardPayment(scope, {
      orderId: order.id,
      amount: order.due,
      currency: order.currency,
      description: `Commande ${order.number}`,
      // The provider sends the customer back to their order in the shop; the address is ours, not the client's.
      returnUrl: `${this.config.SHOP_PUBLIC_URL}/shop/${encodeURIComponent(slug)}/orders/${order.id}?token=${encodeURIComponent(order.accessToken)}`,
    });
  }

  /** The provider's outcome of an attempt: refused unless signed; recorded once. */
  async receive(provider: string, rawBody: string, signature: string | undefined): Promise<void> {
    const read = await this.payments.readCardOutcome(provider, rawBody, signature);
    if (!read) throw new DomainError(PaymentsProblems.PAYMENT_OUTCOME_REJECTED, 'The outcome is not signed by the provider, or names no payment of ours');
    await this.apply(TenantScope.of(read.transaction.ticketingId), read.transaction, read.outcome);
  }

  /**
   * The customer is back from the provider's page: asks the provider how the attempt ended and
   * settles it, whether or not its callback came (the API may have been down, or killed while
   * handling it). Idempotent like the callback: an attempt is settled once.
   */
  async check(scope: TenantScope, orderId: string, token: string, transactionId: string): Promise<void> {
    await this.orders.checkCustomerAccess(scope, orderId, token);
    for (const { transaction, outcome } of await this.payments.askProviderForOutcomes(scope, orderId, transactionId))
      await this.apply(scope, transaction, outcome);
  }

  /** Records what the provider said of a started attempt: settles the order if paid in full, else keeps the bank's note. */
  private async apply(scope: TenantScope, transaction: PaymentTransaction, outcome: ProviderOutcome): Promise<void> {
    if (transaction.status !== 'started') return;
    try {
      if (outcome.status === 'succeeded' && outcome.amount === transaction.amount && outcome.currency === transaction.currency)
        await this.settle(scope, transaction, outcome);
      else {
        const note = outcome.status === 'succeeded' ? `Amount differs from the order's (${outcome.amount} ${outcome.currency})` : outcome.note;
        await this.db.atomically(() => this.payments.finishCardTransaction(scope, transaction, { ...outcome, status: 'failed', note }, this.clock.now()));
      }
    } catch (error) {
      if (!(error instanceof TransactionAlreadyFinished)) throw error;
    }
  }

  /**
   * Sweep: orders whose card payment did not come by their deadline are cancelled, their places back
   * on sale — unless the provider, asked first, says an attempt succeeded (its callback lost): then
   * that settles the order. A provider that does not answer leaves the order for the next sweep.
   */
  async cancelOverdue(): Promise<number> {
    const cancelled = await sweepEach(
      this.logger,
      'unpaid card order',
      await this.orders.overdueUnpaidOrders(),
      (o) => this.cancelIfStillUnpaid(TenantScope.of(o.ticketingId), o.orderId),
      (o) => ({ ticketingId: o.ticketingId, orderId: o.orderId }),
    );
    if (cancelled) this.logger.log({ cancelled }, 'cancelled orders whose card payment did not come in time');
    return cancelled;
  }

  /** One overdue order of the sweep: true when it was cancelled. */
  private async cancelIfStillUnpaid(scope: TenantScope, orderId: string): Promise<boolean> {
    try {
      for (const { transaction, outcome } of await this.payments.askProviderForOutcomes(scope, orderId)) await this.apply(scope, transaction, outcome);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.logger.warn({ orderId }, 'the payment provider does not answer: the overdue order waits for the next sweep');
      return false;
    }
    try {
      await this.changes.cancel(
        scope,
        orderId,
        null,
        { reason: 'Paiement par carte non abouti dans le délai', notify: false },
        SYSTEM_ACTOR,
        // A payment settled meanwhile (just now, or by a callback in flight) wins over the deadline.
        { onlyIfAwaitingPayment: true },
      );
      return true;
    } catch (error) {
      // Paid or cancelled meanwhile: nothing to do.
      if (!(error instanceof DomainError)) throw error;
      return false;
    }
  }

  /**
   * A succeeded payment: the attempt, the order paid, the ledger's payment and the gift vouchers it
   * bought, in one write. If the order no longer awaits it (cancelled at its deadline a moment before),
   * the money is kept in the ledger and given back to the card.
   */
  private async settle(scope: TenantScope, transaction: PaymentTransaction, outcome: ProviderOutcome): Promise<void> {
    const at = this.clock.now();
    const actor = providerActor(transaction.provider);
    const payment = {
      orderId: transaction.orderId,
      method: 'card' as const,
      amount: transaction.amount,
      currency: transaction.currency,
      providerReference: transaction.providerSession,
      note: outcome.note,
      actor,
      at,
    };
    try {
      await this.db.atomically(async () => {
        await this.payments.finishCardTransaction(scope, transaction, outcome, at);
        await this.orders.markPaid(scope, transaction.orderId, {
          actor,
          at,
          method: 'card',
          amount: transaction.amount,
          currency: transaction.currency,
          sendConfirmation: true,
        });
        await this.payments.recordPayment(scope, payment);
        await this.sales.activateOrderGiftVouchers(scope, transaction.orderId);
      });
      return;
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== OrdersProblems.ORDER_NOT_AWAITING_PAYMENT.code) throw error;
    }
    await this.db.atomically(async () => {
      await this.payments.finishCardTransaction(scope, transaction, outcome, at);
      await this.payments.recordPayment(scope, payment);
    });
    this.logger.warn({ orderId: transaction.orderId }, 'a card payment arrived for an order no longer awaiting it: refunding it');
    await this.changes.refund(
      scope,
      transaction.orderId,
      { amount: transaction.amount, method: 'card', reason: 'Paiement arrivé après l’annulation de la commande' },
      actor,
    );
  }
}
