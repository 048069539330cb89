import { startTestApp, Tenant, TestApp } from '../../test/test-app';

/** A new event is a draft; "Publier" puts it in the shop once it can sell something. */
describe('draft first, then publish', () => {
  let t: TestApp;
  let tenant: Tenant;

  const api = (method: 'get' | 'post' | 'patch', path: string) =>
    t.http()[method](`/api/v1/ticketings/${tenant.ticketingId}${path}`).set('authorization', `Bearer ${tenant.token}`);
  const draft = (overrides: object = {}) =>
    api('post', '/events')
      .send({
        name: 'Première',
        dates: [{ startsAt: '2027-05-01T20:00:00+02:00' }],
        zones: [{ name: 'Salle', capacity: 10 }],
        prices: [{ name: 'Plein tarif', kind: 'fixed', amounts: [{ amount: 2000, currency: 'CHF' }] }],
        ...overrides,
      })
      .expect(201);

  beforeAll(async () => {
    t = await startTestApp({ label: 'publishing' });
    tenant = await t.createTenant('publishing');
  });
  afterAll(() => t.close());

  it('creates a draft the shop does not show, and publishes it on request', async () => {
    const { body: event } = await draft();
    expect(event.status).toBe('draft');
    await t.http().get(`/api/v1/shop/${tenant.slug}/events/${event.id}`).expect(404);
    const cart = await t
      .http()
      .post(`/api/v1/shop/${tenant.slug}/carts`)
      .send({ items: [{ dateId: event.dates[0].id, zoneId: event.zones[0].id, priceId: event.prices[0].id, quantity: 1 }] })
      .expect(422);
    expect(cart.body.code).toBe('SALE_LINE_INVALID');

    const published = await api('post', `/events/${event.id}/publish`).expect(200);
    expect(published.body.status).toBe('published');
    await t.http().get(`/api/v1/shop/${tenant.slug}/events/${event.id}`).expect(200);
    // Publishing twice changes nothing.
    await api('post', `/events/${event.id}/publish`).expect(200);

    const unpublished = await api('post', `/events/${event.id}/unpublish`).expect(200);
    expect(unpublished.body.status).toBe('draft');
    await t.http().get(`/api/v1/shop/${tenant.slug}/events/${event.id}`).expect(404);
  });

  it('refuses to publish an event with no date to sell, naming what is missing', async () => {
    const { body: event } = await draft({ kind: 'multi', dates: [] });
    const refused = await api('post', `/events/${event.id}/publish`).expect(422);
    expect(refused.body).toMatchObject({ code: 'EVENT_NOT_PUBLISHABLE', missing: ['dates'] });
    expect(refused.body.errors).toEqual([{ field: 'dates', message: 'add a scheduled date before publishing' }]);
    const patched = await api('patch', `/events/${event.id}`).send({ status: 'published' }).expect(422);
    expect(patched.body.code).toBe('EVENT_NOT_PUBLISHABLE');
    const created = await api('post', '/events')
      .send({
        name: 'Sans date',
        status: 'published',
        kind: 'multi',
        dates: [],
        zones: [{ name: 'Salle', capacity: 1 }],
        prices: [{ name: 'Libre', kind: 'free' }],
      })
      .expect(422);
    expect(created.body.missing).toEqual(['dates']);

    // A cancelled date sells nothing either.
    const { body: single } = await draft();
    await api('patch', `/events/${single.id}/dates/${single.dates[0].id}`).send({ status: 'cancelled' }).expect(200);
    expect((await api('post', `/events/${single.id}/publish`).expect(422)).body.missing).toEqual(['dates']);

    await api('post', `/events/${event.id}/dates`)
      .send({ dates: [{ startsAt: '2027-05-02T20:00:00+02:00' }] })
      .expect(200);
    expect((await api('post', `/events/${event.id}/publish`).expect(200)).body.status).toBe('published');
  });

  it('takes an empty PATCH as no change (not a 500)', async () => {
    const { body: event } = await draft();
    expect((await api('patch', `/events/${event.id}`).send({}).expect(200)).body.name).toBe('Première');
    await api('patch', `/events/${event.id}/zones/${event.zones[0].id}`).send({}).expect(200);
    await api('patch', `/events/${event.id}/prices/${event.prices[0].id}`).send({}).expect(200);
    await api('patch', `/events/${event.id}/dates/${event.dates[0].id}`).send({}).expect(200);
  });

  it('still creates a published event when the request asks for it', async () => {
    const { body } = await draft({ status: 'published' });
    expect(body.status).toBe('published');
  });
});
