import { Injectable, Logger } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { randomUUID } from 'node:crypto';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { Database } from '../database/database';
import { DomainError } from '../http/problem';
import { Mailer } from '../mail/mailer';
import { Outbox } from '../outbox/outbox';
import { QueueName } from '../queue/queues';
import { passwordResetToken, tokenHash } from './link-tokens';
import { TenancyProblems } from './tenancy.errors';

export const PASSWORD_RESET_JOB = 'password-reset';
/** A reset link opens for an hour: long enough to read the mail, short if the mailbox leaks. */
export const PASSWORD_RESET_TTL_MS = 3600 * 1000;
/** One mail per minute and user at most, whoever asks: the form cannot be used to flood a mailbox. */
const ASK_AGAIN_AFTER_MS = 60 * 1000;

interface ResetRow {
  id: string;
  userId: string;
  email: string;
  name: string;
  tokenHash: string;
  expiresAt: Date;
  usedAt: Date | null;
}

/**
 * An organizer user who forgot the password (or locked the login, platform/auth/login-lockout)
 * asks for a link by email and chooses a new password with it. The answer to the request is the
 * same whether or not the email is a user's, so it tells nobody who has an account.
 */
@Injectable()
export class PasswordResets {
  private readonly logger = new Logger(PasswordResets.name);

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly outbox: Outbox,
    private readonly mailer: Mailer,
  ) {}

  /** Sends a link to the user with this email, if there is one who has a password (an invited one uses the invitation). */
  async request(email: string): Promise<void> {
    await this.db.transaction(async () => {
      const [user] = await this.db.platformQuery<{ id: string }>(`SELECT id FROM users WHERE email = $1 AND password_hash IS NOT NULL FOR UPDATE`, [
        email.trim().toLowerCase(),
      ]);
      if (!user) return;
      const now = this.clock.now();
      const [recent] = await this.db.platformQuery(`SELECT 1 FROM password_resets WHERE user_id = $1 AND created_at > $2`, [
        user.id,
        new Date(now.getTime() - ASK_AGAIN_AFTER_MS),
      ]);
      if (recent) return;
      // The newest link is the only one that opens.
      await this.db.platformQuery(`UPDATE password_resets SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL`, [user.id, now]);
      const id = randomUUID();
      await this.db.platformQuery(`INSERT INTO password_resets (id, user_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`, [
        id,
        user.id,
        tokenHash(passwordResetToken(this.config.JWT_SECRET, id)),
        now,
        new Date(now.getTime() + PASSWORD_RESET_TTL_MS),
      ]);
      await this.outbox.addForPlatform({ queue: QueueName.Mail, name: PASSWORD_RESET_JOB, jobId: `${PASSWORD_RESET_JOB}.${id}`, payload: { resetId: id } });
    });
  }

  /** A new password from a link: the link stops working, the login is unlocked; returns the user's id (logged in by the caller). */
  async reset(token: string, password: string): Promise<string> {
    const hash = tokenHash(token);
    // Checked before the (slow) hashing, then again under lock: a link is used once.
    this.usable(await this.link(hash, false));
    const passwordHash = await bcrypt.hash(password, 10);
    return this.db.transaction(async () => {
      const link = this.usable(await this.link(hash, true));
      const now = this.clock.now();
      await this.db.platformQuery(`UPDATE password_resets SET used_at = $2 WHERE id = $1`, [link.id, now]);
      await this.db.platformQuery(`UPDATE users SET password_hash = $2, failed_logins = 0, locked_until = NULL WHERE id = $1`, [link.userId, passwordHash]);
      this.logger.log({ userId: link.userId }, 'password reset: a new password was chosen');
      return link.userId;
    });
  }

  /** The mail job: sends the link unless it was used, replaced or let expire meanwhile (safe to run twice). */
  async sendEmail(resetId: string): Promise<void> {
    const [link] = await this.db.platformQuery<ResetRow>(`${SELECT_RESET} WHERE r.id = $1`, [resetId]);
    if (!link || link.usedAt || link.expiresAt <= this.clock.now()) return;
    const token = passwordResetToken(this.config.JWT_SECRET, link.id);
    // The secret changed since the link was written: this one would not open it.
    if (tokenHash(token) !== link.tokenHash) {
      this.logger.warn({ resetId }, 'password reset token does not match (JWT_SECRET changed?): ask for a new link');
      return;
    }
    const url = `${this.config.BACKOFFICE_PUBLIC_URL.replace(/\/+$/, '')}/reset-password?token=${token}`;
    const lines = [
      `Vous avez demandé à choisir un nouveau mot de passe pour votre accès à Guichet (${link.email}).`,
      `Ouvrez ce lien pour le choisir ; il ne sert qu’une fois et reste valable une heure :`,
    ];
    const after = `Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.`;
    await this.mailer.send({
      to: link.email,
      subject: 'Choisir un nouveau mot de passe sur Guichet',
      messageId: `<password-reset-${link.id}@guichet>`,
      text: `Bonjour ${link.name},\n\n${lines.join('\n')}\n${url}\n\n${after}\n\nGuichet`,
      html:
        `<p>Bonjour ${escapeHtml(link.name)},</p>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}` +
        `<p><a href="${escapeHtml(url)}">Choisir mon mot de passe</a></p><p>${escapeHtml(after)}</p><p>Guichet</p>`,
    });
    this.logger.log({ userId: link.userId, resetId }, 'password reset: link sent');
  }

  private async link(hash: string, lock: boolean): Promise<ResetRow | undefined> {
    const [row] = await this.db.platformQuery<ResetRow>(`${SELECT_RESET} WHERE r.token_hash = $1${lock ? ' FOR UPDATE OF r' : ''}`, [hash]);
    return row;
  }

  private usable(link: ResetRow | undefined): ResetRow {
    if (!link) throw new DomainError(TenancyProblems.PASSWORD_RESET_NOT_FOUND, 'No password reset link has this token');
    if (link.usedAt) throw new DomainError(TenancyProblems.PASSWORD_RESET_USED, 'This link was already used');
    if (link.expiresAt <= this.clock.now()) throw new DomainError(TenancyProblems.PASSWORD_RESET_EXPIRED, 'This link has expired: ask for a new one');
    return link;
  }
}

const SELECT_RESET = `SELECT r.id, r.user_id AS "userId", u.email, u.name, r.token_hash AS "tokenHash", r.expires_at AS "expiresAt", r.used_at AS "usedAt"
  FROM password_resets r JOIN users u ON u.id = r.user_id`;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
