import type { components } from '@guichet/api-client';

type Event = components['schemas']['EventResponse'];
type Zone = components['schemas']['ZoneResponse'];
type Price = components['schemas']['PriceResponse'];
type Money = components['schemas']['MoneyDto'];

/** A zone of a date as the counter sells it: what is left, and the prices it may sell there. */
export interface ZoneChoice {
  zone: Zone;
  remaining: number;
  prices: { price: Price; amount: Money | null }[];
}

/** The dates the counter can still sell: scheduled and not started, soonest first. */
export function comingDates(event: Event, now: Date): Event['dates'] {
  return event.dates.filter((d) => d.status === 'scheduled' && Date.parse(d.startsAt) > now.getTime()).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/**
 * The zones of a date with the prices sold there in the ticketing's currency. Prices kept for passes
 * are left out (the API refuses them without a pass: PRICE_RESERVED_TO_PASSES); a fixed price without
 * an amount in the currency is not sold in it. `amount` is null for a free price; for pay what you
 * want it is the minimum, which the counter charges.
 */
export function zoneChoices(event: Event, dateId: string, currency: string): ZoneChoice[] {
  const date = event.dates.find((d) => d.id === dateId);
  if (!date) return [];
  return event.zones.map((zone) => ({
    zone,
    remaining: date.availability.find((a) => a.zoneId === zone.id)?.remaining ?? 0,
    prices: [...event.prices]
      .filter((p) => p.visibility === 'public' && (p.zoneIds === null || p.zoneIds.includes(zone.id)) && (p.dateIds === null || p.dateIds.includes(dateId)))
      .sort((a, b) => a.position - b.position)
      .flatMap((price): ZoneChoice['prices'] => {
        if (price.kind === 'free') return [{ price, amount: null }];
        const amount = price.amounts.find((m) => m.currency === currency);
        return amount ? [{ price, amount }] : [];
      }),
  }));
}
