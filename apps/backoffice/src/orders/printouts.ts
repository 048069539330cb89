import type { components, Problem } from '@guichet/api-client';
import { api } from '../api/client';
import { saveFile } from '../api/downloads';
import { t } from '../i18n/i18n';
import { inWords } from '../i18n/problems';

type Order = components['schemas']['OrderResponse'];
/** `code128`: the thermal tickets with each one's barcode, for a door whose scanners read no QR code (ADR 0041). */
export type Printout = 'a4' | 'thermal' | 'code128' | 'receipt';

/** What an order can print (ADR 0033): the thermal printer prints tickets only, so an order of gift vouchers alone has none for it. */
export function printoutsOf(order: Pick<Order, 'tickets'>): Printout[] {
  return order.tickets.some((x) => x.status === 'valid') ? ['a4', 'thermal', 'code128', 'receipt'] : ['a4', 'receipt'];
}

const TICKETS_QUERY = { a4: { format: 'a4' }, thermal: { format: 'thermal' }, code128: { format: 'thermal', barcode: 'code128' } } as const;

/** TO-5: a printout is a PDF fetched through the client (it needs the bearer token), then handed to the browser; the refusal in words. */
export async function downloadPrintout(ticketingId: string, order: Pick<Order, 'id' | 'number'>, kind: Printout): Promise<Problem | null> {
  const path = { ticketingId, orderId: order.id };
  const { data, error } =
    kind === 'receipt'
      ? await api.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}/receipt.pdf', { params: { path }, parseAs: 'blob' })
      : await api.GET('/api/v1/ticketings/{ticketingId}/orders/{orderId}/tickets.pdf', { params: { path, query: TICKETS_QUERY[kind] }, parseAs: 'blob' });
  if (error) return inWords(error);
  saveFile(data, t(`orders.print.fileName.${kind}`, { number: order.number }));
  return null;
}
