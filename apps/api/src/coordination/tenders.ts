import { DomainError } from '../platform/http/problem';
import { PaymentsProblems } from '../modules/payments-reconciliation';
import type { Tender } from './checkout.service';
import type { CounterTenderRequest } from './dto/counter-sale.dto';
import type { RecordPaymentRequest } from './dto/record-payment.dto';

export type TenderProblem = { field: string; message: string };

/** The one cash rule: only cash is handed over with change, and never less than what it pays. */
function givenProblem(method: string, pays: number, given: number | undefined, what: string): string | null {
  if (given === undefined) return null;
  if (method !== 'cash') return 'only cash is handed over with change';
  return given < pays ? `less than ${what}` : null;
}

/**
 * What was handed over at the counter, as ledger payments, and the change: cash may be handed over
 * beyond its tender (`given`), nothing else. `problems` are the caller's own refusals, reported with
 * these in one TENDERS_INVALID naming each field.
 */
export function tendersReceived(tenders: CounterTenderRequest[], problems: TenderProblem[] = []): { tenders: Tender[]; change: number } {
  tenders.forEach((t, i) => {
    const problem = givenProblem(t.method, t.amount, t.given, `the tender’s ${t.amount}`);
    if (problem) problems.push({ field: `tenders[${i}].given`, message: problem });
  });
  if (problems.length) throw new DomainError(PaymentsProblems.TENDERS_INVALID, 'The tenders do not settle this', problems);
  return {
    tenders: tenders.map((t) => ({ method: t.method, amount: t.amount, reference: t.reference?.trim() || null, given: t.given ?? null })),
    change: tenders.reduce((sum, t) => sum + (t.method === 'cash' && t.given !== undefined ? t.given - t.amount : 0), 0),
  };
}

/**
 * What the counter received for an amount due in one tender (a reservation validated, a split): cash
 * may be handed over beyond it (`given`), nothing else; as the ledger payment's details. `field` names
 * the request's property in a refusal.
 */
export function receivedFor(due: number, received: RecordPaymentRequest, field = 'given'): { cashGiven: number | null; providerReference: string | null } {
  const problem = givenProblem(received.method, due, received.given, `the ${due} due`);
  if (problem) throw new DomainError(PaymentsProblems.TENDERS_INVALID, 'What was received does not settle this', [{ field, message: problem }]);
  return { cashGiven: received.method === 'cash' ? (received.given ?? null) : null, providerReference: received.reference?.trim() || null };
}
