import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SmtpCatcher, startSmtpCatcher } from '../../test/smtp-catcher';
import { startTestApp, TestApp } from '../../test/test-app';
import { WorkerModule } from '../../worker.module';
import { MAX_FAILED_LOGINS } from '../auth/login-lockout';
import { FixedClock } from '../clock/clock';
import { PASSWORD_RESET_TTL_MS } from './password-resets.service';
import { TenancyService } from './tenancy.service';

/** Outbox (a platform message: no ticketing) → BullMQ → the mail handler → real SMTP: a forgotten password is chosen again. */
describe('organizer password reset (outbox, worker, SMTP)', () => {
  const BACKOFFICE = 'https://backoffice.remparts.test';
  const clock = new FixedClock(new Date());
  let t: TestApp;
  let smtp: SmtpCatcher;
  let worker: INestApplicationContext | undefined;
  let users = 0;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    t = await startTestApp({ label: 'pwreset', clock, env: { SMTP_URL: smtp.url, BACKOFFICE_PUBLIC_URL: `${BACKOFFICE}/` } });
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
  });
  afterAll(async () => {
    await worker?.close();
    await t.close();
    await smtp.close();
  });

  const user = async () => {
    const email = `oubli-${++users}-${process.pid}@test.guichet`;
    await t.app.get(TenancyService).createOrganizer({ name: `Org oubli ${users}`, admin: { email, name: 'Jeanne <Oubli>', password: 'old-password' } });
    return email;
  };
  const ask = (email: string) => t.http().post('/api/v1/auth/password-reset').send({ email });
  const choose = (token: string, password: string) => t.http().post('/api/v1/auth/password-reset/confirm').send({ token, password });
  const logIn = (email: string, password: string) => t.http().post('/api/v1/auth/login').send({ email, password });
  const mailsTo = (email: string) => smtp.mailbox.all().filter((m) => JSON.stringify(m.to).includes(email));
  const tokenOf = async (email: string, nth = 1) => {
    await smtp.mailbox.waitFor(() => mailsTo(email).length >= nth);
    const mail = mailsTo(email)[nth - 1];
    const link = new URL(/https:\/\/\S+/.exec(mail.text ?? '')![0]);
    expect(`${link.origin}${link.pathname}`).toBe(`${BACKOFFICE}/reset-password`);
    expect(mail.html).toContain(`href="${BACKOFFICE}/reset-password?token=${link.searchParams.get('token')}"`);
    return { token: link.searchParams.get('token')!, mail };
  };

  it('emails a link that sets a new password once, unlocks a locked login and logs in', async () => {
    const email = await user();
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await logIn(email, 'guess').expect(401);
    await logIn(email, 'old-password').expect(429);

    expect((await ask(email.toUpperCase()).expect(202)).body).toEqual({});
    const { token, mail } = await tokenOf(email);
    expect(mail.subject).toBe('Choisir un nouveau mot de passe sur Guichet');
    expect(mail.text).toContain('Bonjour Jeanne <Oubli>,');
    expect(mail.html).toContain('Jeanne &#60;Oubli&#62;');

    // Too short: refused by field, the link still usable.
    const short = await choose(token, 'court').expect(400);
    expect(short.body.errors.map((e: { field: string }) => e.field)).toEqual(['password']);
    const chosen = await choose(token, 'new-password-1').expect(200);
    expect(chosen.body.accessToken).toBeTruthy();
    expect(chosen.body.user.email).toBe(email);
    await logIn(email, 'old-password').expect(401);
    await logIn(email, 'new-password-1').expect(200);
    expect((await choose(token, 'new-password-2').expect(410)).body.code).toBe('PASSWORD_RESET_USED');
    expect((await choose('not-a-token', 'new-password-2').expect(404)).body.code).toBe('PASSWORD_RESET_NOT_FOUND');
  });

  it('answers the same for an unknown email and sends nothing; at most one link a minute; the newest link is the only one', async () => {
    const unknown = `personne-${process.pid}@test.guichet`;
    expect((await ask(unknown).expect(202)).body).toEqual({});

    const email = await user();
    await ask(email).expect(202);
    const first = await tokenOf(email, 1);
    await ask(email).expect(202); // within the minute: no second mail
    clock.advance(61_000);
    try {
      await ask(email).expect(202);
      const second = await tokenOf(email, 2);
      expect(second.token).not.toBe(first.token);
      expect((await choose(first.token, 'new-password-1').expect(410)).body.code).toBe('PASSWORD_RESET_USED');
      // An hour later the newest one has expired too.
      clock.advance(PASSWORD_RESET_TTL_MS);
      expect((await choose(second.token, 'new-password-1').expect(410)).body.code).toBe('PASSWORD_RESET_EXPIRED');
    } finally {
      clock.advance(-(61_000 + PASSWORD_RESET_TTL_MS));
    }
    expect(mailsTo(email)).toHaveLength(2);
    expect(mailsTo(unknown)).toHaveLength(0);
    await logIn(email, 'old-password').expect(200);
  });
});
