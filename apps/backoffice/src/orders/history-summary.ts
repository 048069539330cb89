import { formatMoney } from '@guichet/api-client';

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
