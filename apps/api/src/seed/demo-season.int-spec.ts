import { startTestApp, TestApp } from '../test/test-app';
import { DEMO_LOGINS, seedDemoSeason } from './demo-season';

/** The demo's logins work as the README says: the door staff is a member of the Remparts' team, not an organizer of its own. */
describe('demo season logins', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ label: 'demo' });
    expect(await seedDemoSeason(t.app)).toBe('created');
  });
  afterAll(() => t.close());

  const login = async (l: (typeof DEMO_LOGINS)[number]) =>
    (await t.http().post('/api/v1/auth/login').send({ email: l.email, password: l.password }).expect(200)).body;

  it('logs the control user in to the Remparts ticketing only, with the control role, in the same organizer as the admin', async () => {
    const [admin, control] = [await login(DEMO_LOGINS[0]), await login(DEMO_LOGINS[1])];
    expect(admin.user.ticketings).toEqual([expect.objectContaining({ slug: 'remparts', role: 'admin' })]);
    expect(control.user.ticketings).toEqual([expect.objectContaining({ slug: 'remparts', role: 'control' })]);
    expect(control.user.organizerName).toBe(admin.user.organizerName);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM organizers`)).rows[0].n).toBe(1);

    const ticketingId = admin.user.ticketings[0].id;
    const team = await t.http().get(`/api/v1/ticketings/${ticketingId}/members`).set('authorization', `Bearer ${admin.accessToken}`).expect(200);
    expect(team.body.items.map((m: { email: string; role: string; status: string }) => [m.email, m.role, m.status])).toEqual([
      ['admin@remparts.demo', 'admin', 'active'],
      ['controle@remparts.demo', 'control', 'active'],
    ]);
    // Control staff scan; they do not manage the team.
    await t.http().get(`/api/v1/ticketings/${ticketingId}/members`).set('authorization', `Bearer ${control.accessToken}`).expect(403);
  });
});
