import { Channel } from '../modules/orders';
import { SaleRules } from '../modules/sales';

/**
 * The one place that says which rules a channel sells under. The shop (and integrators selling in
 * its name) keeps to the sales windows; an import records sales already made elsewhere, whenever
 * they were made; the ticket office sells whenever it is open (at the door after online sales
 * closed, before they open for subscribers) — capacity, seats and limits hold for every channel.
 * Only the ticket office gives tickets away (ADR 0036).
 */
export function saleRules(channel: Channel): SaleRules {
  return { salesWindows: channel === 'shop' || channel === 'api', invitations: channel === 'ticket_office' };
}
