import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Clock } from '../../platform/clock/clock';
import { AppConfig } from '../../platform/config/app-config';
import { DomainError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { PaymentTransaction } from './entities/payment-transaction.entity';
import { PaymentsProblems } from './payments-reconciliation.errors';
import { PAYMENT_PROVIDER, PaymentProvider, ProviderOutcome } from './providers/payment-provider';
import { TransactionsRepository } from './transactions.repository';

/** Another outcome for this attempt was recorded first (a provider retrying its callback): nothing more to do. */
export class TransactionAlreadyFinished extends Error {
  constructor() {
    super('transaction already finished');
  }
}

/**
 * PAY-1, PAY-2: card payments through the configured provider. Opening a payment calls the provider
 * before anything is written (no row is locked while it answers); its outcome is recorded by the
 * coordination layer in the same write as what it settles.
 */
@Injectable()
export class CardTransactions {
  constructor(
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly repo: TransactionsRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  get providerName(): string {
    return this.provider.name;
  }

  /** A new attempt: the provider's hosted page for this amount, and the started transaction that will receive its outcome. */
  async open(
    scope: TenantScope,
    input: { orderId: string; amount: number; currency: string; description: string; returnUrl: string },
  ): Promise<{ transactionId: string; redirectUrl: string }> {
    const id = randomUUID();
    let opened: { session: string; redirectUrl: string };
    try {
      opened = await this.provider.openSession({
        reference: id,
        amount: input.amount,
        currency: input.currency,
        description: input.description,
        returnUrl: input.returnUrl,
        callbackUrl: `${this.config.API_PUBLIC_URL}/api/v1/payment-providers/${this.provider.name}/outcomes`,
      });
    } catch {
      throw new DomainError(PaymentsProblems.PAYMENT_PROVIDER_UNAVAILABLE, 'The card payment service does not answer: try again in a moment');
    }
    await this.repo.insert(scope, {
      id,
      orderId: input.orderId,
      provider: this.provider.name,
      providerSession: opened.session,
      method: 'card',
      amount: input.amount,
      currency: input.currency,
      createdAt: this.clock.now(),
    });
    return { transactionId: id, redirectUrl: opened.redirectUrl };
  }

  /** A signed outcome the provider posted, with the attempt it is about; null when its signature or its session is unknown. */
  async readOutcome(
    provider: string,
    rawBody: string,
    signature: string | undefined,
  ): Promise<{ outcome: ProviderOutcome; transaction: PaymentTransaction } | null> {
    if (provider !== this.provider.name) return null;
    const outcome = this.provider.readOutcome(rawBody, signature);
    if (!outcome) return null;
    const transaction = await this.repo.bySession(this.provider.name, outcome.session);
    return transaction ? { outcome, transaction } : null;
  }

  /**
   * The outcome of the order's attempts still waiting for one, as the provider tells it when asked
   * (its callback may have been lost): those that ended, with their outcome. `transactionId` narrows
   * it to one attempt. Throws `PAYMENT_PROVIDER_UNAVAILABLE` when the provider does not answer.
   */
  async askProvider(scope: TenantScope, orderId: string, transactionId?: string): Promise<{ outcome: ProviderOutcome; transaction: PaymentTransaction }[]> {
    const waiting = (await this.repo.ofOrder(scope, orderId)).filter(
      (t) => t.status === 'started' && t.provider === this.provider.name && (!transactionId || t.id === transactionId),
    );
    const ended: { outcome: ProviderOutcome; transaction: PaymentTransaction }[] = [];
    for (const transaction of waiting) {
      let outcome: ProviderOutcome | null;
      try {
        outcome = await this.provider.fetchOutcome(transaction.providerSession);
      } catch {
        throw new DomainError(PaymentsProblems.PAYMENT_PROVIDER_UNAVAILABLE, 'The card payment service does not answer: try again in a moment');
      }
      if (outcome) ended.push({ outcome, transaction });
    }
    return ended;
  }

  /** Records the outcome as part of the caller's write; `TransactionAlreadyFinished` if one was recorded first. */
  finish(scope: TenantScope, transaction: PaymentTransaction, outcome: ProviderOutcome, at: Date): Promise<void> {
    return this.repo.finish(
      scope,
      { id: transaction.id, status: outcome.status, note: outcome.note, brand: outcome.brand, last4: outcome.last4, at },
      { TRANSACTION_FINISHED: () => new TransactionAlreadyFinished() },
    );
  }

  ofOrder(scope: TenantScope, orderId: string): Promise<PaymentTransaction[]> {
    return this.repo.ofOrder(scope, orderId);
  }

  /**
   * Gives `amount` back to the card that paid the order online (its succeeded attempt), through the
   * provider, before the refund is written to the ledger; refused (`CARD_REFUND_FAILED`) if the provider
   * says no. Null when no card paid it online (a card terminal at the ticket office: refunded there).
   */
  async refund(scope: TenantScope, orderId: string, amount: number): Promise<{ providerReference: string | null; note: string } | null> {
    const paid = (await this.repo.ofOrder(scope, orderId)).find((t) => t.status === 'succeeded');
    if (!paid) return null;
    let result: { ok: boolean; reference: string | null; note: string };
    try {
      result = await this.provider.refund({ session: paid.providerSession, amount });
    } catch {
      throw new DomainError(PaymentsProblems.PAYMENT_PROVIDER_UNAVAILABLE, 'The card payment service does not answer: try again in a moment');
    }
    if (!result.ok)
      throw new DomainError(PaymentsProblems.CARD_REFUND_FAILED, `The card refund was refused: ${result.note}`, [{ field: 'amount', message: result.note }]);
    return { providerReference: result.reference, note: result.note };
  }
}
