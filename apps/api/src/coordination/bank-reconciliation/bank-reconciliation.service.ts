import { Injectable, Logger } from '@nestjs/common';
import { Actor } from '../../platform/audit/actor';
import { Clock } from '../../platform/clock/clock';
import { Database } from '../../platform/database/database';
import { money } from '../../platform/http/money.dto';
import { DomainError, ValidationFailedError } from '../../platform/http/problem';
import { decodeCursor, pageOf } from '../../platform/http/pagination';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { BankMatchOrder, OrdersService } from '../../modules/orders';
import { BankFileSummary, PaymentsProblems, PaymentsReconciliationService, StoredBankEntry, balanceOf } from '../../modules/payments-reconciliation';
import { SalesService } from '../../modules/sales';
import {
  BankEntryListResponse,
  BankEntryResponse,
  BankFileResponse,
  BankFit,
  ListBankEntriesQuery,
  ValidateBankEntriesRequest,
  ValidateBankEntriesResponse,
} from '../dto/bank-reconciliation.dto';
import { matchEntries, qrrOf, scorNumberOf } from './bank-matching';

/**
 * PAY-5 (ADR 0051): bank files imported by a staged job — entries stored once each, then matched
 * to orders by reference (or suggested by amount and name) — and the entries the organizer selects
 * booked into the ledger in one write, the orders they settle paid and their tickets sent.
 */
@Injectable()
export class BankReconciliation {
  private readonly logger = new Logger('BankReconciliation');

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly orders: OrdersService,
    private readonly payments: PaymentsReconciliationService,
    private readonly sales: SalesService,
  ) {}

  async importFile(scope: TenantScope, file: { data: Buffer; fileName: string }, actor: Actor): Promise<BankFileResponse> {
    return this.getFile(scope, await this.payments.acceptBankFile(scope, file, actor));
  }

  async getFile(scope: TenantScope, id: string): Promise<BankFileResponse> {
    return fileView(await this.payments.bankFile(scope, id));
  }

  async latestFiles(scope: TenantScope): Promise<BankFileResponse[]> {
    return (await this.payments.latestBankFiles(scope, 20)).map(fileView);
  }

  /** The job: entries stored (a stage of its own, with progress), then matched to the orders they name. */
  async run(scope: TenantScope, bankFileId: string): Promise<void> {
    if (!(await this.payments.storeBankEntries(scope, bankFileId))) return;
    const entries = await this.payments.bankEntriesToMatch(scope, bankFileId);
    const qrReferences = entries.map(qrrOf).filter((r): r is string => r !== null);
    const numbers = entries.map(scorNumberOf).filter((n): n is string => n !== null);
    const named = qrReferences.length || numbers.length ? await this.orders.bankMatchOrders(scope, { qrReferences, numbers }) : [];
    const awaiting = await this.awaitingWithDue(scope, entries.length > named.length);
    const matches = matchEntries(entries, named, awaiting);
    await this.payments.recordBankMatches(scope, bankFileId, matches);
    this.logger.log({ bankFileId, entries: entries.length, matched: matches.length }, 'bank file imported');
  }

  async listEntries(scope: TenantScope, q: ListBankEntriesQuery): Promise<BankEntryListResponse> {
    const limit = q.limit ?? 50;
    const rows = await this.payments.listBankEntries(scope, { status: q.status, bankFileId: q.bankFileId, after: decodeCursor(q.cursor), limit: limit + 1 });
    const page = pageOf(rows, limit, (r) => r.importedAt);
    const orders = await this.ordersWithDue(scope, page.items);
    return { items: page.items.map((e) => entryView(e, e.orderId ? (orders.get(e.orderId) ?? null) : null)), nextCursor: page.nextCursor };
  }

  /**
   * "Validate the selected transactions", in one write: each entry a bank-transfer payment of its
   * order; an order covered by what it received, or validated as complete by the organizer, paid —
   * its tickets sent (an invoice order's), its gift vouchers usable. A partial payment not validated
   * as complete leaves its order reserved with what is still due. Entries booked before are skipped.
   */
  async validate(scope: TenantScope, request: ValidateBankEntriesRequest, actor: Actor): Promise<ValidateBankEntriesResponse> {
    const complete = new Set(request.complete ?? []);
    const unselected = [...complete].findIndex((id) => !request.entryIds.includes(id));
    if (unselected >= 0) throw new ValidationFailedError([{ field: `complete[${unselected}]`, message: 'must be one of entryIds' }]);
    const found = new Map((await this.payments.bankEntries(scope, request.entryIds)).map((e) => [e.id, e]));
    const missing = request.entryIds.findIndex((id) => !found.has(id));
    if (missing >= 0)
      throw new DomainError(PaymentsProblems.BANK_ENTRY_NOT_FOUND, 'A selected bank entry does not exist here: nothing was booked', [
        { field: `entryIds[${missing}]`, message: 'no such bank entry' },
      ]);
    const entries = request.entryIds.map((id) => found.get(id)!);
    const toBook = entries.filter((e) => !e.paymentId);
    const orders = await this.ordersWithDue(scope, toBook);
    for (const [i, e] of entries.entries()) {
      if (e.paymentId) continue;
      const order = e.orderId ? orders.get(e.orderId) : undefined;
      const why =
        e.status === 'ignored'
          ? 'is not a booked credit'
          : !order
            ? 'is tied to no order'
            : order.currency !== e.currency
              ? `is in ${e.currency}, its order in ${order.currency}`
              : null;
      if (why)
        throw new DomainError(PaymentsProblems.BANK_ENTRY_NOT_PAYABLE, `A selected bank entry ${why}: nothing was booked`, [
          { field: `entryIds[${i}]`, message: why },
        ]);
    }
    const byOrder = new Map<string, StoredBankEntry[]>();
    for (const e of toBook) byOrder.set(e.orderId!, [...(byOrder.get(e.orderId!) ?? []), e]);
    const at = this.clock.now();
    const outcome: ValidateBankEntriesResponse['booked'] = [];
    await this.db.atomically(async () => {
      for (const [orderId, paying] of byOrder) {
        const order = orders.get(orderId)!;
        const received = paying.reduce((n, e) => n + e.amount, 0);
        const settles = order.status === 'reserved' && (received >= order.due || paying.some((e) => complete.has(e.id)));
        for (const e of paying) await this.payments.bookBankEntry(scope, e, orderId, { actor, at, complete: complete.has(e.id) });
        if (settles) {
          await this.orders.markPaid(scope, orderId, {
            actor,
            at,
            method: 'bank_transfer',
            amount: received,
            currency: order.currency,
            sendConfirmation: order.paymentMethod === 'invoice',
            // A ticket cancelled since the read changes what is due: refused, not booked wrong.
            total: order.total,
          });
          await this.sales.activateOrderGiftVouchers(scope, orderId);
        }
        const due = money(settles ? 0 : Math.max(order.due - received, 0), order.currency);
        for (const e of paying) outcome.push({ entryId: e.id, orderId, orderNumber: order.number, orderPaid: settles, due });
      }
    });
    return { booked: outcome, alreadyBooked: entries.filter((e) => e.paymentId).map((e) => e.id) };
  }

  /** The orders these entries are tied to, with what each still owes (from the ledger). */
  private async ordersWithDue(scope: TenantScope, entries: StoredBankEntry[]): Promise<Map<string, BankMatchOrder & { due: number }>> {
    const ids = [...new Set(entries.map((e) => e.orderId).filter((id): id is string => id !== null))];
    if (!ids.length) return new Map();
    return new Map((await this.withDue(scope, await this.orders.bankMatchOrders(scope, { ids }))).map((o) => [o.id, o]));
  }

  private async awaitingWithDue(scope: TenantScope, needed: boolean): Promise<(BankMatchOrder & { due: number })[]> {
    if (!needed) return [];
    return this.withDue(scope, await this.orders.bankMatchOrders(scope, { awaitingInvoice: true }));
  }

  private async withDue(scope: TenantScope, orders: BankMatchOrder[]): Promise<(BankMatchOrder & { due: number })[]> {
    const ledgers = await this.payments.ledgers(
      scope,
      orders.map((o) => o.id),
    );
    return orders.map((o) => ({ ...o, due: o.status === 'cancelled' ? 0 : Math.max(balanceOf(o.total, ledgers.get(o.id)!), 0) }));
  }
}

function fileView(f: BankFileSummary): BankFileResponse {
  return {
    id: f.id,
    fileName: f.fileName,
    message: f.message,
    version: f.version,
    stage: f.stage,
    entriesTotal: f.entriesTotal,
    entriesDone: f.entriesDone,
    entriesNew: f.entriesNew,
    importedBy: f.actorLabel,
    createdAt: f.createdAt.toISOString(),
    finishedAt: f.finishedAt?.toISOString() ?? null,
  };
}

function entryView(e: StoredBankEntry, order: (BankMatchOrder & { due: number }) | null): BankEntryResponse {
  const fit: BankFit | null = order && !e.paymentId && e.credit ? (e.amount === order.due ? 'exact' : e.amount < order.due ? 'partial' : 'over') : null;
  return {
    id: e.id,
    bankFileId: e.bankFileId,
    status: e.status,
    account: e.account,
    bookingDate: e.bookingDate,
    valueDate: e.valueDate,
    amount: money(e.amount, e.currency),
    credit: e.credit,
    referenceKind: e.referenceKind,
    reference: e.reference,
    message: e.message,
    debtorName: e.debtorName,
    bankReference: e.bankReference,
    match: e.match,
    order: order
      ? {
          id: order.id,
          number: order.number,
          status: order.status,
          customerName: `${order.firstName} ${order.lastName}`.trim(),
          total: money(order.total, order.currency),
          due: money(order.due, order.currency),
        }
      : null,
    fit,
    preselected: e.status === 'matched' && order?.status === 'reserved' && fit === 'exact',
    bookedAt: e.bookedAt?.toISOString() ?? null,
    bookedBy: e.actorLabel,
    bookedComplete: e.bookedComplete,
  };
}
