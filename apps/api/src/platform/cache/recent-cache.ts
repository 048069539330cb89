import { TenantScope } from '../tenancy/tenant-scope';

const TTL_MS = 1000;
const MAX_ENTRIES = 10_000;

/**
 * Remembers what a ticketing's settings resolve to for one second. During an on-sale thousands of
 * requests read the same rows (sale lines, the registration form); an answer may lag an organizer's
 * edit by a second in other processes — this one forgets the ticketing's entries at the edit. Only
 * for reads whose lag is harmless: what decides a sale (availability, limits) is never cached.
 */
export class RecentCache<T> {
  private readonly entries = new Map<string, { at: number; value: T }>();

  /** Wall time, not the business Clock: a frozen test clock must not freeze the cache. */
  constructor(private readonly now: () => number = Date.now) {}

  /** Forgets a ticketing's entries after an organizer's edit, so this process sees it at once. */
  forget(scope: TenantScope): void {
    const prefix = `${scope.ticketingId}|`;
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
  }

  async get(scope: TenantScope, key: string, load: () => Promise<T>): Promise<T> {
    const k = `${scope.ticketingId}|${key}`;
    const now = this.now();
    const hit = this.entries.get(k);
    if (hit && now - hit.at < TTL_MS) return hit.value;
    const value = await load();
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(k, { at: now, value });
    return value;
  }
}
