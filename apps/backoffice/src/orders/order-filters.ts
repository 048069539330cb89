import type { components } from '@guichet/api-client';
import { zurichLocalToIso } from '@guichet/ui';
import type { LocationQuery } from 'vue-router';

type Order = components['schemas']['OrderSummaryResponse'];

/** The list's filters as the form and the URL hold them: ids, days (YYYY-MM-DD) and enum values, '' for none. */
export interface OrderFilters {
  eventId: string;
  dateId: string;
  placedFrom: string;
  placedTo: string;
  status: Order['status'] | '';
  channel: Order['channel'] | '';
  paymentMethod: Order['paymentMethod'] | '';
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function filtersFromQuery(query: LocationQuery): OrderFilters {
  return {
    eventId: text(query.eventId),
    dateId: text(query.dateId),
    placedFrom: text(query.placedFrom),
    placedTo: text(query.placedTo),
    status: text(query.status) as OrderFilters['status'],
    channel: text(query.channel) as OrderFilters['channel'],
    paymentMethod: text(query.paymentMethod) as OrderFilters['paymentMethod'],
  };
}

/** The day after YYYY-MM-DD (calendar arithmetic, no time zone involved). */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The listOrders query for a URL's query: days are Zurich days, "until" includes its whole day.
 * A malformed value goes to the API as it is, which names it in its 400.
 */
export function listQueryOf(query: LocationQuery) {
  const f = filtersFromQuery(query);
  const day = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? (zurichLocalToIso(`${value}T00:00`) ?? value) : value);
  return {
    q: text(query.q) || undefined,
    eventId: f.eventId || undefined,
    dateId: f.dateId || undefined,
    placedFrom: f.placedFrom ? day(f.placedFrom) : undefined,
    placedTo: f.placedTo ? (/^\d{4}-\d{2}-\d{2}$/.test(f.placedTo) ? day(nextDay(f.placedTo)) : f.placedTo) : undefined,
    status: f.status || undefined,
    channel: f.channel || undefined,
    paymentMethod: f.paymentMethod || undefined,
  };
}
