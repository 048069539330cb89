import type { components } from '@guichet/api-client';

type PromoCode = components['schemas']['PromoCodeResponse'];

/** What the scope picker and the list need to know of an event and its prices. */
export interface ScopeEvent {
  id: string;
  name: string;
}
export interface ScopePrice {
  id: string;
  name: string;
}

/**
 * The request's scope from what the organizer ticked. No event ticked = every event; for a ticked
 * event, no price ticked = all its prices. The API's `priceIds` is one list for the whole code, so
 * once any price is ticked, the events without a ticked price contribute all their prices — else
 * they would silently get none. Prices of events no longer ticked are dropped.
 */
export function scopeRequest(
  eventIds: string[],
  priceIds: string[],
  pricesByEvent: Record<string, ScopePrice[] | undefined>,
): { eventIds?: string[]; priceIds?: string[] } {
  if (eventIds.length === 0) return {};
  const ticked = new Set(priceIds);
  const perEvent = eventIds.map((id) => {
    const prices = pricesByEvent[id] ?? [];
    const chosen = prices.filter((p) => ticked.has(p.id));
    return { all: prices, chosen };
  });
  if (perEvent.every((e) => e.chosen.length === 0)) return { eventIds: [...eventIds] };
  return { eventIds: [...eventIds], priceIds: perEvent.flatMap((e) => (e.chosen.length ? e.chosen : e.all).map((p) => p.id)) };
}

/** The ticked prices that still belong to a ticked event (after an event is unticked). */
export function keepPricesOf(priceIds: string[], eventIds: string[], pricesByEvent: Record<string, ScopePrice[] | undefined>): string[] {
  const allowed = new Set(eventIds.flatMap((id) => (pricesByEvent[id] ?? []).map((p) => p.id)));
  return priceIds.filter((id) => allowed.has(id));
}

/** "A, B et 3 autres". */
function names(list: string[], max = 3): string {
  if (list.length <= max) return list.join(', ');
  return `${list.slice(0, max).join(', ')} et ${list.length - max} autre${list.length - max > 1 ? 's' : ''}`;
}

/**
 * The scope in words for the list: "Tous les événements et tarifs", "Phèdre · tous ses tarifs",
 * "Phèdre · Plein tarif". A price is named with its event when the code spans several events.
 * Ids the screen cannot name (an event since archived, say) are counted instead.
 */
export function scopeLabel(
  promo: Pick<PromoCode, 'eventIds' | 'priceIds'>,
  events: ScopeEvent[],
  pricesByEvent: Record<string, ScopePrice[] | undefined>,
): string {
  if (!promo.eventIds && !promo.priceIds) return 'Tous les événements et tarifs';
  const eventName = new Map(events.map((e) => [e.id, e.name]));
  const priceName = new Map<string, string>();
  const several = !promo.eventIds || promo.eventIds.length > 1;
  for (const [eventId, prices] of Object.entries(pricesByEvent)) {
    for (const p of prices ?? []) priceName.set(p.id, several && eventName.has(eventId) ? `${p.name} (${eventName.get(eventId)})` : p.name);
  }
  const label = (ids: string[], known: Map<string, string>, unknown: (n: number) => string) => {
    const named = ids.filter((id) => known.has(id)).map((id) => known.get(id)!);
    const missing = ids.length - named.length;
    return names(missing ? [...named, unknown(missing)] : named);
  };
  const eventsPart = promo.eventIds
    ? label(promo.eventIds, eventName, (n) => `${n} autre${n > 1 ? 's' : ''} événement${n > 1 ? 's' : ''}`)
    : 'Tous les événements';
  if (!promo.priceIds) return `${eventsPart} · ${promo.eventIds!.length > 1 ? 'tous leurs tarifs' : 'tous ses tarifs'}`;
  // Prices ticked for one event and "all" for another both end up listed: say so only once per event.
  const fullEvents = (promo.eventIds ?? []).filter((id) => {
    const prices = pricesByEvent[id];
    return prices && prices.length > 0 && prices.every((p) => promo.priceIds!.includes(p.id));
  });
  const covered = new Set(fullEvents.flatMap((id) => pricesByEvent[id]!.map((p) => p.id)));
  const partial = promo.priceIds.filter((id) => !covered.has(id));
  if (partial.length === 0) return `${eventsPart} · ${fullEvents.length > 1 ? 'tous leurs tarifs' : 'tous ses tarifs'}`;
  const pricesPart = label(partial, priceName, (n) => `${n} autre${n > 1 ? 's' : ''} tarif${n > 1 ? 's' : ''}`);
  const fullPart = fullEvents.length ? ` ; tous les tarifs de ${names(fullEvents.map((id) => eventName.get(id) ?? 'un événement'))}` : '';
  return `${eventsPart} · ${pricesPart}${fullPart}`;
}
