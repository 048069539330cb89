import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { startTestApp, Tenant, TestApp } from '../../test/test-app';

/** CAT-7 and CAT-8: duplicating events here, as a series, and to another ticketing of the organizer. */
describe('event duplication', () => {
  let t: TestApp;
  let tenant: Tenant;
  let eventId: string;

  const api = (method: 'get' | 'post' | 'patch', path: string, who = tenant) =>
    t.http()[method](`/api/v1/ticketings/${who.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`);

  beforeAll(async () => {
    t = await startTestApp({ label: 'dup' });
    tenant = await t.createTenant('dup');
    const created = await api('post', '/events')
      .send({
        status: 'published',
        name: 'Festival 2026',
        description: 'Trois soirs dans la cour',
        venue: 'Cour du château',
        subjectToEntertainmentTax: true,
        dates: [{ startsAt: '2026-07-01T20:00:00+02:00' }, { startsAt: '2026-07-02T20:00:00+02:00' }],
        zones: [
          { name: 'Fosse', capacity: 300 },
          { name: 'Gradins', capacity: 120 },
        ],
        prices: [
          {
            name: 'Plein tarif',
            kind: 'fixed',
            amounts: [
              { amount: 4000, currency: 'CHF' },
              { amount: 4200, currency: 'EUR' },
            ],
          },
          { name: 'Membres', kind: 'fixed', visibility: 'pass_only', amounts: [{ amount: 3000, currency: 'CHF' }] },
        ],
      })
      .expect(201);
    eventId = created.body.id;
    const gradins = created.body.zones.find((z: { name: string }) => z.name === 'Gradins').id;
    await api('patch', `/events/${eventId}/prices/${created.body.prices[1].id}`)
      .send({ zoneIds: [gradins], dateIds: [created.body.dates[0].id] })
      .expect(200);
  });
  afterAll(() => t.close());

  it('copies an event once with new dates and a new name, keeping everything else', async () => {
    const res = await api('post', `/events/${eventId}/duplicates`)
      .send({
        mode: 'once',
        name: 'Festival 2027',
        dates: [{ startsAt: '2027-07-01T20:00:00+02:00' }, { startsAt: '2027-07-02T20:00:00+02:00' }, { startsAt: '2027-07-03T20:00:00+02:00' }],
      })
      .expect(201);
    expect(res.body.ticketingId).toBe(tenant.ticketingId);
    expect(res.body.events).toHaveLength(1);
    const copy = (await api('get', `/events/${res.body.events[0].id}`).expect(200)).body;
    expect(copy).toMatchObject({
      name: 'Festival 2027',
      description: 'Trois soirs dans la cour',
      venue: 'Cour du château',
      subjectToEntertainmentTax: true,
      kind: 'multi',
    });
    expect(copy.dates.map((d: { startsAt: string }) => d.startsAt)).toEqual([
      '2027-07-01T18:00:00.000Z',
      '2027-07-02T18:00:00.000Z',
      '2027-07-03T18:00:00.000Z',
    ]);
    expect(copy.zones.map((z: { name: string; capacity: number }) => [z.name, z.capacity])).toEqual([
      ['Fosse', 300],
      ['Gradins', 120],
    ]);
    expect(copy.prices.map((p: { name: string; amounts: unknown; visibility: string }) => [p.name, p.visibility, p.amounts])).toEqual([
      [
        'Plein tarif',
        'public',
        [
          { amount: 4000, currency: 'CHF' },
          { amount: 4200, currency: 'EUR' },
        ],
      ],
      ['Membres', 'pass_only', [{ amount: 3000, currency: 'CHF' }]],
    ]);
    const gradins = copy.zones.find((z: { name: string }) => z.name === 'Gradins').id;
    expect(copy.prices[1]).toMatchObject({ zoneIds: [gradins], dateIds: null });
    expect(copy.dates.every((d: { availability: { sold: number }[] }) => d.availability.every((a) => a.sold === 0))).toBe(true);
  });

  it('copies an event as a weekly series of single-date events', async () => {
    const res = await api('post', `/events/${eventId}/duplicates`)
      .send({
        mode: 'recurring',
        name: 'Jeudi jazz',
        recurrence: { firstStartsAt: '2027-03-18T20:00:00+01:00', durationMinutes: 120, every: 'week', until: '2027-04-08' },
      })
      .expect(201);
    expect(res.body.events.map((e: { firstStartsAt: string; kind: string; name: string }) => [e.name, e.kind, e.firstStartsAt])).toEqual([
      ['Jeudi jazz', 'single', '2027-03-18T19:00:00.000Z'],
      ['Jeudi jazz', 'single', '2027-03-25T19:00:00.000Z'],
      ['Jeudi jazz', 'single', '2027-04-01T18:00:00.000Z'],
      ['Jeudi jazz', 'single', '2027-04-08T18:00:00.000Z'],
    ]);
    const one = (await api('get', `/events/${res.body.events[0].id}`).expect(200)).body;
    expect(one.dates[0].endsAt).toBe('2027-03-18T21:00:00.000Z');
  });

  it('needs the dates or the series it is asked for', async () => {
    const noDates = await api('post', `/events/${eventId}/duplicates`).send({ mode: 'once' }).expect(400);
    expect(noDates.body.errors).toEqual([{ field: 'dates', message: 'give the dates of the copy' }]);
    const tooMany = await api('post', `/events/${eventId}/duplicates`)
      .send({ mode: 'recurring', recurrence: { firstStartsAt: '2027-01-01T20:00:00+01:00', every: 'day', until: '2030-01-01' } })
      .expect(400);
    expect(tooMany.body.errors[0].field).toBe('recurrence.until');
  });

  it('copies to another ticketing of the same organizer, never to another organizer’s', async () => {
    const tenancy = t.app.get(TenancyService);
    const me = await t.sql.query(`SELECT u.id, u.organizer_id FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.ticketing_id = $1`, [
      tenant.ticketingId,
    ]);
    const sibling = await tenancy.createTicketing({
      organizerId: me.rows[0].organizer_id,
      slug: `sibling-${process.pid}`,
      name: 'Saison 2027',
      adminUserId: me.rows[0].id,
    });
    const res = await api('post', `/events/${eventId}/duplicates`)
      .send({ mode: 'once', dates: [{ startsAt: '2027-07-01T20:00:00+02:00' }], targetTicketingId: sibling.id })
      .expect(201);
    expect(res.body.ticketingId).toBe(sibling.id);
    const there = await api('get', `/events/${res.body.events[0].id}`, { ...tenant, ticketingId: sibling.id }).expect(200);
    expect(there.body.name).toBe('Festival 2026');
    expect(there.body.prices).toHaveLength(2);
    const notHere = await api('get', `/events/${res.body.events[0].id}`).expect(404);
    expect(notHere.body.code).toBe('EVENT_NOT_FOUND');

    const stranger = await t.createTenant('dup-stranger');
    const before = (await t.sql.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n;
    const refused = await api('post', `/events/${eventId}/duplicates`)
      .send({ mode: 'once', dates: [{ startsAt: '2027-07-01T20:00:00+02:00' }], targetTicketingId: stranger.ticketingId })
      .expect(404);
    expect(refused.body.code).toBe('TICKETING_NOT_FOUND');
    // Even as an admin there, another organizer's ticketing is out of reach.
    await tenancy.addMember(me.rows[0].id, stranger.scope, 'admin');
    await api('post', `/events/${eventId}/duplicates`)
      .send({ mode: 'once', dates: [{ startsAt: '2027-07-01T20:00:00+02:00' }], targetTicketingId: stranger.ticketingId })
      .expect(404);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM events`)).rows[0].n).toBe(before);
  });
});
