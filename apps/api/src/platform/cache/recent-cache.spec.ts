import { TenantScope } from '../tenancy/tenant-scope';
import { RecentCache } from './recent-cache';

describe('RecentCache', () => {
  const a = TenantScope.of('00000000-0000-4000-8000-00000000000a');
  const b = TenantScope.of('00000000-0000-4000-8000-00000000000b');

  it('answers from memory for one second, then asks again', async () => {
    let now = 0;
    const cache = new RecentCache<unknown>(() => now);
    const load = jest.fn().mockResolvedValue([]);
    await cache.get(a, 'line', load);
    now += 999;
    await cache.get(a, 'line', load);
    expect(load).toHaveBeenCalledTimes(1);
    now += 2;
    await cache.get(a, 'line', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('never shares an answer between ticketings', async () => {
    const cache = new RecentCache<unknown>(() => 0);
    const load = jest.fn().mockResolvedValue([]);
    await cache.get(a, 'line', load);
    await cache.get(b, 'line', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('forgets one ticketing’s entries after an edit, not another’s', async () => {
    const cache = new RecentCache<unknown>(() => 0);
    const load = jest.fn().mockResolvedValue([]);
    await cache.get(a, 'line', load);
    await cache.get(b, 'line', load);
    cache.forget(a);
    await cache.get(a, 'line', load);
    await cache.get(b, 'line', load);
    expect(load).toHaveBeenCalledTimes(3);
  });
});
