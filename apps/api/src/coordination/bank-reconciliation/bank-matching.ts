import { isQRReferenceValid, isSCORReferenceValid } from 'swissqrbill/utils';
import type { BankMatchOrder } from '../../modules/orders';
import type { BankMatch, StoredBankEntry } from '../../modules/payments-reconciliation';

export type MatchableEntry = Pick<StoredBankEntry, 'id' | 'amount' | 'currency' | 'referenceKind' | 'reference' | 'debtorName'>;

/** The order a QR reference names: the one carrying it (ADR 0025). Null when its check digit does not hold. */
export function qrrOf(entry: MatchableEntry): string | null {
  const ref = entry.reference;
  return ref && /^\d{27}$/.test(ref) && isQRReferenceValid(ref) ? ref : null;
}

/** The order number an RF creditor reference names: its body (ADR 0051), when its mod-97 check holds. */
export function scorNumberOf(entry: MatchableEntry): string | null {
  const ref = entry.reference?.toUpperCase();
  return ref && /^RF\d\d[0-9A-Z]{1,21}$/.test(ref) && isSCORReferenceValid(ref) ? ref.slice(4) : null;
}

/** Lower case, no accents, words only: « Müller-Dupont » and « MUELLER DUPONT » share « dupont ». */
const words = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * Ties bank entries to orders (PAY-5, ADR 0051): a valid QR reference to the order carrying it, a
 * valid SCOR reference to the order whose number is its body; otherwise, as a suggestion only, the
 * one invoice order awaiting payment (in `awaiting`) whose due equals the amount and whose buyer's
 * last name is in the debtor's name (every word of it: « de Vries » is not « Vries »). Two
 * candidates suggest nothing.
 */
export function matchEntries(
  entries: MatchableEntry[],
  named: BankMatchOrder[],
  awaiting: (BankMatchOrder & { due: number })[],
): { id: string; orderId: string; match: BankMatch }[] {
  const byQrr = new Map(named.filter((o) => o.qrReference).map((o) => [o.qrReference!, o]));
  const byNumber = new Map(named.map((o) => [o.number, o]));
  // Candidates of a suggestion by currency, amount due and the first word of their last name, read once.
  const byDue = new Map<string, { id: string; name: string[] }[]>();
  for (const o of awaiting) {
    const name = words(o.lastName);
    if (!name.length) continue;
    const key = `${o.currency} ${o.due} ${name[0]}`;
    const same = byDue.get(key) ?? [];
    same.push({ id: o.id, name });
    byDue.set(key, same);
  }
  const suggested = new Set<string>();
  const out: { id: string; orderId: string; match: BankMatch }[] = [];
  for (const e of entries) {
    const qrr = qrrOf(e);
    const byRef = qrr ? byQrr.get(qrr) : undefined;
    if (byRef) {
      out.push({ id: e.id, orderId: byRef.id, match: 'qrr' });
      continue;
    }
    const number = scorNumberOf(e);
    const byScor = number ? byNumber.get(number) : undefined;
    if (byScor) {
      out.push({ id: e.id, orderId: byScor.id, match: 'scor' });
      continue;
    }
    if (!e.debtorName) continue;
    const debtor = new Set(words(e.debtorName));
    const candidates = [...debtor]
      .flatMap((w) => byDue.get(`${e.currency} ${e.amount} ${w}`) ?? [])
      .filter((o) => !suggested.has(o.id) && o.name.every((w) => debtor.has(w)));
    if (candidates.length === 1) {
      suggested.add(candidates[0].id);
      out.push({ id: e.id, orderId: candidates[0].id, match: 'suggestion' });
    }
  }
  return out;
}
