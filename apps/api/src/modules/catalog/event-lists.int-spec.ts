import { FixedClock } from '../../platform/clock/clock';
import { startTestApp, Tenant, TestApp } from '../../test/test-app';

/** Issue 8: event lists by next date, and places left that count seats, in the shop and the backoffice. */
describe('event lists: by next date, places that count seats', () => {
  const clock = new FixedClock(new Date('2027-03-01T10:00:00Z'));
  let t: TestApp;
  let tenant: Tenant;
  const ids: Record<string, string> = {};

  const api = (method: 'get' | 'post' | 'patch', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`);
  const event = async (name: string, dates: string[], extra: object = {}) => {
    const res = await api('post', '/events')
      .send({
        name,
        status: 'published',
        kind: 'multi',
        dates: dates.map((startsAt) => ({ startsAt })),
        zones: [{ name: 'Salle', capacity: 10 }],
        prices: [{ name: 'Libre', kind: 'free' }],
        ...extra,
      })
      .expect(201);
    ids[name] = res.body.id;
    return res.body;
  };
  /** Every page of a list, `limit` at a time. */
  const pages = async (url: string, query: object, limit: number) => {
    const seen: { id: string; name: string }[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 50; i++) {
      const res = await t
        .http()
        .get(url)
        .set('authorization', `Bearer ${tenant.token}`)
        .query({ ...query, limit, ...(cursor ? { cursor } : {}) })
        .expect(200);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor ?? undefined;
      if (!cursor) break;
    }
    return seen.map((e) => e.name);
  };

  beforeAll(async () => {
    t = await startTestApp({ clock, label: 'eventlists' });
    tenant = await t.createTenant('eventlists');
    // Created in an order unrelated to their dates.
    await event('Passé récent', ['2027-02-20T20:00:00+01:00']);
    await event('Dans un mois', ['2027-04-01T20:00:00+02:00']);
    await event('Reprise', ['2026-12-01T20:00:00+01:00', '2027-03-15T20:00:00+01:00']);
    await event('Passé ancien', ['2026-05-01T20:00:00+02:00']);
    await event('Demain', ['2027-03-02T20:00:00+01:00', '2027-06-01T20:00:00+02:00']);
    const cancelled = await event('Annulé', ['2027-03-03T20:00:00+01:00']);
    await api('patch', `/events/${cancelled.id}/dates/${cancelled.dates[0].id}`).send({ status: 'cancelled' }).expect(200);
    await api('post', '/events')
      .send({ name: 'Sans date', kind: 'multi', dates: [], zones: [{ name: 'Salle', capacity: 1 }], prices: [{ name: 'Libre', kind: 'free' }] })
      .expect(201);
    await api('post', '/events')
      .send({
        name: 'Brouillon',
        dates: [{ startsAt: '2027-03-10T20:00:00+01:00' }],
        zones: [{ name: 'Salle', capacity: 1 }],
        prices: [{ name: 'Libre', kind: 'free' }],
      })
      .expect(201);
    await event('Même jour B', ['2027-05-01T20:00:00+02:00']);
    await event('Même jour A', ['2027-05-01T20:00:00+02:00']);
  });
  afterAll(() => t.close());

  const upcoming = ['Demain', 'Brouillon', 'Reprise', 'Dans un mois'];
  const sameDay = () => [...['Même jour B', 'Même jour A'].sort((a, b) => (ids[a] < ids[b] ? -1 : 1))];

  it('lists the backoffice’s events by next date, then those without a date, then past ones latest first — page by page', async () => {
    const expected = [...upcoming, ...sameDay(), 'Sans date', 'Annulé', 'Passé récent', 'Passé ancien'];
    const url = `/api/v1/ticketings/${tenant.ticketingId}/events`;
    expect(await pages(url, {}, 200)).toEqual(expected);
    for (const limit of [1, 2, 3]) expect(await pages(url, {}, limit)).toEqual(expected);
    expect(await pages(url, { when: 'upcoming' }, 2)).toEqual([...upcoming, ...sameDay(), 'Sans date']);
    expect(await pages(url, { when: 'past' }, 2)).toEqual(['Annulé', 'Passé récent', 'Passé ancien']);
    const bad = await t.http().get(url).set('authorization', `Bearer ${tenant.token}`).query({ when: 'soon' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['when']);
  });

  it('keeps a listing stable while time passes between its pages', async () => {
    const url = `/api/v1/ticketings/${tenant.ticketingId}/events`;
    const first = await t.http().get(url).set('authorization', `Bearer ${tenant.token}`).query({ limit: 2 }).expect(200);
    clock.set(new Date('2027-03-05T10:00:00Z')); // "Demain" is now past
    try {
      const rest = await pages(url, {}, 200);
      expect(rest[0]).toBe('Brouillon');
      const next = await t.http().get(url).set('authorization', `Bearer ${tenant.token}`).query({ limit: 200, cursor: first.body.nextCursor }).expect(200);
      expect([...first.body.items, ...next.body.items].map((e: { name: string }) => e.name)).toEqual([
        ...upcoming,
        ...sameDay(),
        'Sans date',
        'Annulé',
        'Passé récent',
        'Passé ancien',
      ]);
    } finally {
      clock.set(new Date('2027-03-01T10:00:00Z'));
    }
  });

  it('lists in the shop only published events with a date to come, soonest first, counting those dates', async () => {
    const names = await pages(`/api/v1/shop/${tenant.slug}/events`, {}, 2);
    expect(names).toEqual(['Demain', 'Reprise', 'Dans un mois', ...sameDay()]);
    const { body } = await t.http().get(`/api/v1/shop/${tenant.slug}/events`).expect(200);
    expect(body.items.find((e: { name: string }) => e.name === 'Reprise')).toMatchObject({
      nextStartsAt: '2027-03-15T19:00:00.000Z',
      firstStartsAt: '2027-03-15T19:00:00.000Z',
      dateCount: 1,
      available: true,
      remaining: 10,
    });
  });

  it('counts a seated event’s free seats as places, in the shop and the backoffice', async () => {
    const seats = ['A', 'B'].flatMap((row, r) =>
      Array.from({ length: 10 }, (_, n) => ({ section: 'Parterre', row, number: String(n + 1), x: 10 + n * 10, y: 20 + r * 15, category: 'Catégorie 1' })),
    );
    const plan = await api('post', '/seating-plans').send({ name: 'Petite salle', width: 160, height: 100, seats }).expect(201);
    const seated = await event('Récital assis', ['2027-03-20T20:00:00+01:00', '2027-03-21T20:00:00+01:00'], {
      zones: [
        { name: 'Parterre', planId: plan.body.id, category: 'Catégorie 1' },
        { name: 'Debout', capacity: 5 },
      ],
    });
    // 20 seats of category 1 per date, and 5 standing places.
    await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts`)
      .send({ items: [{ dateId: seated.dates[0].id, zoneId: seated.zones[0].id, priceId: seated.prices[0].id, quantity: 3 }] })
      .expect(201);
    const shop = await t.http().get(`/api/v1/shop/${tenant.slug}/events`).query({ limit: 200 }).expect(200);
    expect(shop.body.items.find((e: { id: string }) => e.id === seated.id)).toMatchObject({ available: true, remaining: 2 * 25 - 3 });
    const back = await api('get', '/events').query({ limit: 200 }).expect(200);
    expect(back.body.items.find((e: { id: string }) => e.id === seated.id)).toMatchObject({
      capacity: 50,
      sold: 0,
      held: 3,
      blocked: 0,
      remaining: 47,
      nextStartsAt: '2027-03-20T19:00:00.000Z',
    });
    const detail = await api('get', `/events/${seated.id}`).expect(200);
    expect(detail.body.dates[0].availability).toEqual([
      { zoneId: seated.zones[0].id, capacity: 20, sold: 0, held: 3, blocked: 0, remaining: 17 },
      { zoneId: seated.zones[1].id, capacity: 5, sold: 0, held: 0, blocked: 0, remaining: 5 },
    ]);

    // Once the holds expire, the seats are free again everywhere.
    clock.set(new Date('2027-03-01T11:00:00Z'));
    try {
      const later = await t.http().get(`/api/v1/shop/${tenant.slug}/events`).query({ limit: 200 }).expect(200);
      expect(later.body.items.find((e: { id: string }) => e.id === seated.id).remaining).toBe(50);
    } finally {
      clock.set(new Date('2027-03-01T10:00:00Z'));
    }
  });

  it('says a sold-out event is unavailable, and hides the count when the organizer asks', async () => {
    const small = await event('Complet', ['2027-03-25T20:00:00+01:00'], { zones: [{ name: 'Salle', capacity: 1 }] });
    await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts`)
      .send({ items: [{ dateId: small.dates[0].id, zoneId: small.zones[0].id, priceId: small.prices[0].id, quantity: 1 }] })
      .expect(201);
    const shop = await t.http().get(`/api/v1/shop/${tenant.slug}/events`).query({ limit: 200 }).expect(200);
    expect(shop.body.items.find((e: { id: string }) => e.id === small.id)).toMatchObject({ available: false, remaining: 0 });
    await t
      .http()
      .put(`/api/v1/ticketings/${tenant.ticketingId}/shop-settings`)
      .set('authorization', `Bearer ${tenant.token}`)
      .send({ displayModes: ['list'], defaultDisplayMode: 'list', showRemaining: false })
      .expect(200);
    const hidden = await t.http().get(`/api/v1/shop/${tenant.slug}/events`).query({ limit: 200 }).expect(200);
    expect(hidden.body.items.every((e: { remaining: number | null }) => e.remaining === null)).toBe(true);
  });
});
