import type { QueryRunner } from 'typeorm';
import { OrderSearchIndexes1796176800000 } from '../../platform/database/migrations/1796176800000-order-search-indexes';
import type { Role } from '../../platform/tenancy/entities/membership.entity';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { startTestApp, Tenant, TestApp } from '../../test/test-app';

type Ev = { eventId: string; dateId: string; zoneId: string; priceId: string };
type Customer = { firstName: string; lastName: string; email: string };

describe('customers, order contact (ORD-3) and comments (ORD-10)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let ev: Ev;
  let otherEv: Ev;

  const api = (who: Tenant = tenant) => {
    const auth = (r: ReturnType<ReturnType<TestApp['http']>['get']>) => r.set('authorization', `Bearer ${who.token}`);
    const base = `/api/v1/ticketings/${who.ticketingId}`;
    return {
      get: (path: string, query: Record<string, string | number> = {}) => auth(t.http().get(`${base}${path}`)).query(query),
      post: (path: string, body: object) => auth(t.http().post(`${base}${path}`)).send(body),
      put: (path: string, body: object) => auth(t.http().put(`${base}${path}`)).send(body),
      patch: (path: string, body: object) => auth(t.http().patch(`${base}${path}`)).send(body),
      delete: (path: string) => auth(t.http().delete(`${base}${path}`)),
    };
  };

  let members = 0;
  /** A colleague in the tenant's ticketing with this role, signed in. */
  async function member(role: Role, name: string): Promise<Tenant> {
    const tenancy = t.app.get(TenancyService);
    const [{ organizer_id }] = (await t.sql.query(`SELECT organizer_id FROM ticketings WHERE id = $1`, [tenant.ticketingId])).rows;
    const email = `${role}-${++members}-${process.pid}@customers.test`;
    const user = await tenancy.createUser({ organizerId: organizer_id, email, name, password: 'secret-password' });
    await tenancy.addMember(user.id, tenant.scope, role);
    const login = await t.http().post('/api/v1/auth/login').send({ email, password: 'secret-password' }).expect(200);
    return { ...tenant, token: login.body.accessToken };
  }

  async function buyAs(who: Tenant, e: Ev, customer: Customer) {
    const cart = await t
      .http()
      .post(`/api/v1/shop/${who.slug}/carts`)
      .send({ items: [{ dateId: e.dateId, zoneId: e.zoneId, priceId: e.priceId, quantity: 1 }] })
      .expect(201);
    const res = await t.http().post(`/api/v1/shop/${who.slug}/carts/${cart.body.id}/checkout`).send({ customer, paymentMethod: 'on_site' }).expect(201);
    return res.body.orderId as string;
  }
  const customerIdOf = async (orderId: string, who: Tenant = tenant) =>
    (await api(who).get(`/orders/${orderId}`).expect(200)).body.customer.customerId as string;

  beforeAll(async () => {
    t = await startTestApp({ label: 'customers' });
    tenant = await t.createTenant('customers');
    other = await t.createTenant('customers-other');
    ev = await t.createEvent(tenant, { capacity: 50 });
    otherEv = await t.createEvent(other, { capacity: 50 });
  });
  afterAll(() => t.close());

  it('makes one customer per email whatever its case, links every order to it, and lists them on its page', async () => {
    const first = await buyAs(tenant, ev, { firstName: 'Colette', lastName: 'Gabrielle', email: 'Colette@Example.ch' });
    const second = await buyAs(tenant, ev, { firstName: 'Colette', lastName: 'G.', email: 'colette@example.CH' });
    const id = await customerIdOf(first);
    expect(id).toBeTruthy();
    expect(await customerIdOf(second)).toBe(id);
    const customer = (await api().get(`/customers/${id}`).expect(200)).body;
    expect(customer).toMatchObject({ id, email: 'colette@example.ch', firstName: 'Colette', lastName: 'Gabrielle', orderCount: 2, notes: '' });
    expect(customer.orders.map((o: { id: string }) => o.id)).toEqual([second, first]);
    // The same email in another ticketing is another customer.
    const elsewhere = await buyAs(other, otherEv, { firstName: 'Colette', lastName: 'Gabrielle', email: 'colette@example.ch' });
    expect(await customerIdOf(elsewhere, other)).not.toBe(id);
    expect((await api().get(`/customers`, { q: 'colette' }).expect(200)).body).toMatchObject({ total: 1, items: [{ id, orderCount: 2 }] });
    expect((await api().get(`/customers`, { q: 'COLETTE@EXAMPLE.CH' }).expect(200)).body.items.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await api().get(`/customers`, { q: 'abrie' }).expect(200)).body.items.map((c: { id: string }) => c.id)).toEqual([id]);
  });

  it('edits a customer, refuses another customer’s email, and never reaches another ticketing’s', async () => {
    const orderId = await buyAs(tenant, ev, { firstName: 'Boris', lastName: 'Vian', email: 'boris@example.ch' });
    const id = await customerIdOf(orderId);
    await buyAs(tenant, ev, { firstName: 'Raymond', lastName: 'Queneau', email: 'raymond@example.ch' });
    const edited = await api()
      .patch(`/customers/${id}`, { firstName: 'Boris ', email: 'Boris.Vian@Example.ch', phone: '+41 79 123 45 67', notes: 'Préfère le balcon' })
      .expect(200);
    expect(edited.body).toMatchObject({
      firstName: 'Boris',
      lastName: 'Vian',
      email: 'boris.vian@example.ch',
      phone: '+41 79 123 45 67',
      notes: 'Préfère le balcon',
    });
    const taken = await api().patch(`/customers/${id}`, { email: 'RAYMOND@example.ch' }).expect(409);
    expect(taken.body.code).toBe('CUSTOMER_EMAIL_TAKEN');
    const bad = await api().patch(`/customers/${id}`, { email: 'not an email', phone: 'call me' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'phone']);
    expect((await api().get(`/customers/${id}`).expect(200)).body.email).toBe('boris.vian@example.ch');
    // The order keeps the contact it was placed with.
    expect((await api().get(`/orders/${orderId}`).expect(200)).body.customer.email).toBe('boris@example.ch');
    expect((await api(other).get(`/customers/${id}`).expect(404)).body.code).toBe('CUSTOMER_NOT_FOUND');
    expect((await api(other).patch(`/customers/${id}`, { notes: 'x' }).expect(404)).body.code).toBe('CUSTOMER_NOT_FOUND');
    expect((await api(other).get(`/customers`, { q: 'boris' }).expect(200)).body.items).toEqual([]);
  });

  it('corrects an order’s contact, logs before and after with the actor, and moves the order to that email’s customer', async () => {
    const orderId = await buyAs(tenant, ev, { firstName: 'Gorges', lastName: 'Perec', email: 'georges@exmaple.ch' });
    const typo = await customerIdOf(orderId);
    const res = await api()
      .put(`/orders/${orderId}/contact`, { firstName: 'Georges', lastName: 'Perec', email: 'Georges@Example.ch', mobile: '+41 79 000 11 22' })
      .expect(200);
    expect(res.body.customer).toMatchObject({ firstName: 'Georges', lastName: 'Perec', email: 'georges@example.ch', mobile: '+41 79 000 11 22' });
    expect(res.body.customer.customerId).not.toBe(typo);
    const entry = res.body.history.find((h: { action: string }) => h.action === 'orders.contact.changed');
    expect(entry.actor.kind).toBe('user');
    expect(entry.actor.label).toBeTruthy();
    expect(entry.data).toEqual({
      before: { firstName: 'Gorges', lastName: 'Perec', email: 'georges@exmaple.ch', mobile: null },
      after: { firstName: 'Georges', lastName: 'Perec', email: 'georges@example.ch', mobile: '+41 79 000 11 22' },
    });
    const customer = (await api().get(`/customers/${res.body.customer.customerId}`).expect(200)).body;
    expect(customer.orders.map((o: { id: string }) => o.id)).toEqual([orderId]);
    // The same contact again changes nothing and logs nothing.
    const again = await api()
      .put(`/orders/${orderId}/contact`, { firstName: 'Georges', lastName: 'Perec', email: 'georges@example.ch', mobile: '+41 79 000 11 22' })
      .expect(200);
    expect(again.body.history.filter((h: { action: string }) => h.action === 'orders.contact.changed')).toHaveLength(1);
    // Bad input names its fields and writes nothing.
    const bad = await api().put(`/orders/${orderId}/contact`, { firstName: ' ', lastName: 'Perec', email: 'georges', mobile: 'abc' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'firstName', 'mobile']);
    expect((await api().get(`/orders/${orderId}`).expect(200)).body.customer.firstName).toBe('Georges');
    expect((await api(other).put(`/orders/${orderId}/contact`, { firstName: 'X', lastName: 'Y', email: 'x@y.ch' }).expect(404)).body.code).toBe(
      'ORDER_NOT_FOUND',
    );
  });

  it('shows a buyer comment on every order of that buyer, a purchase comment on its order only, each with author and time', async () => {
    const buyer = { firstName: 'Nathalie', lastName: 'Sarraute', email: 'nathalie@example.ch' };
    const first = await buyAs(tenant, ev, buyer);
    const second = await buyAs(tenant, ev, buyer);
    const aboutBuyer = await api().post(`/orders/${first}/comments`, { about: 'buyer', body: 'Fauteuil roulant : prévoir une place accessible' }).expect(201);
    expect(aboutBuyer.body).toMatchObject({ about: 'buyer', orderId: null, body: 'Fauteuil roulant : prévoir une place accessible', author: { kind: 'user' } });
    expect(Date.parse(aboutBuyer.body.at)).not.toBeNaN();
    await api().post(`/orders/${second}/comments`, { about: 'order', body: 'Remboursé en espèces au guichet' }).expect(201);
    const bodies = async (orderId: string) => (await api().get(`/orders/${orderId}/comments`).expect(200)).body.map((c: { body: string }) => c.body);
    expect(await bodies(first)).toEqual(['Fauteuil roulant : prévoir une place accessible']);
    expect(await bodies(second)).toEqual(['Fauteuil roulant : prévoir une place accessible', 'Remboursé en espèces au guichet']);
    // A buyer comment written on the customer page shows on their orders too; the customer page lists buyer comments only.
    const id = await customerIdOf(first);
    await api().post(`/customers/${id}/comments`, { body: 'Abonnée depuis 2019' }).expect(201);
    expect(await bodies(first)).toEqual(['Fauteuil roulant : prévoir une place accessible', 'Abonnée depuis 2019']);
    const customer = (await api().get(`/customers/${id}`).expect(200)).body;
    expect(customer.comments.map((c: { body: string }) => c.body)).toEqual(['Fauteuil roulant : prévoir une place accessible', 'Abonnée depuis 2019']);
    // Another buyer's order shows none of it.
    const stranger = await buyAs(tenant, ev, { firstName: 'Louis', lastName: 'Aragon', email: 'louis@example.ch' });
    expect(await bodies(stranger)).toEqual([]);
    // Bad input and other tenants.
    const bad = await api().post(`/orders/${first}/comments`, { about: 'everyone', body: '   ' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['about', 'body']);
    expect((await api(other).get(`/orders/${first}/comments`).expect(404)).body.code).toBe('ORDER_NOT_FOUND');
    expect((await api(other).post(`/orders/${first}/comments`, { about: 'order', body: 'x' }).expect(404)).body.code).toBe('ORDER_NOT_FOUND');
    expect((await api(other).post(`/customers/${id}/comments`, { body: 'x' }).expect(404)).body.code).toBe('CUSTOMER_NOT_FOUND');
    const stored = await t.sql.query(`SELECT count(*)::int AS n FROM order_comments WHERE ticketing_id = $1`, [other.ticketingId]);
    expect(stored.rows[0].n).toBe(0);
  });

  type Entry = { action: string; actor: { label: string }; data: Record<string, unknown> };
  const historyOf = async (orderId: string, action: string) =>
    ((await api().get(`/orders/${orderId}`).expect(200)).body.history as Entry[]).filter((h) => h.action === action);
  const commentBodies = async (orderId: string, who: Tenant = tenant) =>
    (await api(who).get(`/orders/${orderId}/comments`).expect(200)).body.map((c: { body: string }) => c.body);

  it('lets the author edit then delete a comment on a purchase, each logged with its text in the order’s history', async () => {
    const orderId = await buyAs(tenant, ev, { firstName: 'Marguerite', lastName: 'Duras', email: 'marguerite@example.ch' });
    const office = await member('ticket_office', 'Léa Guichet');
    const added = await api(office).post(`/orders/${orderId}/comments`, { about: 'order', body: 'Payé en espèces' }).expect(201);
    expect(added.body.author).toMatchObject({ kind: 'user', label: 'Léa Guichet' });
    expect(added.body.author.id).toBeTruthy();

    const edited = await api(office).patch(`/comments/${added.body.id}`, { body: '  Payé en espèces, reçu remis  ' }).expect(200);
    expect(edited.body).toMatchObject({ id: added.body.id, about: 'order', orderId, body: 'Payé en espèces, reçu remis', author: added.body.author });
    expect(await commentBodies(orderId)).toEqual(['Payé en espèces, reçu remis']);
    const [log] = await historyOf(orderId, 'orders.comment.edited');
    expect(log.actor.label).toBe('Léa Guichet');
    expect(log.data).toEqual({
      commentId: added.body.id,
      about: 'order',
      author: 'Léa Guichet',
      before: 'Payé en espèces',
      after: 'Payé en espèces, reçu remis',
    });
    // The same text again changes and logs nothing.
    await api(office).patch(`/comments/${added.body.id}`, { body: 'Payé en espèces, reçu remis' }).expect(200);
    expect(await historyOf(orderId, 'orders.comment.edited')).toHaveLength(1);

    await api(office).delete(`/comments/${added.body.id}`).expect(204);
    expect(await commentBodies(orderId)).toEqual([]);
    const [deleted] = await historyOf(orderId, 'orders.comment.deleted');
    expect(deleted.data).toEqual({ commentId: added.body.id, about: 'order', author: 'Léa Guichet', body: 'Payé en espèces, reçu remis' });
    // Gone: a second edit or delete finds nothing.
    expect((await api(office).patch(`/comments/${added.body.id}`, { body: 'x' }).expect(404)).body.code).toBe('COMMENT_NOT_FOUND');
    expect((await api(office).delete(`/comments/${added.body.id}`).expect(404)).body.code).toBe('COMMENT_NOT_FOUND');
  });

  it('logs a buyer comment’s edit and deletion on every order of that buyer, and the customer page follows', async () => {
    const buyer = { firstName: 'Julien', lastName: 'Gracq', email: 'julien@example.ch' };
    const first = await buyAs(tenant, ev, buyer);
    const second = await buyAs(tenant, ev, buyer);
    const stranger = await buyAs(tenant, ev, { firstName: 'René', lastName: 'Char', email: 'rene@example.ch' });
    const id = await customerIdOf(first);
    const added = await api().post(`/customers/${id}/comments`, { body: 'Abonné' }).expect(201);

    await api().patch(`/comments/${added.body.id}`, { body: 'Abonné depuis 2020' }).expect(200);
    expect((await api().get(`/customers/${id}`).expect(200)).body.comments.map((c: { body: string }) => c.body)).toEqual(['Abonné depuis 2020']);
    for (const orderId of [first, second]) {
      expect(await commentBodies(orderId)).toEqual(['Abonné depuis 2020']);
      expect((await historyOf(orderId, 'orders.comment.edited')).map((h) => h.data)).toEqual([
        expect.objectContaining({ about: 'buyer', before: 'Abonné', after: 'Abonné depuis 2020' }),
      ]);
    }
    expect(await historyOf(stranger, 'orders.comment.edited')).toEqual([]);

    await api().delete(`/comments/${added.body.id}`).expect(204);
    expect((await api().get(`/customers/${id}`).expect(200)).body.comments).toEqual([]);
    for (const orderId of [first, second]) {
      expect(await commentBodies(orderId)).toEqual([]);
      expect((await historyOf(orderId, 'orders.comment.deleted')).map((h) => h.data)).toEqual([
        expect.objectContaining({ about: 'buyer', body: 'Abonné depuis 2020' }),
      ]);
    }
    expect(await historyOf(stranger, 'orders.comment.deleted')).toEqual([]);
  });

  it('leaves a comment to its author and the admins: another colleague is refused, the roles that cannot comment too', async () => {
    const orderId = await buyAs(tenant, ev, { firstName: 'Colette', lastName: 'Willy', email: 'colette.willy@example.ch' });
    const manager = await member('manager', 'Marc Gérant');
    const office = await member('ticket_office', 'Inès Caisse');
    const control = await member('control', 'Paul Porte');
    const comment = (await api(manager).post(`/orders/${orderId}/comments`, { about: 'order', body: 'À rappeler' }).expect(201)).body;

    expect((await api(office).patch(`/comments/${comment.id}`, { body: 'Autre chose' }).expect(403)).body.code).toBe('COMMENT_NOT_YOURS');
    expect((await api(office).delete(`/comments/${comment.id}`).expect(403)).body.code).toBe('COMMENT_NOT_YOURS');
    expect((await api(control).patch(`/comments/${comment.id}`, { body: 'Autre chose' }).expect(403)).body.code).toBe('FORBIDDEN');
    expect((await api(control).delete(`/comments/${comment.id}`).expect(403)).body.code).toBe('FORBIDDEN');
    expect(await commentBodies(orderId)).toEqual(['À rappeler']);
    expect(await historyOf(orderId, 'orders.comment.edited')).toEqual([]);

    // The tenant's admin may edit and delete a colleague's comment; the history names who did.
    await api().patch(`/comments/${comment.id}`, { body: 'Rappelé le 3 mars' }).expect(200);
    const [log] = await historyOf(orderId, 'orders.comment.edited');
    expect(log.data.author).toBe('Marc Gérant');
    expect(log.actor.label).toMatch(/^Admin /);
    await api().delete(`/comments/${comment.id}`).expect(204);
    expect(await commentBodies(orderId)).toEqual([]);
  });

  it('refuses an empty or too long text, naming the field, and another ticketing’s comment is not found', async () => {
    const orderId = await buyAs(tenant, ev, { firstName: 'Alain', lastName: 'Robbe', email: 'alain@example.ch' });
    const comment = (await api().post(`/orders/${orderId}/comments`, { about: 'order', body: 'Premier rang' }).expect(201)).body;
    for (const body of ['   ', 'x'.repeat(2001)]) {
      const bad = await api().patch(`/comments/${comment.id}`, { body }).expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['body']);
    }
    const missing = await api().patch(`/comments/${comment.id}`, {}).expect(400);
    expect(new Set(missing.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['body']));
    await api()
      .patch(`/comments/${comment.id}`, { body: 'x'.repeat(2000) })
      .expect(200);
    await api().patch(`/comments/${comment.id}`, { body: 'Premier rang' }).expect(200);

    // Another ticketing's admin, in their own ticketing, with this comment's id: not found there.
    expect((await api(other).patch(`/comments/${comment.id}`, { body: 'x' }).expect(404)).body.code).toBe('COMMENT_NOT_FOUND');
    expect((await api(other).delete(`/comments/${comment.id}`).expect(404)).body.code).toBe('COMMENT_NOT_FOUND');
    // …and in this ticketing, which is not theirs.
    const foreign = await t
      .http()
      .delete(`/api/v1/ticketings/${tenant.ticketingId}/comments/${comment.id}`)
      .set('authorization', `Bearer ${other.token}`)
      .expect(404);
    expect(foreign.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(foreign.body.code).toBe('TICKETING_NOT_FOUND');
    expect(await commentBodies(orderId)).toEqual(['Premier rang']);
    expect(await historyOf(orderId, 'orders.comment.deleted')).toEqual([]);
  });

  it('gives an order without a customer one, by its email, when a buyer comment needs it', async () => {
    const orderId = await buyAs(tenant, ev, { firstName: 'Albert', lastName: 'Camus', email: 'albert@example.ch' });
    await t.sql.query(`UPDATE orders SET customer_id = NULL WHERE id = $1`, [orderId]);
    await t.sql.query(`DELETE FROM customers WHERE email = 'albert@example.ch'`);
    // A buyer comment on such an order makes its customer on the way.
    await api().post(`/orders/${orderId}/comments`, { about: 'buyer', body: 'Client fidèle' }).expect(201);
    const id = await customerIdOf(orderId);
    expect((await api().get(`/customers/${id}`).expect(200)).body).toMatchObject({ email: 'albert@example.ch', orderCount: 1 });
  });

  it('the migration gives the orders placed before customers existed one customer per ticketing and email, and goes back down', async () => {
    const a = await buyAs(tenant, ev, { firstName: 'Simone', lastName: 'Weil', email: 'simone@example.ch' });
    const b = await buyAs(tenant, ev, { firstName: 'Simone', lastName: 'W.', email: 'SIMONE@example.ch' });
    const c = await buyAs(other, otherEv, { firstName: 'Simone', lastName: 'Weil', email: 'simone@example.ch' });
    const migration = new OrderSearchIndexes1796176800000();
    const runner = { query: (sql: string) => t.sql.query(sql) } as unknown as QueryRunner;
    await migration.down(runner);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM customers`)).rows[0].n).toBe(0);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM orders WHERE customer_id IS NOT NULL`)).rows[0].n).toBe(0);
    await migration.up(runner);
    const linked = await t.sql.query(
      `SELECT o.id, o.ticketing_id, c.email, c.last_name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = ANY($1::uuid[]) ORDER BY o.created_at`,
      [[a, b, c]],
    );
    expect(linked.rows).toHaveLength(3);
    const [ra, rb, rc] = [a, b, c].map((id) => linked.rows.find((r) => r.id === id));
    // One customer for both cases of the email, named as in the latest order; another in the other ticketing.
    expect([ra.email, ra.last_name, rb.email, rb.last_name]).toEqual(['simone@example.ch', 'W.', 'simone@example.ch', 'W.']);
    const ids = await t.sql.query(`SELECT DISTINCT customer_id FROM orders WHERE id = ANY($1::uuid[])`, [[a, b, c]]);
    expect(ids.rows).toHaveLength(2);
    expect(rc.ticketing_id).toBe(other.ticketingId);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM orders WHERE customer_id IS NULL`)).rows[0].n).toBe(0);
  });
});
