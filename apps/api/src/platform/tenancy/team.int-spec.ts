import { FixedClock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { startTestApp, Tenant, TestApp } from '../../test/test-app';
import { Role } from './entities/membership.entity';
import { invitationToken } from './link-tokens';
import { INVITATION_TTL_MS } from './team.service';
import { TenancyService } from './tenancy.service';

/** A ticketing's team through HTTP: adding, re-adding, roles, the last admin, removal, invitations and their journal. */
describe('team members', () => {
  const clock = new FixedClock(new Date('2026-11-02T09:00:00Z'));
  let t: TestApp;
  let tenant: Tenant;
  let organizerId: string;
  let n = 0;
  const unique = (name: string) => `${name}-${++n}-${process.pid}@team.test`;

  const add = (token: string, body: Record<string, unknown>, ticketingId = tenant.ticketingId) =>
    t.http().post(`/api/v1/ticketings/${ticketingId}/members`).set('authorization', `Bearer ${token}`).send(body);
  const patch = (token: string, userId: string, role: Role, ticketingId = tenant.ticketingId) =>
    t.http().patch(`/api/v1/ticketings/${ticketingId}/members/${userId}`).set('authorization', `Bearer ${token}`).send({ role });
  const remove = (token: string, userId: string, ticketingId = tenant.ticketingId) =>
    t.http().delete(`/api/v1/ticketings/${ticketingId}/members/${userId}`).set('authorization', `Bearer ${token}`);
  const list = async (token: string, ticketingId = tenant.ticketingId) =>
    (await t.http().get(`/api/v1/ticketings/${ticketingId}/members`).set('authorization', `Bearer ${token}`).expect(200)).body.items as {
      userId: string;
      email: string;
      name: string;
      role: Role;
      status: string;
      invitationExpiresAt: string | null;
    }[];
  const login = async (email: string, password = 'secret-password') =>
    (await t.http().post('/api/v1/auth/login').send({ email, password }).expect(200)).body as {
      accessToken: string;
      user: { id: string; ticketings: { id: string; role: Role }[] };
    };
  /** A user of the tenant's organizer who can already log in. */
  const colleague = async (name = 'colleague') => {
    const email = unique(name);
    const user = await t.app.get(TenancyService).createUser({ organizerId, email, name: `Collègue ${n}`, password: 'secret-password' });
    return { id: user.id, email };
  };
  const invitationsOf = async (userId: string) =>
    (await t.sql.query(`SELECT id, token_hash, accepted_at, revoked_at, expires_at FROM invitations WHERE user_id = $1 ORDER BY created_at, id`, [userId]))
      .rows;
  const tokenOf = (invitationId: string) => invitationToken(t.app.get(AppConfig).JWT_SECRET, invitationId);
  const openToken = async (userId: string) => tokenOf((await invitationsOf(userId)).find((i) => !i.accepted_at && !i.revoked_at)!.id);

  beforeAll(async () => {
    t = await startTestApp({ label: 'team', clock });
    tenant = await t.createTenant('team');
    organizerId = (await t.sql.query(`SELECT organizer_id FROM ticketings WHERE id = $1`, [tenant.ticketingId])).rows[0].organizer_id;
  });
  afterAll(() => t.close());

  it('adds a user of the same organizer at once, with the role, who then reaches the ticketing', async () => {
    const c = await colleague();
    const res = await add(tenant.token, { email: c.email.toUpperCase(), name: 'ignored for an existing user', role: 'ticket_office' }).expect(201);
    expect(res.body).toMatchObject({ userId: c.id, email: c.email, role: 'ticket_office', status: 'active', invitedAt: null });
    expect(res.body.name).not.toBe('ignored for an existing user');
    // Nobody to invite: no email, no invitation.
    expect(await invitationsOf(c.id)).toEqual([]);
    const me = await login(c.email);
    expect(me.user.ticketings).toEqual([expect.objectContaining({ id: tenant.ticketingId, role: 'ticket_office' })]);
    await t.http().get(`/api/v1/ticketings/${tenant.ticketingId}/events`).set('authorization', `Bearer ${me.accessToken}`).expect(200);
  });

  it('refuses to add a member twice, whatever the case of the email', async () => {
    const c = await colleague();
    await add(tenant.token, { email: c.email, name: 'X', role: 'control' }).expect(201);
    const again = await add(tenant.token, { email: ` ${c.email.toUpperCase()} `, name: 'X', role: 'manager' }).expect(409);
    expect(again.body).toMatchObject({ code: 'MEMBER_ALREADY_EXISTS', errors: [{ field: 'email', message: 'is already a member of this ticketing' }] });
    expect((await list(tenant.token)).filter((m) => m.userId === c.id)).toEqual([expect.objectContaining({ role: 'control' })]);
  });

  it('refuses the login of another organizer’s user, saying nothing about that account', async () => {
    const other = await t.createTenant('team-other');
    const otherAdmin = (await t.http().get('/api/v1/me').set('authorization', `Bearer ${other.token}`).expect(200)).body;
    const before = await t.sql.query(`SELECT count(*)::int AS n FROM memberships`);
    const res = await add(tenant.token, { email: otherAdmin.email, name: 'Someone', role: 'admin' }).expect(409);
    expect(res.body.code).toBe('EMAIL_BELONGS_TO_ANOTHER_ORGANIZER');
    expect(res.body.errors).toEqual([{ field: 'email', message: 'belongs to an account of another organizer' }]);
    const said = JSON.stringify(res.body);
    expect(said).not.toContain(otherAdmin.name);
    expect(said).not.toContain(otherAdmin.organizerName);
    expect(said).not.toContain(otherAdmin.id);
    expect((await t.sql.query(`SELECT count(*)::int AS n FROM memberships`)).rows[0].n).toBe(before.rows[0].n);
    // The other organizer's user still sees only their own ticketing.
    expect((await login(otherAdmin.email)).user.ticketings.map((x) => x.id)).toEqual([other.ticketingId]);
  });

  it('invites an unknown email: a user of the organizer without a password, an invitation and its email in the outbox', async () => {
    const email = unique('new');
    const res = await add(tenant.token, { email, name: '  Julie Morel ', role: 'manager' }).expect(201);
    expect(res.body).toMatchObject({ email, name: 'Julie Morel', role: 'manager', status: 'invited' });
    expect(new Date(res.body.invitationExpiresAt).getTime() - new Date(res.body.invitedAt).getTime()).toBe(INVITATION_TTL_MS);
    const user = (await t.sql.query(`SELECT organizer_id, password_hash FROM users WHERE id = $1`, [res.body.userId])).rows[0];
    expect(user).toEqual({ organizer_id: organizerId, password_hash: null });
    const [invitation] = await invitationsOf(res.body.userId);
    const token = tokenOf(invitation.id);
    // Only the token's hash is stored; the mail job carries the invitation id, never the token.
    expect(invitation.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const outbox = (await t.sql.query(`SELECT queue, name, job_id, payload::text FROM outbox WHERE job_id = $1`, [`team-invitation.${invitation.id}`])).rows;
    expect(outbox).toEqual([expect.objectContaining({ queue: 'mail', name: 'team-invitation' })]);
    expect(outbox[0].payload).not.toContain(token);
    expect(JSON.parse(outbox[0].payload)).toEqual({ ticketingId: tenant.ticketingId, invitationId: invitation.id });
    // Without a password nobody logs in as them, not even with an empty one.
    await t.http().post('/api/v1/auth/login').send({ email, password: 'x' }).expect(401);
  });

  it('changes a role: the member acts with the new one at once', async () => {
    const c = await colleague();
    await add(tenant.token, { email: c.email, name: 'X', role: 'control' }).expect(201);
    const { accessToken } = await login(c.email);
    await t.http().get(`/api/v1/ticketings/${tenant.ticketingId}/members`).set('authorization', `Bearer ${accessToken}`).expect(403);
    const res = await patch(tenant.token, c.id, 'manager').expect(200);
    expect(res.body).toMatchObject({ userId: c.id, role: 'manager', status: 'active' });
    await t.http().get(`/api/v1/ticketings/${tenant.ticketingId}/members`).set('authorization', `Bearer ${accessToken}`).expect(200);
    expect((await login(c.email)).user.ticketings[0].role).toBe('manager');
  });

  it('keeps the last admin: neither removed nor demoted, until another admin exists', async () => {
    const own = await t.createTenant('team-last');
    const adminId = (await t.http().get('/api/v1/me').set('authorization', `Bearer ${own.token}`).expect(200)).body.id;
    expect((await patch(own.token, adminId, 'manager', own.ticketingId).expect(409)).body.code).toBe('LAST_ADMIN');
    expect((await remove(own.token, adminId, own.ticketingId).expect(409)).body.code).toBe('LAST_ADMIN');
    // Another admin joins: the first may step down, and the second is then the last one.
    const ownOrganizer = (await t.sql.query(`SELECT organizer_id FROM ticketings WHERE id = $1`, [own.ticketingId])).rows[0].organizer_id;
    const second = await t.app
      .get(TenancyService)
      .createUser({ organizerId: ownOrganizer, email: unique('second'), name: 'Second', password: 'secret-password' });
    await add(own.token, { email: second.email, name: 'Second', role: 'admin' }, own.ticketingId).expect(201);
    expect((await list(own.token, own.ticketingId)).filter((m) => m.role === 'admin')).toHaveLength(2);
    await patch(own.token, adminId, 'accounting', own.ticketingId).expect(200);
    const secondToken = (await login(second.email)).accessToken;
    expect((await patch(secondToken, second.id, 'manager', own.ticketingId).expect(409)).body.code).toBe('LAST_ADMIN');
    expect((await remove(secondToken, second.id, own.ticketingId).expect(409)).body.code).toBe('LAST_ADMIN');
    // The former admin now has accounting's rights: no more team changes.
    expect((await patch(own.token, second.id, 'manager', own.ticketingId).expect(403)).body.code).toBe('FORBIDDEN');
  });

  it('keeps an admin when two admins demote each other at the same time', async () => {
    const own = await t.createTenant('team-race');
    const me = (await t.http().get('/api/v1/me').set('authorization', `Bearer ${own.token}`).expect(200)).body;
    const ownOrganizer = (await t.sql.query(`SELECT organizer_id FROM ticketings WHERE id = $1`, [own.ticketingId])).rows[0].organizer_id;
    const other = await t.app.get(TenancyService).createUser({ organizerId: ownOrganizer, email: unique('race'), name: 'Race', password: 'secret-password' });
    await add(own.token, { email: other.email, name: 'R', role: 'admin' }, own.ticketingId).expect(201);
    const otherToken = (await login(other.email)).accessToken;
    const results = await Promise.all([patch(own.token, other.id, 'control', own.ticketingId), patch(otherToken, me.id, 'control', own.ticketingId)]);
    // The loser is refused either as no longer an admin (403) or as the last admin's would-be demoter (409).
    expect(results.map((r) => r.status).sort()).toEqual([200, expect.any(Number)]);
    expect(results.find((r) => r.status !== 200)!.body.code).toMatch(/^(LAST_ADMIN|FORBIDDEN)$/);
    const admins = (await t.sql.query(`SELECT count(*)::int AS n FROM memberships WHERE ticketing_id = $1 AND role = 'admin'`, [own.ticketingId])).rows[0].n;
    expect(admins).toBe(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
  });

  it('removes a member: they no longer reach the ticketing, their user stays in the organizer', async () => {
    const c = await colleague();
    await add(tenant.token, { email: c.email, name: 'X', role: 'accounting' }).expect(201);
    const { accessToken } = await login(c.email);
    await remove(tenant.token, c.id).expect(204);
    expect((await list(tenant.token)).map((m) => m.userId)).not.toContain(c.id);
    const res = await t.http().get(`/api/v1/ticketings/${tenant.ticketingId}/events`).set('authorization', `Bearer ${accessToken}`).expect(404);
    expect(res.body.code).toBe('TICKETING_NOT_FOUND');
    expect((await login(c.email)).user.ticketings).toEqual([]);
    expect((await remove(tenant.token, c.id).expect(404)).body.code).toBe('MEMBER_NOT_FOUND');
    expect((await patch(tenant.token, c.id, 'admin').expect(404)).body.code).toBe('MEMBER_NOT_FOUND');
    // They can come back later: the same user, no new invitation.
    await add(tenant.token, { email: c.email, name: 'X', role: 'control' }).expect(201);
    expect(await invitationsOf(c.id)).toEqual([]);
  });

  it('lets a user belong to several ticketings of the organizer, with a role in each', async () => {
    const adminId = (await t.http().get('/api/v1/me').set('authorization', `Bearer ${tenant.token}`).expect(200)).body.id;
    const second = await t.app
      .get(TenancyService)
      .createTicketing({ organizerId, slug: `team-second-${process.pid}`, name: 'Deuxième billetterie', adminUserId: adminId });
    const email = unique('both');
    const first = await add(tenant.token, { email, name: 'Partout', role: 'control' }).expect(201);
    const again = await add(tenant.token, { email, name: 'Partout', role: 'ticket_office' }, second.id).expect(201);
    expect(again.body.userId).toBe(first.body.userId);
    // Still without a password: the newest invitation (to the second ticketing) replaced the first.
    const invitations = await invitationsOf(first.body.userId);
    expect(invitations.filter((i) => !i.revoked_at)).toHaveLength(1);
    const token = await openToken(first.body.userId);
    expect((await t.http().get('/api/v1/invitation').query({ token }).expect(200)).body).toMatchObject({
      ticketingName: 'Deuxième billetterie',
      role: 'ticket_office',
    });
    const accepted = await t.http().post('/api/v1/invitation/accept').query({ token }).send({ password: 'a-good-password' }).expect(200);
    const roles = Object.fromEntries(accepted.body.user.ticketings.map((x: { id: string; role: Role }) => [x.id, x.role]));
    expect(roles).toEqual({ [tenant.ticketingId]: 'control', [second.id]: 'ticket_office' });
    // Leaving one keeps the other.
    await remove(tenant.token, first.body.userId, second.id).expect(204);
    expect((await login(email, 'a-good-password')).user.ticketings.map((x) => x.id)).toEqual([tenant.ticketingId]);
  });

  it('refuses team changes to non-admins; managers read the list, other roles do not', async () => {
    const manager = await colleague('manager');
    const office = await colleague('office');
    await add(tenant.token, { email: manager.email, name: 'M', role: 'manager' }).expect(201);
    await add(tenant.token, { email: office.email, name: 'O', role: 'ticket_office' }).expect(201);
    const m = (await login(manager.email)).accessToken;
    const o = (await login(office.email)).accessToken;
    expect((await list(m)).map((x) => x.userId)).toContain(office.id);
    await t.http().get(`/api/v1/ticketings/${tenant.ticketingId}/team-history`).set('authorization', `Bearer ${m}`).expect(200);
    expect((await add(m, { email: unique('nope'), name: 'N', role: 'admin' }).expect(403)).body.code).toBe('FORBIDDEN');
    expect((await patch(m, office.id, 'admin').expect(403)).body.code).toBe('FORBIDDEN');
    expect((await remove(m, office.id).expect(403)).body.code).toBe('FORBIDDEN');
    await t.http().post(`/api/v1/ticketings/${tenant.ticketingId}/members/${office.id}/invitation`).set('authorization', `Bearer ${m}`).expect(403);
    expect((await t.http().get(`/api/v1/ticketings/${tenant.ticketingId}/members`).set('authorization', `Bearer ${o}`).expect(403)).body.code).toBe(
      'FORBIDDEN',
    );
    await t.http().get(`/api/v1/ticketings/${tenant.ticketingId}/team-history`).set('authorization', `Bearer ${o}`).expect(403);
    expect((await list(tenant.token)).find((x) => x.userId === office.id)?.role).toBe('ticket_office');
  });

  it('names the field of bad input', async () => {
    const res = await add(tenant.token, { email: 'not-an-email', name: '   ', role: 'boss' }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(new Set(res.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['email', 'name', 'role']));
    const bad = await t
      .http()
      .patch(`/api/v1/ticketings/${tenant.ticketingId}/members/not-a-uuid`)
      .set('authorization', `Bearer ${tenant.token}`)
      .send({ role: 'admin' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'userId', message: 'must be a UUID' }]);
  });

  describe('invitations', () => {
    it('shows who invites whom, lets them choose a password once, and logs them in', async () => {
      const email = unique('invited');
      const added = await add(tenant.token, { email, name: 'Inès Invitée', role: 'control' }).expect(201);
      const token = await openToken(added.body.userId);
      const shown = await t.http().get('/api/v1/invitation').query({ token }).expect(200);
      expect(shown.body).toEqual({
        email,
        name: 'Inès Invitée',
        ticketingId: tenant.ticketingId,
        ticketingName: expect.stringContaining('Ticketing team'),
        organizerName: expect.stringContaining('Org team'),
        invitedBy: expect.stringMatching(/^Admin \d+$/),
        role: 'control',
        expiresAt: new Date(clock.now().getTime() + INVITATION_TTL_MS).toISOString(),
      });
      const short = await t.http().post('/api/v1/invitation/accept').query({ token }).send({ password: 'short' }).expect(400);
      expect(short.body.errors).toEqual([expect.objectContaining({ field: 'password' })]);

      const accepted = await t.http().post('/api/v1/invitation/accept').query({ token }).send({ password: 'mon-mot-de-passe' }).expect(200);
      expect(accepted.body.user).toMatchObject({
        email,
        name: 'Inès Invitée',
        ticketings: [expect.objectContaining({ id: tenant.ticketingId, role: 'control' })],
      });
      await t.http().get('/api/v1/me').set('authorization', `Bearer ${accepted.body.accessToken}`).expect(200);
      await login(email, 'mon-mot-de-passe');
      expect((await list(tenant.token)).find((m) => m.email === email)).toMatchObject({ status: 'active', invitationExpiresAt: null });

      // Single use: the link is spent.
      const again = await t.http().post('/api/v1/invitation/accept').query({ token }).send({ password: 'another-password' }).expect(410);
      expect(again.body.code).toBe('INVITATION_ALREADY_ACCEPTED');
      expect((await t.http().get('/api/v1/invitation').query({ token }).expect(410)).body.code).toBe('INVITATION_ALREADY_ACCEPTED');
      await login(email, 'mon-mot-de-passe');
      const resend = await t
        .http()
        .post(`/api/v1/ticketings/${tenant.ticketingId}/members/${added.body.userId}/invitation`)
        .set('authorization', `Bearer ${tenant.token}`);
      expect(resend.status).toBe(409);
      expect(resend.body.code).toBe('INVITATION_NOT_PENDING');
    });

    it('expires: the link stops working, the list says so, and a resent invitation replaces it', async () => {
      const email = unique('late');
      const added = await add(tenant.token, { email, name: 'En Retard', role: 'accounting' }).expect(201);
      const oldToken = await openToken(added.body.userId);
      clock.advance(INVITATION_TTL_MS - 1000);
      await t.http().get('/api/v1/invitation').query({ token: oldToken }).expect(200);
      clock.advance(1000);
      expect((await t.http().get('/api/v1/invitation').query({ token: oldToken }).expect(410)).body.code).toBe('INVITATION_EXPIRED');
      const refused = await t.http().post('/api/v1/invitation/accept').query({ token: oldToken }).send({ password: 'too-late-password' }).expect(410);
      expect(refused.body.code).toBe('INVITATION_EXPIRED');
      expect((await list(tenant.token)).find((m) => m.email === email)?.status).toBe('invitation_expired');

      const resent = await t
        .http()
        .post(`/api/v1/ticketings/${tenant.ticketingId}/members/${added.body.userId}/invitation`)
        .set('authorization', `Bearer ${tenant.token}`)
        .expect(200);
      expect(resent.body).toMatchObject({ status: 'invited', invitedAt: clock.now().toISOString() });
      const newToken = await openToken(added.body.userId);
      expect(newToken).not.toBe(oldToken);
      expect((await t.http().get('/api/v1/invitation').query({ token: oldToken }).expect(404)).body.code).toBe('INVITATION_NOT_FOUND');
      await t.http().post('/api/v1/invitation/accept').query({ token: newToken }).send({ password: 'in-time-password' }).expect(200);
      const outbox = await t.sql.query(`SELECT count(*)::int AS n FROM outbox WHERE name = 'team-invitation' AND payload->>'invitationId' = ANY($1)`, [
        (await invitationsOf(added.body.userId)).map((i) => i.id),
      ]);
      expect(outbox.rows[0].n).toBe(2);
    });

    it('withdraws the invitation of a removed member, and refuses unknown tokens', async () => {
      const added = await add(tenant.token, { email: unique('gone'), name: 'Partie', role: 'control' }).expect(201);
      const token = await openToken(added.body.userId);
      await remove(tenant.token, added.body.userId).expect(204);
      expect((await t.http().get('/api/v1/invitation').query({ token }).expect(404)).body.code).toBe('INVITATION_NOT_FOUND');
      await t.http().post('/api/v1/invitation/accept').query({ token }).send({ password: 'whatever-password' }).expect(404);
      expect(
        (
          await t
            .http()
            .get('/api/v1/invitation')
            .query({ token: 'x'.repeat(43) })
            .expect(404)
        ).body.code,
      ).toBe('INVITATION_NOT_FOUND');
      const missing = await t.http().get('/api/v1/invitation').expect(400);
      expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('token');
    });
  });

  it('keeps a journal of every change, with who made it', async () => {
    const email = unique('journal');
    const added = await add(tenant.token, { email, name: 'Jules Journal', role: 'control' }).expect(201);
    await patch(tenant.token, added.body.userId, 'manager').expect(200);
    await remove(tenant.token, added.body.userId).expect(204);
    const res = await t.http().get(`/api/v1/ticketings/${tenant.ticketingId}/team-history`).set('authorization', `Bearer ${tenant.token}`).expect(200);
    const mine = res.body.items.filter((e: { userId: string }) => e.userId === added.body.userId);
    expect(mine.map((e: { action: string }) => e.action)).toEqual([
      'team.member.removed',
      'team.member.role_changed',
      'team.invitation.sent',
      'team.member.added',
    ]);
    expect(mine[1]).toMatchObject({
      userLabel: `Jules Journal <${email}>`,
      actor: { kind: 'user', label: expect.stringMatching(/^Admin \d+$/) },
      data: { from: 'control', to: 'manager' },
    });
    expect(mine[3].data).toEqual({ role: 'control', newUser: true });
  });
});
