import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import { SmtpCatcher, startSmtpCatcher } from '../../test/smtp-catcher';
import { startTestApp, Tenant, TestApp } from '../../test/test-app';
import { WorkerModule } from '../../worker.module';
import { OutboxRelay } from '../outbox/outbox-relay';
import { QueueName } from '../queue/queues';

/** Outbox → BullMQ → the `mail` handler the team registered → real SMTP: the invitation reaches the invitee, whose link works. */
describe('team invitation email (outbox, worker, SMTP)', () => {
  const BACKOFFICE = 'https://backoffice.remparts.test';
  let t: TestApp;
  let smtp: SmtpCatcher;
  let tenant: Tenant;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({ label: 'teammail', env: { SMTP_URL: smtp.url, BACKOFFICE_PUBLIC_URL: `${BACKOFFICE}/` } });
    tenant = await t.createTenant('teammail');
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
  });
  afterAll(async () => {
    await worker?.close();
    await t.close();
    await smtp.close();
  });

  const invite = (email: string, name: string) =>
    t
      .http()
      .post(`/api/v1/ticketings/${tenant.ticketingId}/members`)
      .set('authorization', `Bearer ${tenant.token}`)
      .send({ email, name, role: 'ticket_office' })
      .expect(201);
  const linkIn = (text: string | undefined) => {
    const link = /https:\/\/\S+/.exec(text ?? '')?.[0];
    if (!link) throw new Error(`no link in: ${text}`);
    return new URL(link);
  };

  it('sends the invitee a link to the backoffice that opens the invitation once', async () => {
    const email = `zoe-${process.pid}@team.test`;
    await invite(email, 'Zoé <Caisse>');
    const mail = await smtp.mailbox.waitFor((m) => JSON.stringify(m.to).includes(email));
    expect(mail.subject).toMatch(/^Invitation à rejoindre Ticketing teammail \d+ sur Guichet$/);
    expect(mail.text).toContain('Bonjour Zoé <Caisse>,');
    expect(mail.text).toMatch(/Admin \d+ vous invite à rejoindre l’équipe de la billetterie « Ticketing teammail \d+ » \(Org teammail \d+\)/);
    expect(mail.text).toContain('avec le rôle « guichet »');
    expect(mail.html).toContain('Zoé &#60;Caisse&#62;');
    const link = linkIn(mail.text);
    expect(`${link.origin}${link.pathname}`).toBe(`${BACKOFFICE}/invitation`);
    const token = link.searchParams.get('token')!;
    expect(mail.html).toContain(`href="${BACKOFFICE}/invitation?token=${token}"`);

    const shown = await t.http().get('/api/v1/invitation').query({ token }).expect(200);
    expect(shown.body).toMatchObject({ email, name: 'Zoé <Caisse>', role: 'ticket_office' });
    const accepted = await t.http().post('/api/v1/invitation/accept').query({ token }).send({ password: 'caisse-centrale' }).expect(200);
    expect(accepted.body.user.ticketings).toEqual([expect.objectContaining({ id: tenant.ticketingId, role: 'ticket_office' })]);
    await t.http().post('/api/v1/invitation/accept').query({ token }).send({ password: 'caisse-centrale' }).expect(410);
    await t.http().post('/api/v1/auth/login').send({ email, password: 'caisse-centrale' }).expect(200);
  });

  it('sends one email per invitation, even when the relay hands the job over twice', async () => {
    const email = `twice-${process.pid}@team.test`;
    const added = await invite(email, 'Deux Fois');
    await smtp.mailbox.waitFor((m) => JSON.stringify(m.to).includes(email));
    const { rows } = await t.sql.query(`SELECT id FROM invitations WHERE user_id = $1`, [added.body.userId]);
    // A relay that crashed after Redis accepted the job but before marking the row.
    await t.sql.query(`UPDATE outbox SET relayed_at = NULL WHERE job_id = $1`, [`team-invitation.${rows[0].id}`]);
    await worker!.get(OutboxRelay).relayOnce();
    const job = await worker!.get<Queue>(getQueueToken(QueueName.Mail)).getJob(`team-invitation.${rows[0].id}`);
    expect(job?.attemptsMade).toBeLessThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.mailbox.all().filter((m) => JSON.stringify(m.to).includes(email))).toHaveLength(1);
  });

  it('a resent invitation carries a new link, and the first one stops working', async () => {
    const email = `again-${process.pid}@team.test`;
    const added = await invite(email, 'Encore');
    const first = linkIn((await smtp.mailbox.waitFor((m) => JSON.stringify(m.to).includes(email))).text).searchParams.get('token')!;
    await t
      .http()
      .post(`/api/v1/ticketings/${tenant.ticketingId}/members/${added.body.userId}/invitation`)
      .set('authorization', `Bearer ${tenant.token}`)
      .expect(200);
    const second = await smtp.mailbox.waitFor((m) => JSON.stringify(m.to).includes(email) && !m.text?.includes(first));
    const token = linkIn(second.text).searchParams.get('token')!;
    expect(token).not.toBe(first);
    expect((await t.http().get('/api/v1/invitation').query({ token: first }).expect(404)).body.code).toBe('INVITATION_NOT_FOUND');
    await t.http().get('/api/v1/invitation').query({ token }).expect(200);
  });
});
