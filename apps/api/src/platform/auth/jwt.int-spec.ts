import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config';
import { startTestApp, Tenant, TestApp } from '../../test/test-app';

// The strategies verify with a KeyObject (jwt.strategies.ts): these pin down that it still refuses
// every token it must refuse, whichever way the key is handed over.
describe('bearer tokens', () => {
  let t: TestApp;
  let tenant: Tenant;
  let secret: string;
  const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const asUser = (token: string) => t.http().get(`/api/v1/ticketings/${tenant.ticketingId}/control-profiles`).set('authorization', `Bearer ${token}`);
  const asDevice = (token: string) => t.http().get('/api/v1/control/me').set('authorization', `Bearer ${token}`);

  beforeAll(async () => {
    t = await startTestApp({ label: 'jwt' });
    tenant = await t.createTenant('jwt');
    secret = t.app.get(AppConfig).JWT_SECRET;
  });
  afterAll(() => t.close());

  it('accepts a user token signed with the secret', async () => {
    await asUser(tenant.token).expect(200);
  });

  it('refuses a token signed with another secret, unsigned, expired, or of the other kind', async () => {
    const userId = JSON.parse(Buffer.from(tenant.token.split('.')[1], 'base64url').toString()).sub as string;
    const otherSecret = new JwtService({ secret: 'another-secret-of-at-least-32-characters!' });
    await asUser(await otherSecret.signAsync({ sub: userId, typ: 'user' })).expect(401);

    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: userId, typ: 'user' })}.`;
    await asUser(unsigned).expect(401);

    const ours = new JwtService({ secret });
    const past = Math.floor(new Date('2020-01-01T00:00:00Z').getTime() / 1000); // jsonwebtoken checks exp against the real time
    await asUser(await ours.signAsync({ sub: userId, typ: 'user', iat: past - 60, exp: past })).expect(401);
    // HS512 with the right secret: only HS256 is issued, so only HS256 is taken.
    await asUser(await ours.signAsync({ sub: userId, typ: 'user' }, { algorithm: 'HS512' })).expect(401);

    // A user token is not a device token and the other way round.
    await asDevice(tenant.token).expect(401);
    const device = await ours.signAsync({ sub: userId, typ: 'device', tid: tenant.ticketingId });
    await asUser(device).expect(401);
  });
});
