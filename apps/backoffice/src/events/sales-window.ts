import { formatShortDateTime, isoToZurichLocal, zurichLocalToIso } from '@guichet/ui';

/** A sales window as the organizer types it: `<input type="datetime-local">` values, Zurich time, empty for "no limit". */
export interface WindowDraft {
  salesStartAt: string;
  salesEndAt: string;
}

export function windowDraftFrom(window: { salesStartAt?: string | null; salesEndAt?: string | null }): WindowDraft {
  return {
    salesStartAt: window.salesStartAt ? isoToZurichLocal(window.salesStartAt) : '',
    salesEndAt: window.salesEndAt ? isoToZurichLocal(window.salesEndAt) : '',
  };
}

/** The request's window (null clears a bound), or the field errors the browser can tell before sending. */
export function windowRequest(
  draft: WindowDraft,
  path = '',
): { ok: true; value: { salesStartAt: string | null; salesEndAt: string | null } } | { ok: false; errors: { field: string; message: string }[] } {
  const field = (name: string) => (path ? `${path}.${name}` : name);
  const start = draft.salesStartAt ? zurichLocalToIso(draft.salesStartAt) : null;
  const end = draft.salesEndAt ? zurichLocalToIso(draft.salesEndAt) : null;
  const errors: { field: string; message: string }[] = [];
  if (draft.salesStartAt && !start) errors.push({ field: field('salesStartAt'), message: 'Date invalide.' });
  if (draft.salesEndAt && !end) errors.push({ field: field('salesEndAt'), message: 'Date invalide.' });
  if (start && end && Date.parse(end) <= Date.parse(start))
    errors.push({ field: field('salesEndAt'), message: 'La fin de la vente doit suivre son ouverture.' });
  return errors.length ? { ok: false, errors } : { ok: true, value: { salesStartAt: start, salesEndAt: end } };
}

/** "en vente dès le 01.12.2026 10:00 jusqu’au 20.12.2026 18:00"; null when the window has no bound. */
export function salesWindowLabel(window: { salesStartAt?: string | null; salesEndAt?: string | null }): string | null {
  const from = window.salesStartAt ? `dès le ${formatShortDateTime(window.salesStartAt)}` : null;
  const until = window.salesEndAt ? `jusqu’au ${formatShortDateTime(window.salesEndAt)}` : null;
  if (!from && !until) return null;
  return ['en vente', from, until].filter(Boolean).join(' ');
}
