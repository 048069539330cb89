import { Injectable } from '@nestjs/common';
import { Database } from '../../platform/database/database';
import type { Language } from '../../platform/documents/words';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CustomerAccount } from './entities/customer-account.entity';
import { AccountLinkPurpose, CustomerAccountLink } from './entities/customer-account-link.entity';

const ACCOUNT_COLUMNS = `id, email, password_hash AS "passwordHash", first_name AS "firstName", last_name AS "lastName", language,
  confirmed_at AS "confirmedAt", failed_logins AS "failedLogins", locked_until AS "lockedUntil", created_at AS "createdAt"`;

export type AccountRow = Omit<CustomerAccount, 'ticketingId'>;
export type LinkRow = Omit<CustomerAccountLink, 'ticketingId'>;

/** The SQL of customer accounts: accounts, their sessions and their emailed links, all scoped by ticketing. */
@Injectable()
export class CustomerAccountsRepository {
  constructor(private readonly db: Database) {}

  /** The new account's id; undefined when the shop already has one with this email. */
  async insertAccount(
    scope: TenantScope,
    a: { email: string; passwordHash: string; firstName: string; lastName: string; language: Language; createdAt: Date },
  ): Promise<string | undefined> {
    const [row] = await this.db.tenantQuery<{ id: string }>(
      scope,
      `INSERT INTO customer_accounts (ticketing_id, email, password_hash, first_name, last_name, language, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (ticketing_id, email) DO NOTHING RETURNING id`,
      [a.email, a.passwordHash, a.firstName, a.lastName, a.language, a.createdAt],
    );
    return row?.id;
  }

  async accountByEmail(scope: TenantScope, email: string, lock = false): Promise<AccountRow | undefined> {
    const [row] = await this.db.tenantQuery<AccountRow>(
      scope,
      `SELECT ${ACCOUNT_COLUMNS} FROM customer_accounts WHERE ticketing_id = $1 AND email = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [email],
    );
    return row;
  }

  async account(scope: TenantScope, accountId: string): Promise<AccountRow | undefined> {
    const [row] = await this.db.tenantQuery<AccountRow>(scope, `SELECT ${ACCOUNT_COLUMNS} FROM customer_accounts WHERE ticketing_id = $1 AND id = $2`, [
      accountId,
    ]);
    return row;
  }

  /** A wrong password: counted, and the login locked until `lockUntil` once the count reaches `limit`. */
  async countFailedLogin(scope: TenantScope, accountId: string, limit: number, lockUntil: Date): Promise<void> {
    await this.db.tenantQuery(
      scope,
      `UPDATE customer_accounts SET failed_logins = failed_logins + 1,
              locked_until = CASE WHEN failed_logins + 1 >= $3 THEN $4 ELSE locked_until END
        WHERE ticketing_id = $1 AND id = $2`,
      [accountId, limit, lockUntil],
    );
  }

  async resetFailedLogins(scope: TenantScope, accountId: string): Promise<void> {
    await this.db.tenantQuery(
      scope,
      `UPDATE customer_accounts SET failed_logins = 0, locked_until = NULL WHERE ticketing_id = $1 AND id = $2 AND (failed_logins > 0 OR locked_until IS NOT NULL)`,
      [accountId],
    );
  }

  async confirm(scope: TenantScope, accountId: string, at: Date): Promise<void> {
    await this.db.tenantQuery(scope, `UPDATE customer_accounts SET confirmed_at = coalesce(confirmed_at, $3) WHERE ticketing_id = $1 AND id = $2`, [
      accountId,
      at,
    ]);
  }

  /** A new password also lifts a lock: whoever reads the account's email is its owner. */
  async setPassword(scope: TenantScope, accountId: string, passwordHash: string): Promise<void> {
    await this.db.tenantQuery(
      scope,
      `UPDATE customer_accounts SET password_hash = $3, failed_logins = 0, locked_until = NULL WHERE ticketing_id = $1 AND id = $2`,
      [accountId, passwordHash],
    );
  }

  /** Replaces the account's open link of this purpose, if any, by a new one. */
  async insertLink(
    scope: TenantScope,
    link: { id: string; accountId: string; purpose: AccountLinkPurpose; tokenHash: string; createdAt: Date; expiresAt: Date },
  ) {
    await this.db.tenantQuery(
      scope,
      `UPDATE customer_account_links SET revoked_at = $4
        WHERE ticketing_id = $1 AND account_id = $2 AND purpose = $3 AND used_at IS NULL AND revoked_at IS NULL`,
      [link.accountId, link.purpose, link.createdAt],
    );
    await this.db.tenantQuery(
      scope,
      `INSERT INTO customer_account_links (ticketing_id, id, account_id, purpose, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [link.id, link.accountId, link.purpose, link.tokenHash, link.createdAt, link.expiresAt],
    );
  }

  /** A link of the shop by its token's hash or its id; `lock` holds it until the transaction ends (using it is single-use). */
  async link(scope: TenantScope, by: { tokenHash: string } | { id: string }, lock = false): Promise<LinkRow | undefined> {
    const [row] = await this.db.tenantQuery<LinkRow>(
      scope,
      `SELECT id, account_id AS "accountId", purpose, token_hash AS "tokenHash", created_at AS "createdAt", expires_at AS "expiresAt",
              used_at AS "usedAt", revoked_at AS "revokedAt"
         FROM customer_account_links WHERE ticketing_id = $1 AND ${'id' in by ? 'id' : 'token_hash'} = $2 ${lock ? 'FOR UPDATE' : ''}`,
      ['id' in by ? by.id : by.tokenHash],
    );
    return row;
  }

  async useLink(scope: TenantScope, linkId: string, at: Date): Promise<void> {
    await this.db.tenantQuery(scope, `UPDATE customer_account_links SET used_at = $3 WHERE ticketing_id = $1 AND id = $2`, [linkId, at]);
  }

  async insertSession(scope: TenantScope, s: { accountId: string; tokenHash: string; createdAt: Date; expiresAt: Date }): Promise<void> {
    await this.db.tenantQuery(
      scope,
      `INSERT INTO customer_sessions (ticketing_id, account_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [s.accountId, s.tokenHash, s.createdAt, s.expiresAt],
    );
  }

  /** The account of a live session of this shop (not revoked, not expired), with the session's id. */
  async liveSession(scope: TenantScope, tokenHash: string, now: Date): Promise<{ sessionId: string; account: AccountRow } | undefined> {
    const [row] = await this.db.tenantQuery<{ sessionId: string } & AccountRow>(
      scope,
      `SELECT s.id AS "sessionId", a.id, a.email, a.password_hash AS "passwordHash", a.first_name AS "firstName", a.last_name AS "lastName",
              a.language, a.confirmed_at AS "confirmedAt", a.failed_logins AS "failedLogins", a.locked_until AS "lockedUntil", a.created_at AS "createdAt"
         FROM customer_sessions s JOIN customer_accounts a ON a.ticketing_id = s.ticketing_id AND a.id = s.account_id
        WHERE s.ticketing_id = $1 AND s.token_hash = $2 AND s.revoked_at IS NULL AND s.expires_at > $3`,
      [tokenHash, now],
    );
    if (!row) return undefined;
    const { sessionId, ...account } = row;
    return { sessionId, account };
  }

  async revokeSession(scope: TenantScope, sessionId: string, at: Date): Promise<void> {
    await this.db.tenantQuery(scope, `UPDATE customer_sessions SET revoked_at = $3 WHERE ticketing_id = $1 AND id = $2 AND revoked_at IS NULL`, [
      sessionId,
      at,
    ]);
  }

  /** Every open session of the account (a password reset). */
  async revokeSessionsOf(scope: TenantScope, accountId: string, at: Date): Promise<void> {
    await this.db.tenantQuery(scope, `UPDATE customer_sessions SET revoked_at = $3 WHERE ticketing_id = $1 AND account_id = $2 AND revoked_at IS NULL`, [
      accountId,
      at,
    ]);
  }

  /** The shop's name, for the emails. */
  async shopName(scope: TenantScope): Promise<{ name: string; slug: string } | undefined> {
    const [row] = await this.db.platformQuery<{ name: string; slug: string }>(`SELECT name, slug FROM ticketings WHERE id = $1`, [scope.ticketingId]);
    return row;
  }
}
