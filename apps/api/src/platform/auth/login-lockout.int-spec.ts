import { startTestApp, TestApp } from '../../test/test-app';
import { FixedClock } from '../clock/clock';
import { TenancyService } from '../tenancy/tenancy.service';
import { LOCK_MS, MAX_FAILED_LOGINS } from './login-lockout';

/** An organizer user's password cannot be guessed online: wrong ones in a row lock the login for a while. */
describe('organizer login lockout', () => {
  const clock = new FixedClock(new Date());
  let t: TestApp;
  let users = 0;
  beforeAll(async () => {
    t = await startTestApp({ label: 'lockout', clock });
  });
  afterAll(() => t.close());

  const user = async () => {
    const email = `lockout-${++users}-${process.pid}@test.guichet`;
    await t.app.get(TenancyService).createOrganizer({ name: `Org lockout ${users}`, admin: { email, name: 'Admin', password: 'right-password' } });
    return email;
  };
  const logIn = (email: string, password = 'right-password') => t.http().post('/api/v1/auth/login').send({ email, password });

  it(`refuses even the right password for 15 minutes after ${MAX_FAILED_LOGINS} wrong ones in a row, the same for any case of the email`, async () => {
    const email = await user();
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) expect((await logIn(email, 'guess').expect(401)).body.code).toBe('INVALID_CREDENTIALS');
    const locked = await logIn(email.toUpperCase()).expect(429);
    expect(locked.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(locked.body).toMatchObject({ status: 429, code: 'USER_LOCKED_OUT' });
    expect(locked.body.accessToken).toBeUndefined();
    clock.advance(LOCK_MS - 1000);
    try {
      await logIn(email).expect(429);
      clock.advance(2000);
      expect((await logIn(email).expect(200)).body.accessToken).toBeTruthy();
    } finally {
      clock.advance(-(LOCK_MS + 1000));
    }
  });

  it('starts the count again after the right password, and counts one user’s mistakes only against that user', async () => {
    const email = await user();
    const other = await user();
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await logIn(email, 'guess').expect(401);
    await logIn(email).expect(200);
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await logIn(email, 'guess').expect(401);
    await logIn(email).expect(200);
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await logIn(email, 'guess').expect(401);
    await logIn(email).expect(429);
    await logIn(other).expect(200);
    // An unknown email is never locked: it stays a plain 401, like a wrong password.
    for (let i = 0; i <= MAX_FAILED_LOGINS; i++)
      expect((await logIn(`nobody-${process.pid}@test.guichet`, 'guess').expect(401)).body.code).toBe('INVALID_CREDENTIALS');
  });
});
