import { formatShortDateTime } from '@guichet/ui';

/**
 * A price's dates or zones as the API takes them: null for "all" (which also covers dates and
 * zones added later), otherwise the ticked ids in the event's order.
 */
export function scopeIds(all: boolean, ticked: ReadonlySet<string>, order: readonly { id: string }[]): string[] | null {
  return all ? null : order.filter((item) => ticked.has(item.id)).map((item) => item.id);
}

/** "Toutes les dates · Parterre, Balcon": where a price is sold, for the prices list. */
export function scopeLabel(
  price: { dateIds: string[] | null; zoneIds: string[] | null },
  event: { dates: readonly { id: string; startsAt: string }[]; zones: readonly { id: string; name: string }[] },
): string {
  const dates =
    price.dateIds === null
      ? 'Toutes les dates'
      : price.dateIds.length === 1
        ? formatShortDateTime(event.dates.find((d) => d.id === price.dateIds![0])?.startsAt)
        : `${price.dateIds.length} dates`;
  const zones =
    price.zoneIds === null
      ? 'toutes les zones'
      : event.zones
          .filter((z) => price.zoneIds!.includes(z.id))
          .map((z) => z.name)
          .join(', ');
  return `${dates} · ${zones}`;
}
