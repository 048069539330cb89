import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { Clock } from '../../platform/clock/clock';
import { isUniqueViolation } from '../../platform/database/database';
import { Currency, MoneyDto } from '../../platform/http/money.dto';
import { DomainError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CounterReportResponse, CounterSessionResponse, CounterTotalDto } from './dto/counter-session.dto';
import { CounterSession } from './entities/counter-session.entity';
import { CounterMovement, CounterSessionsRepository } from './counter-sessions.repository';
import { PaymentsProblems } from './payments-reconciliation.errors';

/** Who asks: a clerk sees and closes only their own shifts; admins and managers (and accounting, reading) see all. */
export interface CounterViewer {
  userId: string;
  label: string;
  seesAll: boolean;
}

/** Currencies come from rows written in an offered currency. */
const money = (amount: number, currency: string): MoneyDto => ({ amount, currency: currency as Currency });

/**
 * TO (cash report): a counter session per user — the float at opening, what the ledger says the user
 * received and refunded during the shift per means of payment, the cash the drawer should hold, the
 * count at closing and the difference; per shift and per day, as JSON and CSV.
 */
@Injectable()
export class CounterSessions {
  constructor(
    private readonly repo: CounterSessionsRepository,
    private readonly clock: Clock,
  ) {}

  async open(scope: TenantScope, viewer: CounterViewer, openingFloat: number, currency: string): Promise<CounterSessionResponse> {
    const session: Omit<CounterSession, 'ticketingId'> = {
      id: randomUUID(),
      userId: viewer.userId,
      userLabel: viewer.label,
      currency,
      openingFloat,
      openedAt: this.clock.now(),
      closedAt: null,
      countedCash: null,
      closingNote: null,
    };
    try {
      await this.repo.insert(scope, session);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new DomainError(PaymentsProblems.COUNTER_SESSION_ALREADY_OPEN, 'You already have an open counter session: close it first');
    }
    return (await this.reports(scope, [{ ...session, ticketingId: scope.ticketingId }]))[0];
  }

  async current(scope: TenantScope, viewer: CounterViewer): Promise<CounterSessionResponse> {
    const open = await this.repo.openOf(scope, viewer.userId);
    if (!open) throw new DomainError(PaymentsProblems.COUNTER_SESSION_NOT_FOUND, 'You have no open counter session');
    return (await this.reports(scope, [open]))[0];
  }

  async get(scope: TenantScope, viewer: CounterViewer, id: string): Promise<CounterSessionResponse> {
    return (await this.reports(scope, [await this.visible(scope, viewer, id)]))[0];
  }

  async close(scope: TenantScope, viewer: CounterViewer, id: string, countedCash: number, note: string | undefined): Promise<CounterSessionResponse> {
    await this.visible(scope, viewer, id);
    const closed = await this.repo.close(scope, id, { at: this.clock.now(), countedCash, note: note?.trim() || null });
    if (!closed) throw new DomainError(PaymentsProblems.COUNTER_SESSION_CLOSED, 'This counter session is closed already');
    return this.get(scope, viewer, id);
  }

  /** The shifts opened in [from, to) (a clerk: their own), with the totals of them all. */
  async report(scope: TenantScope, viewer: CounterViewer, from: Date, to: Date): Promise<CounterReportResponse> {
    const sessions = await this.reports(scope, await this.repo.between(scope, from, to, viewer.seesAll ? null : viewer.userId));
    return { sessions, totals: sumTotals(sessions.flatMap((s) => s.totals)) };
  }

  /** The same report as CSV: one line per shift, a column per means of payment (net, in major units). */
  async reportCsv(scope: TenantScope, viewer: CounterViewer, from: Date, to: Date): Promise<string> {
    const { sessions } = await this.report(scope, viewer, from, to);
    const methods = ['cash', 'card', 'bank_transfer', 'gift_voucher', 'other'];
    const units = (m: { amount: number } | null) => (m ? (m.amount / 100).toFixed(2) : '');
    const rows = sessions.map((s) => {
      const net = (method: string) =>
        s.totals.filter((t) => t.method === method && t.net.currency === s.openingFloat.currency).reduce((a, t) => a + t.net.amount, 0);
      return [
        s.userLabel,
        s.openedAt,
        s.closedAt ?? '',
        s.openingFloat.currency,
        units(s.openingFloat),
        ...methods.map((m) => units({ amount: net(m) })),
        units(s.expectedCash),
        units(s.countedCash),
        units(s.difference),
        s.closingNote ?? '',
      ];
    });
    return stringify([
      ['user', 'opened_at', 'closed_at', 'currency', 'opening_float', ...methods.map((m) => `${m}_net`), 'expected_cash', 'counted_cash', 'difference', 'note'],
      ...rows,
    ]);
  }

  private async visible(scope: TenantScope, viewer: CounterViewer, id: string): Promise<CounterSession> {
    const session = await this.repo.byId(scope, id);
    // A clerk does not see another clerk's shift: not found, as for another ticketing's.
    if (!session || (!viewer.seesAll && session.userId !== viewer.userId))
      throw new DomainError(PaymentsProblems.COUNTER_SESSION_NOT_FOUND, 'No such counter session here');
    return session;
  }

  private async reports(scope: TenantScope, sessions: CounterSession[]): Promise<CounterSessionResponse[]> {
    const movements = await this.repo.movements(
      scope,
      sessions.map((s) => s.id),
    );
    return sessions.map((s) =>
      reportOf(
        s,
        movements.filter((m) => m.sessionId === s.id),
      ),
    );
  }
}

function reportOf(s: CounterSession, movements: CounterMovement[]): CounterSessionResponse {
  const totals = movements.map((m) => ({
    method: m.method,
    received: money(m.received, m.currency),
    refunded: money(m.refunded, m.currency),
    net: money(m.received - m.refunded, m.currency),
  }));
  const cash = totals.filter((t) => t.method === 'cash' && t.net.currency === s.currency).reduce((a, t) => a + t.net.amount, 0);
  const expected = s.openingFloat + cash;
  return {
    id: s.id,
    userId: s.userId,
    userLabel: s.userLabel,
    openedAt: s.openedAt.toISOString(),
    closedAt: s.closedAt?.toISOString() ?? null,
    openingFloat: money(s.openingFloat, s.currency),
    totals,
    expectedCash: money(expected, s.currency),
    countedCash: s.countedCash === null ? null : money(s.countedCash, s.currency),
    difference: s.countedCash === null ? null : money(s.countedCash - expected, s.currency),
    closingNote: s.closingNote,
  };
}

function sumTotals(totals: CounterTotalDto[]): CounterTotalDto[] {
  const by = new Map<string, CounterTotalDto>();
  for (const t of totals) {
    const key = `${t.method}|${t.net.currency}`;
    const sum = by.get(key);
    if (!sum) by.set(key, { method: t.method, received: { ...t.received }, refunded: { ...t.refunded }, net: { ...t.net } });
    else {
      sum.received.amount += t.received.amount;
      sum.refunded.amount += t.refunded.amount;
      sum.net.amount += t.net.amount;
    }
  }
  return [...by.values()].sort((a, b) => a.method.localeCompare(b.method) || a.net.currency.localeCompare(b.net.currency));
}
