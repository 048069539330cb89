import { EventResponse } from '../../modules/catalog';
import { LedgerMethod } from '../../modules/payments-reconciliation';
import { VENUE_TIME_ZONE } from '../../platform/documents/format';
import { ImportLine } from './order-import-file';
import { LineError } from './order-import.errors';

/** One order of the file: its lines (those sharing a reference), resolved to the catalog's ids. */
export interface PlannedOrder {
  reference: string;
  /** Its first line in the file. */
  line: number;
  customer: ImportLine['customer'];
  paidWith: LedgerMethod | null;
  items: { line: number; dateId: string; zoneId: string; priceId: string; quantity: number; amount?: number }[];
}

export interface ImportPlan {
  /** In the order of the file. */
  orders: PlannedOrder[];
  errors: LineError[];
}

const localMinute = new Intl.DateTimeFormat('sv-SE', {
  timeZone: VENUE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "2026-12-24 20:00" — a date's start as the venue's clock shows it. */
const local = (iso: string) => localMinute.format(new Date(iso)).replace('T', ' ');

/**
 * A cell's date and time as the venue's clock shows it: "2026-12-24 20:00", "2026-12-24T20:00",
 * "24.12.2026 20:00" or "24/12/2026 20:00"; the time may be left out when the day has one date.
 */
export function parseLocalDate(text: string): { day: string; time: string | null } | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?$/.exec(text);
  const swiss = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\s+(\d{1,2})[:h.](\d{2}))?$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3], iso[4], iso[5]] : swiss ? [swiss[3], swiss[2], swiss[1], swiss[4], swiss[5]] : null;
  if (!parts) return null;
  const [y, m, d, hh, mm] = parts;
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  if (Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  if (hh !== undefined && (Number(hh) > 23 || Number(mm) > 59)) return null;
  return { day, time: hh === undefined ? null : `${hh.padStart(2, '0')}:${mm}` };
}

/**
 * Resolves the file's lines against the catalog, line by line, and groups them into orders by
 * reference. Writes nothing. `imported`: references already imported — their lines are neither
 * checked nor counted against the places. `checkPlaces`: count the file's tickets against the
 * places left (the dry run); the import itself lets each order's hold decide.
 */
export function planImport(
  lines: ImportLine[],
  events: EventResponse[],
  { currency, now, imported, checkPlaces }: { currency: string; now: Date; imported: Set<string>; checkPlaces: boolean },
): ImportPlan & { alreadyImported: number } {
  const errors: LineError[] = [];
  const orders = new Map<string, PlannedOrder>();
  const skipped = new Set<string>();
  const left = new Map<string, number>();
  for (const e of events) for (const d of e.dates) for (const a of d.availability) left.set(`${d.id}/${a.zoneId}`, a.remaining);
  const failedRefs = new Set<string>();

  for (const l of lines) {
    if (imported.has(l.reference)) {
      skipped.add(l.reference);
      continue;
    }
    const fail = (column: LineError['column'], code: LineError['code'], message: string) => {
      errors.push({ line: l.line, column, code, message });
      failedRefs.add(l.reference);
    };
    if (l.broken) failedRefs.add(l.reference);
    const order = orders.get(l.reference);
    if (order && !l.broken) {
      const differs = (['email', 'firstName', 'lastName'] as const).find((k) => order.customer[k] !== l.customer[k]);
      if (differs) {
        const column = differs === 'email' ? 'email' : differs === 'firstName' ? 'first_name' : 'last_name';
        fail(column, 'REFERENCE_DIFFERS', `line ${order.line} has the same reference with another customer`);
        continue;
      }
      if (order.paidWith !== l.paidWith) {
        fail('payment', 'REFERENCE_DIFFERS', `line ${order.line} has the same reference with another payment`);
        continue;
      }
    }

    const named = events.filter((e) => e.name.toLowerCase() === l.event.toLowerCase() || e.id === l.event.toLowerCase());
    if (!named.length) {
      fail('event', 'EVENT_UNKNOWN', 'no event of this ticketing has this name');
      continue;
    }
    if (named.length > 1) {
      fail('event', 'EVENT_AMBIGUOUS', 'several events have this name: give the event’s id');
      continue;
    }
    const event = named[0];
    if (event.status !== 'published') {
      fail('event', 'EVENT_NOT_PUBLISHED', 'this event is not published');
      continue;
    }

    let dates = event.dates;
    if (l.date) {
      const when = parseLocalDate(l.date);
      if (!when) {
        fail('date', 'DATE_INVALID', 'a date such as 2026-12-24 20:00 or 24.12.2026 20:00');
        continue;
      }
      dates = dates.filter((d) => {
        const [day, time] = local(d.startsAt).split(' ');
        return day === when.day && (when.time === null || time === when.time);
      });
      if (!dates.length) {
        fail('date', 'DATE_UNKNOWN', 'the event has no date then');
        continue;
      }
    }
    if (dates.length > 1) {
      fail(
        'date',
        l.date ? 'DATE_INVALID' : 'DATE_REQUIRED',
        l.date ? 'the event has several dates that day: give the time' : 'the event has several dates: say which',
      );
      continue;
    }
    const date = dates[0];
    if (date.status === 'cancelled') {
      fail('date', 'DATE_CANCELLED', 'this date is cancelled');
      continue;
    }
    if (new Date(date.startsAt) <= now) {
      fail('date', 'DATE_PAST', 'this date has begun');
      continue;
    }

    const zones = l.zone ? event.zones.filter((z) => z.name.toLowerCase() === l.zone.toLowerCase()) : event.zones;
    if (!zones.length) {
      fail('zone', 'ZONE_UNKNOWN', 'the event has no zone of this name');
      continue;
    }
    if (zones.length > 1) {
      fail('zone', 'ZONE_REQUIRED', 'the event has several zones: say which');
      continue;
    }
    const zone = zones[0];

    const price = event.prices.find((p) => p.name.toLowerCase() === l.price.toLowerCase());
    if (!price) {
      fail('price', 'PRICE_UNKNOWN', 'the event has no price of this name');
      continue;
    }
    if ((price.dateIds && !price.dateIds.includes(date.id)) || (price.zoneIds && !price.zoneIds.includes(zone.id))) {
      fail('price', 'PRICE_NOT_HERE', 'this price is not sold for this date and zone');
      continue;
    }
    if (price.visibility !== 'public') {
      fail('price', 'PRICE_RESERVED', 'this price is reserved to pass holders');
      continue;
    }
    const amount = price.amounts.find((a) => a.currency === currency);
    if (price.kind !== 'free' && !amount) {
      fail('price', 'PRICE_CURRENCY', `this price is not sold in ${currency}`);
      continue;
    }
    if (price.kind !== 'pay_what_you_want' && l.amount !== null) {
      fail('amount', 'AMOUNT_NOT_ALLOWED', 'only a pay-what-you-want price takes an amount');
      continue;
    }
    if (price.kind === 'pay_what_you_want' && l.amount !== null && l.amount < amount!.amount) {
      fail('amount', 'AMOUNT_TOO_LOW', `at least the price’s minimum (${(amount!.amount / 100).toFixed(2)} ${currency})`);
      continue;
    }

    if (l.broken) continue;
    if (checkPlaces) {
      const key = `${date.id}/${zone.id}`;
      const remaining = left.get(key) ?? 0;
      if (remaining < l.quantity) {
        fail('quantity', 'NOT_ENOUGH_PLACES', remaining > 0 ? `only ${remaining} places left` : 'no place left');
        continue;
      }
      left.set(key, remaining - l.quantity);
    }

    const planned = order ?? { reference: l.reference, line: l.line, customer: l.customer, paidWith: l.paidWith, items: [] };
    planned.items.push({
      line: l.line,
      dateId: date.id,
      zoneId: zone.id,
      priceId: price.id,
      quantity: l.quantity,
      ...(price.kind === 'pay_what_you_want' ? { amount: l.amount ?? amount!.amount } : {}),
    });
    orders.set(l.reference, planned);
  }
  // An order with one wrong line is not imported in part.
  return { orders: [...orders.values()].filter((o) => !failedRefs.has(o.reference)), errors, alreadyImported: skipped.size };
}
