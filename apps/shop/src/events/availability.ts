import { t } from '../i18n/i18n';
import type { components } from '@guichet/api-client';

type ShopDate = components['schemas']['ShopDateResponse'];
type ZoneAvailability = components['schemas']['ShopZoneAvailability'];

export const isSoldOut = (date: { zones: readonly Pick<ZoneAvailability, 'available'>[] }): boolean => !date.zones.some((z) => z.available);

/** "1 place restante", "12 places restantes", "Complet", or "Disponible" when the organizer hides the count. */
export function zoneAvailabilityLabel(zone: Pick<ZoneAvailability, 'available' | 'remaining'>): string {
  if (!zone.available) return t('places.soldOut');
  if (zone.remaining === null) return t('places.availableOne');
  return t('places.remaining', { count: zone.remaining }, zone.remaining);
}

/** Dates still to come, in order: the shop sells nothing that has started. */
export function upcomingDates<T extends Pick<ShopDate, 'startsAt'>>(dates: readonly T[], now: Date): T[] {
  return dates.filter((d) => new Date(d.startsAt) > now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
