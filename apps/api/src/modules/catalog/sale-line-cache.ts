import { TenantScope } from '../../platform/tenancy/tenant-scope';
import type { SaleLineRow } from './catalog.repository';

const TTL_MS = 1000;
const MAX_ENTRIES = 10_000;

/**
 * Remembers resolved sale lines for one second. During an on-sale thousands of carts ask for the
 * same date × zone × price; the answer (names, amounts, on-sale state) may lag an edit by a second,
 * which is harmless: availability is never cached — every hold is decided by PostgreSQL — and a
 * cart keeps the price it was held at.
 */
export class SaleLineCache {
  private readonly entries = new Map<string, { at: number; rows: SaleLineRow[] }>();

  /** Wall time, not the business Clock: a frozen test clock must not freeze the cache. */
  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Forgets a ticketing's lines after an organizer's edit (status, window, price, date), so this
   * process sees it at once; other processes see it when their entry ages out (a second).
   */
  forget(scope: TenantScope): void {
    const prefix = `${scope.ticketingId}|`;
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
  }

  async get(scope: TenantScope, lines: { dateId: string; zoneId: string; priceId: string }[], load: () => Promise<SaleLineRow[]>): Promise<SaleLineRow[]> {
    const key = `${scope.ticketingId}|${lines.map((l) => `${l.dateId}/${l.zoneId}/${l.priceId}`).join(',')}`;
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < TTL_MS) return hit.rows;
    const rows = await load();
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { at: now, rows });
    return rows;
  }
}
