import { CounterSessions, CounterViewer } from './counter-sessions.service';
import { BankFiles } from './bank-files.service';
import { BankEntryStatus, BankFileSummary, StoredBankEntry } from './bank-files.repository';
import { BankMatch } from './entities/bank-entry.entity';
import { Keyset } from '../../platform/http/pagination';
import { CounterReportResponse, CounterSessionResponse } from './dto/counter-session.dto';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor } from '../../platform/audit/actor';
import { money } from '../../platform/http/money.dto';
import { DomainError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { PaymentResponse, RefundResponse, TransactionResponse } from './dto/ledger.dto';
import { CardTransactions } from './card-transactions.service';
import { PaymentTransaction } from './entities/payment-transaction.entity';
import { ProviderOutcome } from './providers/payment-provider';
import { LedgerEntry, LedgerMethod, LedgerStatus } from './entities/ledger-entry';

import { Clock } from '../../platform/clock/clock';
import { NO_COMMISSION } from './commission';
import { CommissionTermsRequest, CommissionTermsResponse } from './dto/commission.dto';
import { DEFAULT_PAYMENT_TERM_DAYS, DEFAULT_REMINDER_DAYS, InvoiceSettingsRequest, InvoiceSettingsResponse } from './dto/invoice-settings.dto';
import { VatSettingsRequest, VatSettingsResponse } from './dto/vat-settings.dto';
import { EMPTY_LEDGER, OrderLedger } from './ledger';
import { INVOICE_MIN_LEAD_DAYS, remindersBefore, shopInvoiceDeadline, shopInvoiceOpen } from './invoice-deadline';
import { PaymentsProblems } from './payments-reconciliation.errors';
import { PaymentsReconciliationRepository } from './payments-reconciliation.repository';

export interface LedgerEntryInput {
  orderId: string;
  method: LedgerMethod;
  /** Minor units, positive. */
  amount: number;
  currency: string;
  actor: Actor;
  at: Date;
  /** `succeeded` unless the money is still on its way (a card authorisation, a bank transfer announced). */
  status?: LedgerStatus;
  providerReference?: string | null;
  note?: string | null;
}

/** A payment may say what cash was handed over for it at the counter (TO-5): the receipt prints it and the change. */
export interface PaymentInput extends LedgerEntryInput {
  cashGiven?: number | null;
}

/**
 * Payments-reconciliation façade: the ledger. Every payment and refund is an appended row; an
 * order's balance is derived from them (`balanceOf`), never stored beside them.
 */
@Injectable()
export class PaymentsReconciliationService {
  constructor(
    private readonly repo: PaymentsReconciliationRepository,
    private readonly clock: Clock,
    private readonly cards: CardTransactions,
    private readonly counter: CounterSessions,
    private readonly bankFiles: BankFiles,
  ) {}

  // — The cash report: counter sessions, read from the ledger —

  openCounterSession(scope: TenantScope, viewer: CounterViewer, openingFloat: number, currency: string): Promise<CounterSessionResponse> {
    return this.counter.open(scope, viewer, openingFloat, currency);
  }

  currentCounterSession(scope: TenantScope, viewer: CounterViewer): Promise<CounterSessionResponse> {
    return this.counter.current(scope, viewer);
  }

  counterSession(scope: TenantScope, viewer: CounterViewer, id: string): Promise<CounterSessionResponse> {
    return this.counter.get(scope, viewer, id);
  }

  closeCounterSession(scope: TenantScope, viewer: CounterViewer, id: string, countedCash: number, note?: string): Promise<CounterSessionResponse> {
    return this.counter.close(scope, viewer, id, countedCash, note);
  }

  counterReport(scope: TenantScope, viewer: CounterViewer, from: Date, to: Date): Promise<CounterReportResponse> {
    return this.counter.report(scope, viewer, from, to);
  }

  counterReportCsv(scope: TenantScope, viewer: CounterViewer, from: Date, to: Date): Promise<string> {
    return this.counter.reportCsv(scope, viewer, from, to);
  }

  // — Card payments (PAY-1, PAY-2) —

  /** Opens an attempt to pay by card on the provider's page; writes the started transaction once the provider answered. */
  openCardPayment(scope: TenantScope, input: { orderId: string; amount: number; currency: string; description: string; returnUrl: string }) {
    return this.cards.open(scope, input);
  }

  /** The provider's signed outcome and the attempt it settles; null when it cannot be trusted or matched. */
  readCardOutcome(provider: string, rawBody: string, signature: string | undefined) {
    return this.cards.readOutcome(provider, rawBody, signature);
  }

  /** The order's attempts still waiting for an outcome that the provider, asked, says have ended (a lost callback). */
  askProviderForOutcomes(scope: TenantScope, orderId: string, transactionId?: string) {
    return this.cards.askProvider(scope, orderId, transactionId);
  }

  /** Records an attempt's outcome as part of the caller's write (`TransactionAlreadyFinished` when one came first). */
  finishCardTransaction(scope: TenantScope, transaction: PaymentTransaction, outcome: ProviderOutcome, at: Date): Promise<void> {
    return this.cards.finish(scope, transaction, outcome, at);
  }

  /** The order's payment attempts, oldest first (the Transactions tab). */
  async transactionsOf(scope: TenantScope, orderId: string): Promise<TransactionResponse[]> {
    return (await this.cards.ofOrder(scope, orderId)).map(transactionView);
  }

  /** Refunds to the card that paid online, through the provider, before the caller writes the refund (CARD_REFUND_FAILED when refused; null when no card paid online). */
  refundToCard(scope: TenantScope, orderId: string, amount: number) {
    return this.cards.refund(scope, orderId, amount);
  }

  /** Appends a payment as part of the caller's write. */
  recordPayment(scope: TenantScope, p: PaymentInput): Promise<void> {
    return this.repo.insertPayment(scope, { id: randomUUID(), ...row(p), cashGiven: p.method === 'cash' ? (p.cashGiven ?? null) : null });
  }

  /** Appends a refund as part of the caller's write; fails it with REFUND_EXCEEDS_PAID if the order did not receive that much. */
  recordRefund(scope: TenantScope, r: LedgerEntryInput & { paymentId?: string | null; reason?: string | null }): Promise<void> {
    return this.repo.insertRefund(
      scope,
      { id: randomUUID(), ...row(r), paymentId: r.paymentId ?? null, reason: r.reason?.trim() || null },
      {
        REFUND_EXCEEDS_PAID: () =>
          new DomainError(PaymentsProblems.REFUND_EXCEEDS_PAID, 'A refund cannot give back more than the order received', [
            { field: 'refund.amount', message: 'more than what was paid and not yet refunded' },
          ]),
      },
    );
  }

  /** What each order received and gave back (orders without a row have an empty ledger). */
  async ledgers(scope: TenantScope, orderIds: string[]): Promise<Map<string, OrderLedger>> {
    const found = await this.repo.ledgers(scope, orderIds);
    return new Map(orderIds.map((id) => [id, found.get(id) ?? EMPTY_LEDGER]));
  }

  /** An order's payments and refunds, oldest first, whatever their status. */
  async entriesOf(scope: TenantScope, orderId: string): Promise<{ payments: PaymentResponse[]; refunds: RefundResponse[] }> {
    const [payments, refunds] = await Promise.all([this.repo.paymentsOf(scope, orderId), this.repo.refundsOf(scope, orderId)]);
    return {
      payments: payments.map(paymentView),
      refunds: refunds.map((r) => ({ ...paymentView(r), cashGiven: null, paymentId: r.paymentId, reason: r.reason })),
    };
  }

  /** The commission the platform takes per ticket sold here (ORD-15); none until terms are set. */
  async commissionTerms(scope: TenantScope): Promise<CommissionTermsResponse> {
    const terms = await this.repo.commissionTerms(scope);
    return terms ? { ...terms, updatedAt: terms.updatedAt.toISOString() } : { ...NO_COMMISSION, updatedAt: null, updatedBy: null };
  }

  /** New terms apply to sales from now on; what earlier sales were charged stays. */
  async setCommissionTerms(scope: TenantScope, body: CommissionTermsRequest, actor: Actor): Promise<CommissionTermsResponse> {
    await this.repo.saveCommissionTerms(
      scope,
      { fixedAmount: body.fixedAmount, rateBp: body.rateBp, freeTickets: body.freeTickets ?? false },
      this.clock.now(),
      actor.label,
    );
    return this.commissionTerms(scope);
  }

  /** The creditor and QR-IBAN of this ticketing's invoices (PAY-3); INVOICE_SETTINGS_NOT_SET until an admin sets them. */
  async invoiceSettings(scope: TenantScope): Promise<InvoiceSettingsResponse> {
    const s = await this.repo.invoiceSettings(scope);
    if (!s) throw new DomainError(PaymentsProblems.INVOICE_SETTINGS_NOT_SET, 'This ticketing has no invoice settings');
    return {
      creditorName: s.creditorName,
      street: s.street,
      buildingNumber: s.buildingNumber,
      zip: s.zip,
      city: s.city,
      country: s.country,
      qrIban: s.qrIban,
      paymentTermDays: s.paymentTermDays,
      reminderDays: s.reminderDays,
      updatedAt: s.updatedAt.toISOString(),
      updatedBy: s.updatedBy,
    };
  }

  /** The organizer's postal address as its invoice settings hold it (the counter's receipt prints it), or null without them. */
  async organizerAddress(scope: TenantScope): Promise<{ name: string; lines: string[] } | null> {
    const s = await this.repo.invoiceSettings(scope);
    if (!s) return null;
    return { name: s.creditorName, lines: [[s.street, s.buildingNumber].filter(Boolean).join(' '), [s.zip, s.city].filter(Boolean).join(' ')].filter(Boolean) };
  }

  /**
   * What the shop offers for a cart whose first performance is `firstShow`: the invoice's terms and
   * deadline when this ticketing sells by invoice and the show leaves time to pay (ADR 0053), else null.
   */
  async invoiceOffer(scope: TenantScope, now: Date, firstShow: Date | null): Promise<{ paymentTermDays: number; dueAt: Date } | null> {
    const s = await this.repo.invoiceSettings(scope);
    if (!s || !shopInvoiceOpen(now, s.paymentTermDays, firstShow)) return null;
    return { paymentTermDays: s.paymentTermDays, dueAt: shopInvoiceDeadline(now, s.paymentTermDays, firstShow) };
  }

  /**
   * When an invoice sale placed now is due and reminded, read before the sale's write. A shop sale is
   * due by the eve of its first performance at the latest, and refused when that is too close (ADR
   * 0053); the counter's clerk gives the full term. INVOICE_NOT_OFFERED (naming `paymentMethod`)
   * without invoice settings, or too close to the show.
   */
  async invoiceTerms(scope: TenantScope, sale: { now: Date; firstShow: Date | null; shop: boolean }): Promise<{ dueAt: Date; reminderDays: number[] }> {
    const s = await this.repo.invoiceSettings(scope);
    if (!s)
      throw new DomainError(PaymentsProblems.INVOICE_NOT_OFFERED, 'This ticketing does not sell by invoice', [
        { field: 'paymentMethod', message: 'this ticketing has no invoice settings' },
      ]);
    if (sale.shop && !shopInvoiceOpen(sale.now, s.paymentTermDays, sale.firstShow))
      throw new DomainError(PaymentsProblems.INVOICE_NOT_OFFERED, 'The first performance is too close to pay it by invoice', [
        { field: 'paymentMethod', message: `an invoice needs ${INVOICE_MIN_LEAD_DAYS} days before the eve of the first performance` },
      ]);
    const dueAt = sale.shop ? shopInvoiceDeadline(sale.now, s.paymentTermDays, sale.firstShow) : new Date(sale.now.getTime() + s.paymentTermDays * 86_400_000);
    return { dueAt, reminderDays: remindersBefore(sale.now, s.reminderDays, dueAt) };
  }

  /** Sets them whole; invoices already issued keep what they were printed with. */
  async setInvoiceSettings(scope: TenantScope, body: InvoiceSettingsRequest, actor: Actor): Promise<InvoiceSettingsResponse> {
    const { paymentTermDays = DEFAULT_PAYMENT_TERM_DAYS, reminderDays, ...rest } = body;
    await this.repo.saveInvoiceSettings(scope, {
      ...rest,
      paymentTermDays,
      // Not given: the default reminders that fall before the term.
      reminderDays: reminderDays ?? DEFAULT_REMINDER_DAYS.filter((d) => d < paymentTermDays),
      updatedAt: this.clock.now(),
      updatedBy: actor.label,
    });
    return this.invoiceSettings(scope);
  }

  /** TO-5 (ADR 0040): the VAT number and rate printed on counter receipts; all null when none were set. */
  async vatSettings(scope: TenantScope): Promise<VatSettingsResponse> {
    const s = await this.repo.vatSettings(scope);
    return s
      ? { vatNumber: s.vatNumber, rateBp: s.rateBp, updatedAt: s.updatedAt.toISOString(), updatedBy: s.updatedBy }
      : { vatNumber: null, rateBp: null, updatedAt: null, updatedBy: null };
  }

  /** Sets both, or clears both (null); receipts are printed with the settings of the moment they are printed. */
  async setVatSettings(scope: TenantScope, body: VatSettingsRequest, actor: Actor): Promise<VatSettingsResponse> {
    const clear = body.vatNumber === null && body.rateBp === null;
    await this.repo.saveVatSettings(
      scope,
      clear ? null : { vatNumber: body.vatNumber!, rateBp: body.rateBp!, updatedAt: this.clock.now(), updatedBy: actor.label },
    );
    return this.vatSettings(scope);
  }

  /**
   * Charges each ticket of a sale the commission of the terms in force, as part of the sale's write
   * (coordination's checkout). The charges are never reversed: a cancelled ticket's commission stays due.
   */
  async chargeCommission(
    scope: TenantScope,
    sale: { orderId: string; currency: string; at: Date; tickets: { id: string; eventId: string; amount: number }[] },
  ): Promise<void> {
    await this.repo.insertCommissionCharges(scope, {
      orderId: sale.orderId,
      currency: sale.currency,
      at: sale.at,
      tickets: sale.tickets.map((t) => ({ chargeId: randomUUID(), ticketId: t.id, eventId: t.eventId, price: t.amount })),
    });
  }

  /** The commission charges of sales in [from, to), each with its ticket. */
  commissionCharges(scope: TenantScope, from: Date | null, to: Date | null) {
    return this.repo.commissionCharges(scope, from, to);
  }

  /** PAY-6: what came in and went back per method and currency in [from, to). */
  methodTotals(scope: TenantScope, from: Date | null, to: Date | null) {
    return this.repo.methodTotals(scope, from, to);
  }

  /** Succeeded refunds per order, for refunds made in [from, to). */
  refundsByOrder(scope: TenantScope, from: Date | null, to: Date | null) {
    return this.repo.refundsByOrder(scope, from, to);
  }

  // — Bank files (PAY-5, ADR 0051): read, stored once per movement, booked by hand; matching them to orders is the coordination layer's —

  /** Reads a camt file (refused with the element and line when it cannot be) and queues its import; answers its id. */
  acceptBankFile(scope: TenantScope, file: { data: Buffer; fileName: string }, actor: Actor): Promise<string> {
    return this.bankFiles.accept(scope, file, actor);
  }

  bankFile(scope: TenantScope, id: string): Promise<BankFileSummary> {
    return this.bankFiles.summary(scope, id);
  }

  latestBankFiles(scope: TenantScope, limit: number): Promise<BankFileSummary[]> {
    return this.bankFiles.latest(scope, limit);
  }

  /** The import job's first stage; false when there is nothing to do (done already). */
  storeBankEntries(scope: TenantScope, id: string): Promise<boolean> {
    return this.bankFiles.storeEntries(scope, id);
  }

  bankEntriesToMatch(scope: TenantScope, id: string): Promise<StoredBankEntry[]> {
    return this.bankFiles.entriesToMatch(scope, id);
  }

  /** The import job's last stage: the matches found, and the file done. */
  recordBankMatches(scope: TenantScope, id: string, matches: { id: string; orderId: string; match: BankMatch }[]): Promise<void> {
    return this.bankFiles.recordMatches(scope, id, matches);
  }

  listBankEntries(scope: TenantScope, q: { status?: BankEntryStatus; bankFileId?: string; after: Keyset | null; limit: number }): Promise<StoredBankEntry[]> {
    return this.bankFiles.listEntries(scope, q);
  }

  bankEntries(scope: TenantScope, ids: string[]): Promise<StoredBankEntry[]> {
    return this.bankFiles.entries(scope, ids);
  }

  /** As part of the caller's write: the entry booked as a bank-transfer payment of the order. */
  bookBankEntry(scope: TenantScope, entry: StoredBankEntry, orderId: string, change: { actor: Actor; at: Date; complete: boolean }): Promise<void> {
    return this.bankFiles.book(scope, entry, orderId, change);
  }
}

function row(p: LedgerEntryInput) {
  return {
    orderId: p.orderId,
    method: p.method,
    amount: p.amount,
    currency: p.currency,
    status: p.status ?? 'succeeded',
    providerReference: p.providerReference ?? null,
    note: p.note ?? null,
    actorKind: p.actor.kind,
    actorId: p.actor.id,
    actorLabel: p.actor.label,
    at: p.at,
  };
}

function paymentView(p: LedgerEntry & { cashGiven?: number | null }): PaymentResponse {
  return {
    id: p.id,
    method: p.method,
    amount: money(p.amount, p.currency),
    status: p.status,
    providerReference: p.providerReference,
    note: p.note,
    actor: { kind: p.actorKind, label: p.actorLabel },
    at: p.at.toISOString(),
    cashGiven: p.cashGiven ?? null,
  };
}

function transactionView(t: PaymentTransaction): TransactionResponse {
  return {
    id: t.id,
    provider: t.provider,
    method: t.method,
    amount: money(t.amount, t.currency),
    status: t.status,
    note: t.note,
    card: t.brand ? { brand: t.brand, last4: t.last4 } : null,
    createdAt: t.createdAt.toISOString(),
    finishedAt: t.finishedAt?.toISOString() ?? null,
  };
}
