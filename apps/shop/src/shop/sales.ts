import type { components } from '@guichet/api-client';
import { dateFormat } from '@guichet/ui';
import { t } from '../i18n/i18n';

type SalesWindow = Pick<components['schemas']['ShopEventSummaryResponse'], 'salesStatus' | 'salesStartAt' | 'salesEndAt'>;
type Places = Pick<components['schemas']['ShopEventSummaryResponse'], 'available' | 'remaining'>;

/** "1 février 2027 à 10:00", in Zurich time. */
export const salesDate = (iso: string): string => dateFormat({ timeZone: 'Europe/Zurich', dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

/**
 * What the shop says of a sales window: "En vente dès le 1 février 2027 à 10:00", "Vente terminée",
 * or null while on sale. `price` words it for the line of a price ("en vente dès le …").
 */
export function salesNote(window: SalesWindow, price = false): string | null {
  if (window.salesStatus === 'not_open_yet') {
    const when = window.salesStartAt ? salesDate(window.salesStartAt) : '';
    return t(price ? 'sales.priceOpensAt' : 'sales.opensAt', { when });
  }
  if (window.salesStatus === 'closed') return t(price ? 'sales.priceClosed' : 'sales.closed');
  return null;
}

/** Whether it can be bought now. */
export const onSale = (window: Pick<SalesWindow, 'salesStatus'>): boolean => window.salesStatus === 'open';

/** "12 places restantes", "Complet", or "Places disponibles" when the organizer hides the count. Seats count as places. */
export function placesNote(event: Places): string {
  if (!event.available) return t('places.soldOut');
  if (event.remaining === null) return t('places.available');
  return t('places.remaining', { count: event.remaining }, event.remaining);
}
