import { formatMoney, type components } from '@guichet/api-client';
import { hasMessage, t } from '../i18n/i18n';
import { historyActionLabel, label } from '../i18n/labels';

type LedgerMethod = components['schemas']['PaymentResponse']['method'];

function isMoney(value: unknown): value is { amount: number; currency: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { amount?: unknown }).amount === 'number' &&
    typeof (value as { currency?: unknown }).currency === 'string'
  );
}

function show(value: unknown): string {
  if (isMoney(value)) return formatMoney(value);
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One line per history data field ("total: CHF 84.00"), money formatted, in the order the API sent them. */
export function summarizeHistoryData(data: Record<string, unknown>): string[] {
  return Object.entries(data).map(([key, value]) => `${key}: ${show(value)}`);
}

/**
 * The timeline's title and detail lines for one entry. A recorded payment says it all in its
 * title ("Paiement enregistré (espèces) — 205.00 CHF"); other entries list their data.
 */
export function describeHistoryEntry(entry: { action: string; data: Record<string, unknown> }): { title: string; lines: string[] } {
  if (entry.action === 'orders.order.paid') {
    const { method, amount, ...rest } = entry.data;
    const how = typeof method === 'string' && hasMessage(`labels.ledgerMethod.${method}`) ? label('ledgerMethod', method as LedgerMethod) : method;
    const title = [historyActionLabel(entry.action), how ? ` (${String(how).toLowerCase()})` : '', isMoney(amount) ? ` — ${formatMoney(amount)}` : ''].join('');
    return { title, lines: summarizeHistoryData(rest) };
  }
  if (entry.action === 'orders.contact.changed') return { title: historyActionLabel(entry.action), lines: contactChanges(entry.data) };
  return { title: historyActionLabel(entry.action), lines: summarizeHistoryData(entry.data) };
}

const CONTACT_FIELDS = ['firstName', 'lastName', 'email', 'mobile'] as const;

/** "E-mail : ancien@… → nouveau@…", one line per field the change touched. */
function contactChanges(data: Record<string, unknown>): string[] {
  const before = (data.before ?? {}) as Record<string, unknown>;
  const after = (data.after ?? {}) as Record<string, unknown>;
  return CONTACT_FIELDS.filter((field) => before[field] !== after[field]).map((field) =>
    t('orders.contact.change', { field: t(`orders.contact.${field}`), before: show(before[field]), after: show(after[field]) }),
  );
}
