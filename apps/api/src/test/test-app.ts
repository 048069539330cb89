import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { ApiModule } from '../api.module';
import { configureApp, createAdapter, NEST_APP_OPTIONS } from '../create-app';
import { Clock } from '../platform/clock/clock';
import { TenancyService } from '../platform/tenancy/tenancy.service';
import { TenantScope } from '../platform/tenancy/tenant-scope';
import { declaresProblem } from './contract/operations';
import { cloneTemplate, databaseUrl } from './databases';

export interface Tenant {
  ticketingId: string;
  slug: string;
  token: string;
  scope: TenantScope;
}

export interface TestApp {
  app: NestFastifyApplication;
  http: () => TestAgent;
  /** Direct SQL to assert on what was (not) written. */
  sql: Client;
  databaseUrl: string;
  createTenant(label?: string): Promise<Tenant>;
  createEvent(
    t: Tenant,
    overrides?: { capacity?: number; amount?: number; name?: string },
  ): Promise<{ eventId: string; dateId: string; zoneId: string; priceId: string }>;
  close(): Promise<void>;
}

let tenants = 0;

/** A real API on a fresh clone of the migrated test database (no HTTP port: supertest injects). */
export async function startTestApp(options: { clock?: Clock; label?: string; env?: Record<string, string> } = {}): Promise<TestApp> {
  const db = await cloneTemplate(options.label ?? 'api');
  const url = databaseUrl(db);
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: url,
    LOG_LEVEL: 'silent',
    QUEUE_PREFIX: `guichet-test-${db}`,
    STORAGE_DIR: `.var/test-storage/${db}`,
    ...options.env,
  });
  let builder = Test.createTestingModule({ imports: [ApiModule] });
  if (options.clock) builder = builder.overrideProvider(Clock).useValue(options.clock);
  const moduleRef = await builder.compile();
  const app = configureApp(moduleRef.createNestApplication<NestFastifyApplication>(createAdapter(), { ...NEST_APP_OPTIONS, logger: false }));
  // Every problem a test meets must be one the contract declares for that operation: the generated
  // client types codes from it, so an undeclared code is a lie to integrators. Checked on close().
  const undeclared: string[] = [];
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply, payload) => {
      if (!String(reply.getHeader('content-type') ?? '').includes('problem+json') || typeof payload !== 'string') return payload;
      const { code } = JSON.parse(payload) as { code: string };
      const route = request.routeOptions.url;
      if (route && !declaresProblem(request.method, route, reply.statusCode, code)) undeclared.push(`${request.method} ${route} → ${reply.statusCode} ${code}`);
      return payload;
    });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const sql = new Client({ connectionString: url });
  await sql.connect();
  const http = () => request(app.getHttpServer());

  const testApp: TestApp = {
    app,
    http,
    sql,
    databaseUrl: url,
    async createTenant(label = 'tenant') {
      const n = ++tenants;
      const tenancy = app.get(TenancyService);
      const email = `admin-${label}-${n}-${process.pid}@test.guichet`;
      const { organizer, user } = await tenancy.createOrganizer({
        name: `Org ${label} ${n}`,
        admin: { email, name: `Admin ${n}`, password: 'secret-password' },
      });
      const slug = `${label}-${n}-${process.pid}`.toLowerCase();
      const ticketing = await tenancy.createTicketing({ organizerId: organizer.id, slug, name: `Ticketing ${label} ${n}`, adminUserId: user.id });
      const login = await http().post('/api/v1/auth/login').send({ email, password: 'secret-password' }).expect(200);
      return { ticketingId: ticketing.id, slug, token: login.body.accessToken, scope: TenantScope.of(ticketing.id) };
    },
    async createEvent(t, overrides = {}) {
      const amount = overrides.amount ?? 2500;
      const res = await http()
        .post(`/api/v1/ticketings/${t.ticketingId}/events`)
        .set('authorization', `Bearer ${t.token}`)
        .send({
          name: overrides.name ?? `Spectacle ${++tenants}`,
          status: 'published',
          venue: 'Grande salle',
          dates: [{ startsAt: '2027-03-01T20:00:00+01:00' }],
          zones: [{ name: 'Parterre', capacity: overrides.capacity ?? 100 }],
          prices: [amount === 0 ? { name: 'Gratuit', kind: 'free' } : { name: 'Plein tarif', kind: 'fixed', amounts: [{ amount, currency: 'CHF' }] }],
        })
        .expect(201);
      return { eventId: res.body.id, dateId: res.body.dates[0].id, zoneId: res.body.zones[0].id, priceId: res.body.prices[0].id };
    },
    async close() {
      await app.close();
      await sql.end();
      if (undeclared.length) throw new Error(`problems the contract does not declare for their operation:\n${[...new Set(undeclared)].join('\n')}`);
    },
  };
  return testApp;
}

/** Holds `quantity` places and checks out; returns the checkout response body. */
export async function buy(
  t: TestApp,
  tenant: Tenant,
  ev: { dateId: string; zoneId: string; priceId: string },
  quantity = 1,
  paymentMethod: 'free' | 'on_site' = 'on_site',
) {
  const cart = await t
    .http()
    .post(`/api/v1/shop/${tenant.slug}/carts`)
    .send({ items: [{ dateId: ev.dateId, zoneId: ev.zoneId, priceId: ev.priceId, quantity }] });
  if (cart.status !== 201) return { status: cart.status, body: cart.body };
  const res = await t
    .http()
    .post(`/api/v1/shop/${tenant.slug}/carts/${cart.body.id}/checkout`)
    .send({ customer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch' }, paymentMethod });
  return { status: res.status, body: res.body, cartId: cart.body.id as string };
}

let members = 0;
/** A new colleague of the tenant's admin, invited with this role and signed in: their token. */
export async function signInMember(t: TestApp, tenant: Tenant, role: 'admin' | 'manager' | 'ticket_office' | 'control' | 'accounting'): Promise<string> {
  const organizerId = (await t.sql.query(`SELECT organizer_id FROM ticketings WHERE id = $1`, [tenant.ticketingId])).rows[0].organizer_id;
  const email = `${role}-${++members}-${process.pid}@member.test`;
  await t.app.get(TenancyService).createUser({ organizerId, email, name: role, password: 'secret-password' });
  await t
    .http()
    .post(`/api/v1/ticketings/${tenant.ticketingId}/members`)
    .set('authorization', `Bearer ${tenant.token}`)
    .send({ email, name: role, role })
    .expect(201);
  return (await t.http().post('/api/v1/auth/login').send({ email, password: 'secret-password' }).expect(200)).body.accessToken as string;
}
