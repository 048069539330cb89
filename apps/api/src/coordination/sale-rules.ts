import { Channel } from '../modules/orders';
import { SaleRules } from '../modules/sales';

/**
 * The one place that says which rules a channel sells under. The shop (and integrators selling in
 * its name) keeps to the sales windows; an import records sales already made elsewhere, whenever
 * they were made. The ticket office's rules come with it.
 */
export function saleRules(channel: Channel): SaleRules {
  return { salesWindows: channel !== 'import' };
}
