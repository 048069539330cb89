import { randomUUID } from 'node:crypto';
import { buy, signInMember, startTestApp, Tenant, TestApp } from '../../test/test-app';

/** Issue 12's door dashboard: expected, inside and entered per date and zone; scans, refusals, gates, devices, conflicts. */
describe('the door dashboard', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;

  const admin = (method: 'get' | 'post', path: string, tn: Tenant = tenant) =>
    t.http()[method](`/api/v1/ticketings/${tn.ticketingId}${path}`).set('authorization', `Bearer ${tn.token}`);
  const device = async (name: string, gate?: string) => (await admin('post', '/control-devices').send({ name, gate }).expect(201)).body.token as string;
  const scan = (token: string, code: string) => t.http().post('/api/v1/control/scans').set('authorization', `Bearer ${token}`).send({ code }).expect(200);
  const dashboard = (dateIds: string, token = tenant.token, tn: Tenant = tenant) =>
    t.http().get(`/api/v1/ticketings/${tn.ticketingId}/control/dashboard`).query({ dateIds }).set('authorization', `Bearer ${token}`);
  /** Paid tickets of a new event with two zones. */
  const event = async () => {
    const ev = (
      await admin('post', '/events')
        .send({
          name: `Soirée ${randomUUID().slice(0, 6)}`,
          status: 'published',
          dates: [{ startsAt: '2027-03-01T20:00:00+01:00' }],
          zones: [
            { name: 'Parterre', capacity: 50 },
            { name: 'Balcon', capacity: 50 },
          ],
          prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 3000, currency: 'CHF' }] }],
        })
        .expect(201)
    ).body;
    const sell = async (zone: number, quantity: number) => {
      const { body } = await buy(t, tenant, { dateId: ev.dates[0].id, zoneId: ev.zones[zone].id, priceId: ev.prices[0].id }, quantity);
      await admin('post', `/orders/${body.orderId}/payment`).send({ method: 'cash' }).expect(200);
      const order = (await admin('get', `/orders/${body.orderId}`).expect(200)).body;
      return (order.tickets as { id: string; code: string; barcode: string }[]).map((x) => ({
        ...x,
        orderId: order.id as string,
        orderNumber: order.number as string,
      }));
    };
    return { dateId: ev.dates[0].id as string, zones: ev.zones as { id: string }[], sell };
  };

  beforeAll(async () => {
    t = await startTestApp({ label: 'dashboard' });
    tenant = await t.createTenant('dashboard');
    other = await t.createTenant('dashboard-other');
  });
  afterAll(() => t.close());

  it('counts per date and zone, per minute, refusals by reason, and per gate and device — never another date’s scans', async () => {
    const night = await event();
    const elsewhere = await event();
    const parterre = await night.sell(0, 3);
    const balcon = await night.sell(1, 2);
    const other = await elsewhere.sell(0, 1);
    const north = await device('Nord 1', 'Nord');
    const south = await device('Sud 1', 'Sud');
    await device('Réserve');
    for (const x of parterre.slice(0, 2)) expect((await scan(north, x.code)).body.result).toBe('accepted');
    expect((await scan(south, balcon[0].barcode)).body.result).toBe('accepted');
    expect((await scan(south, parterre[0].code)).body.result).toBe('already_used');
    expect((await scan(north, 'not a ticket')).body.result).toBe('unknown');
    await scan(north, other[0].code); // another date: not counted below

    const body = (await dashboard(night.dateId).expect(200)).body;
    expect(body.dates).toEqual([
      expect.objectContaining({
        dateId: night.dateId,
        tickets: 5,
        inside: 3,
        entered: 3,
        zones: [
          { zoneId: night.zones[0].id, zoneName: 'Parterre', tickets: 3, inside: 2, entered: 2 },
          { zoneId: night.zones[1].id, zoneName: 'Balcon', tickets: 2, inside: 1, entered: 1 },
        ],
      }),
    ]);
    expect(body.refusals).toEqual([
      { result: 'already_used', count: 1 },
      { result: 'unknown', count: 1 },
    ]);
    const perMinute = body.scansPerMinute as { accepted: number; refused: number }[];
    expect(perMinute.reduce((n, m) => n + m.accepted, 0)).toBe(3);
    expect(perMinute.reduce((n, m) => n + m.refused, 0)).toBe(2);
    const byName = Object.fromEntries((body.devices as { name: string }[]).map((d) => [d.name, d]));
    expect(byName['Nord 1']).toMatchObject({ gate: 'Nord', online: true, accepted: 2, refused: 1 });
    expect(byName['Sud 1']).toMatchObject({ gate: 'Sud', online: true, accepted: 1, refused: 1 });
    expect(byName['Réserve']).toMatchObject({ gate: null, online: false, accepted: 0, refused: 0, lastSeenAt: null });
    expect(body.gates).toEqual([
      { gate: 'Nord', devices: 1, online: 1, accepted: 2, refused: 1 },
      { gate: 'Sud', devices: 1, online: 1, accepted: 1, refused: 1 },
      { gate: null, devices: 1, online: 0, accepted: 0, refused: 0 },
    ]);
    expect(body.conflicts).toEqual([]);
  });

  it('lists the tickets two devices admitted offline, with both admissions', async () => {
    const night = await event();
    const [ticket] = await night.sell(0, 1);
    const upload = (token: string, at: string) =>
      t
        .http()
        .post('/api/v1/control/offline-scans')
        .set('authorization', `Bearer ${token}`)
        .send({ scans: [{ nonce: randomUUID(), code: ticket.code, at, result: 'accepted' }] })
        .expect(200);
    await upload(await device('Est 1', 'Est'), '2026-12-01T19:30:00.000Z');
    await upload(await device('Est 2', 'Est'), '2026-12-01T19:31:00.000Z');
    const body = (await dashboard(night.dateId).expect(200)).body;
    expect(body.conflicts).toEqual([
      {
        ticketId: ticket.id,
        orderId: ticket.orderId,
        orderNumber: ticket.orderNumber,
        place: 'Parterre',
        scans: [
          { deviceName: 'Est 1', at: '2026-12-01T19:30:00.000Z', offline: true, conflict: false },
          { deviceName: 'Est 2', at: '2026-12-01T19:31:00.000Z', offline: true, conflict: true },
        ],
      },
    ]);
  });

  it('is read by the control role, refuses another ticketing’s date naming dateIds, and keeps to its ticketing', async () => {
    const night = await event();
    const control = await signInMember(t, tenant, 'control');
    // A date with no ticket sold yet: its zones, at zero.
    expect((await dashboard(night.dateId, control).expect(200)).body.dates).toEqual([
      expect.objectContaining({
        tickets: 0,
        inside: 0,
        zones: [expect.objectContaining({ zoneName: 'Parterre', tickets: 0 }), expect.objectContaining({ zoneName: 'Balcon' })],
      }),
    ]);
    const ticketOffice = await signInMember(t, tenant, 'ticket_office');
    expect((await dashboard(night.dateId, ticketOffice).expect(403)).body.code).toBe('FORBIDDEN');
    const refused = await dashboard(night.dateId, other.token, other).expect(400);
    expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'dateIds' }] });
    expect((await dashboard('tonight').expect(400)).body.errors[0].field).toBe('dateIds');
    expect((await dashboard(night.dateId, other.token).expect(404)).body.code).toBe('TICKETING_NOT_FOUND');
  });
});
