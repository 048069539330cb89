import { FixedClock } from '../../platform/clock/clock';
import { pdfPages } from '../../test/pdf';
import { buy, startTestApp, Tenant, TestApp } from '../../test/test-app';

/** ORD-5: attendee data asked by a price, answered per ticket through an expiring personalisation link, printed on the ticket — against PostgreSQL. */
describe('personalisation', () => {
  let t: TestApp;
  let tenant: Tenant;
  const clock = new FixedClock(new Date('2026-12-01T10:00:00Z'));

  const api = (method: 'get' | 'post', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`);
  const shop = (method: 'get' | 'put', orderId: string, token: string) =>
    t.http()[method](`/api/v1/shop/${tenant.slug}/orders/${orderId}/personalisation`).query({ token });
  const FIELDS = [
    { key: 'name', label: 'Nom du participant', kind: 'text', required: true },
    { key: 'meal', label: 'Repas', kind: 'choice', required: true, options: ['Viande', 'Végétarien'] },
    { key: 'age', label: 'Âge', kind: 'number', required: false },
    { key: 'born', label: 'Naissance', kind: 'date', required: false },
    { key: 'photos', label: 'Photos acceptées', kind: 'checkbox', required: false },
  ];

  const personalEvent = async () => {
    const body = (
      await api('post', '/events')
        .send({
          name: 'Gala',
          status: 'published',
          dates: [{ startsAt: '2027-03-01T19:00:00+01:00' }],
          zones: [{ name: 'Salle', capacity: 50 }],
          prices: [
            { name: 'Nominatif', kind: 'fixed', amounts: [{ amount: 8000, currency: 'CHF' }], attendeeFields: FIELDS },
            { name: 'Anonyme', kind: 'fixed', amounts: [{ amount: 5000, currency: 'CHF' }] },
          ],
        })
        .expect(201)
    ).body;
    expect(body.prices[0].attendeeFields).toEqual(FIELDS);
    expect(body.prices[1].attendeeFields).toEqual([]);
    return { dateId: body.dates[0].id, zoneId: body.zones[0].id, personal: body.prices[0].id, plain: body.prices[1].id };
  };

  beforeAll(async () => {
    t = await startTestApp({ label: 'personalisation', clock });
    tenant = await t.createTenant('personalisation');
  });
  afterAll(() => t.close());

  it('refuses field definitions that cannot be answered', async () => {
    const res = await api('post', '/events')
      .send({
        name: 'Mauvais',
        dates: [{ startsAt: '2027-03-01T19:00:00+01:00' }],
        zones: [{ name: 'Salle', capacity: 5 }],
        prices: [
          {
            name: 'Nominatif',
            kind: 'free',
            attendeeFields: [
              { key: 'name', label: 'Nom', kind: 'text', required: true },
              { key: 'name', label: 'Repas', kind: 'choice', required: true },
            ],
          },
        ],
      })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['prices[0].attendeeFields[1].key', 'prices[0].attendeeFields[1].options']);
  });

  it('opens personalisation only when a ticket asks for attendee data', async () => {
    const ev = await personalEvent();
    const { body: plain } = await buy(t, tenant, { dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.plain }, 1);
    expect((await api('get', `/orders/${plain.orderId}`).expect(200)).body.actions.openPersonalisation).toEqual({ allowed: false, reason: 'NO_PERSONAL_DATA' });
    expect((await api('post', `/orders/${plain.orderId}/personalisation-link`).expect(409)).body.code).toBe('NO_PERSONAL_DATA');
  });

  it('lets the customer complete attendee data with the link, all or nothing, and prints it on the tickets', async () => {
    const ev = await personalEvent();
    const { body: placed } = await buy(t, tenant, { dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.personal }, 2);
    const order = (await api('get', `/orders/${placed.orderId}`).expect(200)).body;
    expect(order.actions.openPersonalisation).toEqual({ allowed: true, reason: null });
    const [a, b] = order.tickets;
    expect(a.attendee).toBeNull();

    const link = (await api('post', `/orders/${placed.orderId}/personalisation-link`).expect(200)).body;
    expect(link.url).toContain(`/shop/${tenant.slug}/orders/${placed.orderId}/personalisation?token=${link.token}`);
    expect(link.expiresAt).toBe('2026-12-31T10:00:00.000Z');
    const view = (await shop('get', placed.orderId, link.token).expect(200)).body;
    expect(view.tickets.map((tk: { id: string; complete: boolean }) => [tk.id, tk.complete])).toEqual([
      [a.id, false],
      [b.id, false],
    ]);
    expect(view.tickets[0].fields).toEqual(FIELDS);

    // Wrong answers: every one named, nothing saved.
    const wrong = await shop('put', placed.orderId, link.token)
      .send({
        tickets: [
          { ticketId: a.id, answers: { name: 'Ada', meal: 'Poisson', age: 'trente' } },
          { ticketId: b.id, answers: { meal: 'Viande', born: '31.12.1990' } },
        ],
      })
      .expect(422);
    expect(wrong.body.code).toBe('ATTENDEE_ANSWERS_INVALID');
    expect(wrong.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'tickets[0].answers.age',
      'tickets[0].answers.meal',
      'tickets[1].answers.born',
      'tickets[1].answers.name',
    ]);
    expect((await api('get', `/orders/${placed.orderId}`).expect(200)).body.tickets[0].attendee).toBeNull();

    const saved = (
      await shop('put', placed.orderId, link.token)
        .send({
          tickets: [
            { ticketId: a.id, answers: { name: ' Ada Lovelace ', meal: 'Végétarien', age: 36, photos: true } },
            { ticketId: b.id, answers: { name: 'Charles Babbage', meal: 'Viande', born: '1791-12-26' } },
          ],
        })
        .expect(200)
    ).body;
    expect(saved.tickets.every((tk: { complete: boolean }) => tk.complete)).toBe(true);
    const after = (await api('get', `/orders/${placed.orderId}`).expect(200)).body;
    expect(after.tickets[0].attendee).toEqual({ name: 'Ada Lovelace', meal: 'Végétarien', age: 36, photos: true });
    expect(after.history.at(-1)).toMatchObject({ action: 'orders.attendees.updated', actor: { kind: 'customer' }, data: { tickets: 2 } });

    const pdf = await api('get', `/orders/${placed.orderId}/tickets.pdf`)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const pages = pdfPages(pdf.body as Buffer);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toMatch(/Nom du participant\s+Ada Lovelace/);
    expect(pages[0]).toMatch(/Photos\s+acceptées\s+oui/);
    expect(pages[1]).toMatch(/Nom du participant\s+Charles Babbage/);

    // A reissued ticket keeps its holder's data.
    const reissued = (
      await api('post', `/orders/${placed.orderId}/tickets/operations`)
        .send({ operation: 'reissue', ticketIds: [a.id] })
        .expect(200)
    ).body;
    expect(reissued.tickets.find((tk: { status: string; id: string }) => tk.status === 'valid' && tk.id !== b.id).attendee.name).toBe('Ada Lovelace');
  });

  it('refuses a forged or expired link', async () => {
    const ev = await personalEvent();
    const { body: placed } = await buy(t, tenant, { dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.personal }, 1);
    const link = (await api('post', `/orders/${placed.orderId}/personalisation-link`).expect(200)).body;
    const [, until, mac] = link.token.split('.');
    expect((await shop('get', placed.orderId, `p1.${Number(until) + 86400}.${mac}`).expect(404)).body.code).toBe('ORDER_NOT_FOUND');
    expect((await shop('get', placed.orderId, 'l1.nope').expect(404)).body.code).toBe('ORDER_NOT_FOUND');
    clock.advance(31 * 24 * 3600 * 1000);
    try {
      expect((await shop('get', placed.orderId, link.token).expect(410)).body.code).toBe('PERSONALISATION_LINK_EXPIRED');
    } finally {
      clock.advance(-31 * 24 * 3600 * 1000);
    }
  });
});
