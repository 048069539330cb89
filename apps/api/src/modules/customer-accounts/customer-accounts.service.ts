import { Injectable, Logger } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { randomBytes, randomUUID } from 'node:crypto';
import { Actor } from '../../platform/audit/actor';
import { LoginRequest } from '../../platform/auth/auth.dto';
import { LOCK_MS, MAX_FAILED_LOGINS } from '../../platform/auth/login-lockout';
import { Clock } from '../../platform/clock/clock';
import { AppConfig } from '../../platform/config/app-config';
import { Database } from '../../platform/database/database';
import type { Language } from '../../platform/documents/words';
import { DomainError, NotFoundError, UnauthenticatedError } from '../../platform/http/problem';
import { Mailer } from '../../platform/mail/mailer';
import { Outbox } from '../../platform/outbox/outbox';
import { QueueName } from '../../platform/queue/queues';
import { tokenHash } from '../../platform/tenancy/link-tokens';
import { TenancyProblems } from '../../platform/tenancy/tenancy.errors';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { OrdersService } from '../orders';
import { accountLinkToken } from './account-link-token';
import { accountMail } from './account-mail';
import { CustomerAccountsProblems as P } from './customer-accounts.errors';
import { AccountRow, CustomerAccountsRepository, LinkRow } from './customer-accounts.repository';
import {
  AccountOrdersPage,
  AccountOrdersQuery,
  CustomerAccountResponse,
  CustomerSessionResponse,
  ResetPasswordRequest,
  SignUpRequest,
} from './dto/customer-account.dto';
import { AccountLinkPurpose } from './entities/customer-account-link.entity';

export const ACCOUNT_LINK_JOB = 'customer-account-link';
const HOUR_MS = 3600 * 1000;
/** How long a link works: a day to confirm an address, an hour to choose a new password. */
export const LINK_TTL_MS: Record<AccountLinkPurpose, number> = { confirm_email: 24 * HOUR_MS, reset_password: HOUR_MS };
/** A session lasts a day at most; logging out ends it sooner. */
export const SESSION_TTL_MS = 24 * HOUR_MS;
/** Compared against when there is no account, so timing does not reveal which emails have one. */
const NO_ACCOUNT_HASH = '$2b$10$CwTycUXWue0Thq9StjUM0uJ8.AvPfZ8b5bq2r1wqN4zZPp3rR5w3a';
const SESSION_PREFIX = 'cs1.';
const LOCALES: Record<Language, string> = { fr: 'fr-CH', de: 'de-CH', it: 'it-CH', en: 'en-CH' };

/** The logged-in customer a shop route acts for. */
export interface CustomerPrincipal {
  accountId: string;
  sessionId: string;
  email: string;
  firstName: string;
  lastName: string;
}

/**
 * Customer accounts of a shop (ADR 0029): sign up, confirm the email, log in and out, reset the
 * password, "my orders" and claiming a guest order. Apart from organizer users: an account opens
 * only its own shop's `/account` routes, with an opaque session token the server can revoke.
 */
@Injectable()
export class CustomerAccountsService {
  private readonly logger = new Logger('CustomerAccounts');

  constructor(
    private readonly db: Database,
    private readonly repo: CustomerAccountsRepository,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly outbox: Outbox,
    private readonly mailer: Mailer,
    private readonly orders: OrdersService,
  ) {}

  /** A new, unconfirmed account and the email with its confirmation link. */
  async signUp(scope: TenantScope, request: SignUpRequest): Promise<{ email: string }> {
    const email = request.email.trim().toLowerCase();
    const passwordHash = await bcrypt.hash(request.password, 10);
    await this.db.transaction(async () => {
      const id = await this.repo.insertAccount(scope, {
        email,
        passwordHash,
        firstName: request.firstName.trim(),
        lastName: request.lastName.trim(),
        language: request.language ?? 'fr',
        createdAt: this.clock.now(),
      });
      if (!id)
        throw new DomainError(P.ACCOUNT_ALREADY_EXISTS, 'This shop already has an account with this email', [
          { field: 'email', message: 'already has an account' },
        ]);
      await this.sendLink(scope, id, 'confirm_email');
    });
    this.logger.log({ ticketingId: scope.ticketingId }, 'customer-accounts: account signed up');
    return { email };
  }

  /** The owner of the address opened the link: the account may log in (logged in at once). */
  async confirmEmail(scope: TenantScope, token: string): Promise<CustomerSessionResponse> {
    const accountId = await this.db.transaction(async () => {
      const link = this.usable(await this.repo.link(scope, { tokenHash: tokenHash(token) }, true), 'confirm_email');
      const now = this.clock.now();
      await this.repo.useLink(scope, link.id, now);
      await this.repo.confirm(scope, link.accountId, now);
      return link.accountId;
    });
    return this.openSession(scope, (await this.repo.account(scope, accountId))!);
  }

  /** A new confirmation link, for an account that lost or let expire the first (same answer whatever the email). */
  async resendConfirmation(scope: TenantScope, email: string): Promise<void> {
    await this.db.transaction(async () => {
      const account = await this.repo.accountByEmail(scope, email.trim().toLowerCase(), true);
      if (account && !account.confirmedAt) await this.sendLink(scope, account.id, 'confirm_email');
    });
  }

  /** Email and password; refused before the email is confirmed, and for a while after too many wrong passwords. */
  async logIn(scope: TenantScope, request: LoginRequest): Promise<CustomerSessionResponse> {
    const account = await this.repo.accountByEmail(scope, request.email.trim().toLowerCase());
    const now = this.clock.now();
    if (account?.lockedUntil && account.lockedUntil > now) {
      throw new DomainError(P.TOO_MANY_LOGIN_ATTEMPTS, 'Too many wrong passwords: try again later, or reset the password');
    }
    const matches = await bcrypt.compare(request.password, account?.passwordHash ?? NO_ACCOUNT_HASH);
    if (!account || !matches) {
      if (account) await this.repo.countFailedLogin(scope, account.id, MAX_FAILED_LOGINS, new Date(now.getTime() + LOCK_MS));
      throw new DomainError(TenancyProblems.INVALID_CREDENTIALS, 'Wrong email or password');
    }
    if (!account.confirmedAt) throw new DomainError(P.ACCOUNT_NOT_CONFIRMED, 'Confirm your email first: open the link we sent you');
    await this.repo.resetFailedLogins(scope, account.id);
    return this.openSession(scope, account);
  }

  /** Ends the session on the server: its token no longer opens anything. */
  async logOut(scope: TenantScope, customer: CustomerPrincipal): Promise<void> {
    await this.repo.revokeSession(scope, customer.sessionId, this.clock.now());
  }

  /** Sends a reset link if the shop has an account with this email; the caller is told the same either way. */
  async forgotPassword(scope: TenantScope, email: string): Promise<void> {
    await this.db.transaction(async () => {
      const account = await this.repo.accountByEmail(scope, email.trim().toLowerCase(), true);
      if (account) await this.sendLink(scope, account.id, 'reset_password');
    });
  }

  /** A new password from a reset link: every open session ends, the link stops working; logged in with the new password. */
  async resetPassword(scope: TenantScope, request: ResetPasswordRequest): Promise<CustomerSessionResponse> {
    const hash = tokenHash(request.token);
    // Checked before the (slow) hashing, then again under lock: a link is used once.
    this.usable(await this.repo.link(scope, { tokenHash: hash }), 'reset_password');
    const passwordHash = await bcrypt.hash(request.password, 10);
    const accountId = await this.db.transaction(async () => {
      const link = this.usable(await this.repo.link(scope, { tokenHash: hash }, true), 'reset_password');
      const now = this.clock.now();
      await this.repo.useLink(scope, link.id, now);
      await this.repo.setPassword(scope, link.accountId, passwordHash);
      await this.repo.revokeSessionsOf(scope, link.accountId, now);
      // Reading the email proves the address as well as a confirmation link would.
      await this.repo.confirm(scope, link.accountId, now);
      return link.accountId;
    });
    return this.openSession(scope, (await this.repo.account(scope, accountId))!);
  }

  /** The customer behind a bearer token of this shop's sessions; throws UNAUTHENTICATED otherwise. */
  async authenticate(scope: TenantScope, bearer: string | undefined): Promise<CustomerPrincipal> {
    const customer = await this.sessionOf(scope, bearer);
    if (!customer) throw new UnauthenticatedError('A valid customer session of this shop is required');
    return customer;
  }

  /** Like `authenticate`, but no token (or a stale one) is no customer: a guest. */
  async sessionOf(scope: TenantScope, bearer: string | undefined): Promise<CustomerPrincipal | null> {
    if (!bearer?.startsWith(SESSION_PREFIX) || bearer.length > 100) return null;
    const live = await this.repo.liveSession(scope, tokenHash(bearer), this.clock.now());
    if (!live) return null;
    const { account } = live;
    return { accountId: account.id, sessionId: live.sessionId, email: account.email, firstName: account.firstName, lastName: account.lastName };
  }

  async me(scope: TenantScope, customer: CustomerPrincipal): Promise<CustomerAccountResponse> {
    const account = await this.repo.account(scope, customer.accountId);
    if (!account) throw new UnauthenticatedError();
    return view(account);
  }

  /** "My orders": placed while logged in, or claimed. */
  async listOrders(scope: TenantScope, customer: CustomerPrincipal, query: AccountOrdersQuery): Promise<AccountOrdersPage> {
    return this.orders.listAccountOrders(scope, customer.accountId, query);
  }

  /**
   * A guest order joins the account, with the secret of its link, when the account's (confirmed)
   * email is the order's; claiming it again is harmless.
   */
  async claimOrder(scope: TenantScope, customer: CustomerPrincipal, orderId: string, token: string): Promise<void> {
    const order = await this.orders.claimableOrder(scope, orderId, token);
    if (order.accountId === customer.accountId) return;
    if (order.email !== customer.email) throw new DomainError(P.ORDER_EMAIL_MISMATCH, 'Only an account with the order’s email may claim it');
    if (order.accountId) throw new DomainError(P.ORDER_CLAIMED_BY_ANOTHER_ACCOUNT, 'This order already belongs to another account');
    const linked = await this.orders.linkToAccount(scope, orderId, customer.accountId, actorOf(customer));
    if (!linked.get()) throw new DomainError(P.ORDER_CLAIMED_BY_ANOTHER_ACCOUNT, 'This order already belongs to another account');
  }

  /** The mail job: sends the link's email unless it was used or replaced meanwhile (safe to run twice). */
  async sendLinkEmail(scope: TenantScope, linkId: string): Promise<void> {
    const link = await this.repo.link(scope, { id: linkId });
    if (!link || link.usedAt || link.revokedAt) return;
    const token = accountLinkToken(this.config.JWT_SECRET, link.purpose, link.id);
    if (tokenHash(token) !== link.tokenHash) {
      this.logger.warn({ linkId }, 'account link token does not match (JWT_SECRET changed?): ask for a new link');
      return;
    }
    const [account, shop] = await Promise.all([this.repo.account(scope, link.accountId), this.repo.shopName(scope)]);
    if (!account || !shop) return;
    const page = link.purpose === 'confirm_email' ? 'confirm' : 'reset-password';
    const url = `${this.config.SHOP_PUBLIC_URL.replace(/\/+$/, '')}/shop/${shop.slug}/account/${page}?token=${token}`;
    const until = new Intl.DateTimeFormat(LOCALES[account.language], { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Zurich' }).format(
      link.expiresAt,
    );
    const mail = accountMail({ purpose: link.purpose, language: account.language, shopName: shop.name, firstName: account.firstName, link: url, until });
    await this.mailer.send({ to: account.email, fromName: shop.name, messageId: `<${ACCOUNT_LINK_JOB}-${link.id}@guichet>`, ...mail });
    this.logger.log({ ticketingId: scope.ticketingId, linkId, purpose: link.purpose }, 'customer-accounts: link email sent');
  }

  /** A new link (replacing the open one of its purpose) and its email, in the caller's transaction. */
  private async sendLink(scope: TenantScope, accountId: string, purpose: AccountLinkPurpose): Promise<void> {
    const id = randomUUID();
    const now = this.clock.now();
    await this.repo.insertLink(scope, {
      id,
      accountId,
      purpose,
      tokenHash: tokenHash(accountLinkToken(this.config.JWT_SECRET, purpose, id)),
      createdAt: now,
      expiresAt: new Date(now.getTime() + LINK_TTL_MS[purpose]),
    });
    await this.outbox.add(scope, { queue: QueueName.Mail, name: ACCOUNT_LINK_JOB, jobId: `${ACCOUNT_LINK_JOB}.${id}`, payload: { linkId: id } });
  }

  private async openSession(scope: TenantScope, account: AccountRow): Promise<CustomerSessionResponse> {
    const accessToken = SESSION_PREFIX + randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await this.repo.insertSession(scope, { accountId: account.id, tokenHash: tokenHash(accessToken), createdAt: now, expiresAt });
    return { accessToken, expiresAt: expiresAt.toISOString(), account: view(account) };
  }

  /** A link that can still be used for this purpose, or the problem saying why not. */
  private usable(link: LinkRow | undefined, purpose: AccountLinkPurpose): LinkRow {
    if (!link || link.purpose !== purpose || link.revokedAt) throw new NotFoundError(P.ACCOUNT_LINK_NOT_FOUND, 'Link');
    if (link.usedAt) throw new DomainError(P.ACCOUNT_LINK_USED, 'This link was already used');
    if (link.expiresAt <= this.clock.now()) throw new DomainError(P.ACCOUNT_LINK_EXPIRED, 'This link has expired: ask for a new one');
    return link;
  }
}

const view = (a: AccountRow): CustomerAccountResponse => ({ id: a.id, email: a.email, firstName: a.firstName, lastName: a.lastName, language: a.language });
const actorOf = (c: CustomerPrincipal): Actor => ({ kind: 'customer', id: c.accountId, label: `${c.firstName} ${c.lastName}`.trim() });
