import { Injectable } from '@nestjs/common';
import { Actor } from '../audit/actor';
import { Database } from '../database/database';
import { Role } from './entities/membership.entity';
import { TenantScope } from './tenant-scope';

export interface MemberRow {
  userId: string;
  name: string;
  email: string;
  role: Role;
  hasPassword: boolean;
  invitedAt: Date | null;
  invitationExpiresAt: Date | null;
}

export interface InvitationRow {
  id: string;
  ticketingId: string;
  userId: string;
  email: string;
  name: string;
  hasPassword: boolean;
  /** The user's role in the invitation's ticketing; null once they left it. */
  role: Role | null;
  ticketingName: string;
  organizerName: string;
  invitedByName: string;
  tokenHash: string;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

export interface TeamHistoryRow {
  id: string;
  userId: string;
  userLabel: string;
  action: string;
  actorKind: Actor['kind'];
  actorLabel: string;
  data: Record<string, unknown>;
  at: Date;
}

const MEMBER_COLUMNS = `u.id AS "userId", u.name, u.email, m.role, u.password_hash IS NOT NULL AS "hasPassword",
       i.created_at AS "invitedAt", i.expires_at AS "invitationExpiresAt"`;
const MEMBER_FROM = `memberships m JOIN users u ON u.id = m.user_id
  LEFT JOIN invitations i ON i.user_id = u.id AND i.accepted_at IS NULL AND i.revoked_at IS NULL`;

/** The SQL of team management: memberships, users without a password yet, invitations and the team's journal. */
@Injectable()
export class TeamRepository {
  constructor(private readonly db: Database) {}

  /**
   * Locks the ticketing's row for the rest of the transaction: team changes of one ticketing run one
   * after the other, so two admins demoting each other cannot leave it without an admin.
   */
  async lockTicketing(scope: TenantScope): Promise<{ organizerId: string; name: string } | undefined> {
    const [row] = await this.db.platformQuery<{ organizerId: string; name: string }>(
      `SELECT organizer_id AS "organizerId", name FROM ticketings WHERE id = $1 FOR NO KEY UPDATE`,
      [scope.ticketingId],
    );
    return row;
  }

  async members(scope: TenantScope): Promise<MemberRow[]> {
    return this.db.tenantQuery<MemberRow>(scope, `SELECT ${MEMBER_COLUMNS} FROM ${MEMBER_FROM} WHERE m.ticketing_id = $1 ORDER BY lower(u.name), u.email`);
  }

  async member(scope: TenantScope, userId: string): Promise<MemberRow | undefined> {
    const [row] = await this.db.tenantQuery<MemberRow>(scope, `SELECT ${MEMBER_COLUMNS} FROM ${MEMBER_FROM} WHERE m.ticketing_id = $1 AND m.user_id = $2`, [
      userId,
    ]);
    return row;
  }

  async userByEmail(email: string): Promise<{ id: string; organizerId: string; name: string; hasPassword: boolean } | undefined> {
    const [row] = await this.db.platformQuery<{ id: string; organizerId: string; name: string; hasPassword: boolean }>(
      `SELECT id, organizer_id AS "organizerId", name, password_hash IS NOT NULL AS "hasPassword" FROM users WHERE email = $1`,
      [email],
    );
    return row;
  }

  /** A user without a password; undefined when another transaction just took the email (read it again). */
  async insertUser(organizerId: string, email: string, name: string): Promise<string | undefined> {
    const [row] = await this.db.platformQuery<{ id: string }>(
      `INSERT INTO users (organizer_id, email, name) VALUES ($1, $2, $3) ON CONFLICT (email) DO NOTHING RETURNING id`,
      [organizerId, email, name],
    );
    return row?.id;
  }

  /** False when the user already was a member. */
  async insertMembership(scope: TenantScope, userId: string, role: Role): Promise<boolean> {
    const rows = await this.db.tenantQuery(
      scope,
      `INSERT INTO memberships (ticketing_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (user_id, ticketing_id) DO NOTHING RETURNING user_id`,
      [userId, role],
    );
    return rows.length === 1;
  }

  async setRole(scope: TenantScope, userId: string, role: Role): Promise<void> {
    await this.db.tenantQuery(scope, `UPDATE memberships SET role = $3 WHERE ticketing_id = $1 AND user_id = $2`, [userId, role]);
  }

  async deleteMembership(scope: TenantScope, userId: string): Promise<void> {
    await this.db.tenantQuery(scope, `DELETE FROM memberships WHERE ticketing_id = $1 AND user_id = $2`, [userId]);
  }

  async adminCount(scope: TenantScope): Promise<number> {
    const [row] = await this.db.tenantQuery<{ n: number }>(scope, `SELECT count(*)::int AS n FROM memberships WHERE ticketing_id = $1 AND role = 'admin'`);
    return row.n;
  }

  /** Closes the user's open invitation, if any (a newer one replaces it). */
  async revokeOpenInvitation(userId: string, at: Date): Promise<void> {
    await this.db.platformQuery(`UPDATE invitations SET revoked_at = $2 WHERE user_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`, [userId, at]);
  }

  /** Withdraws the user's open invitation to this ticketing (they left it). */
  async withdrawInvitation(scope: TenantScope, userId: string, at: Date): Promise<void> {
    await this.db.tenantQuery(
      scope,
      `UPDATE invitations SET revoked_at = $3 WHERE ticketing_id = $1 AND user_id = $2 AND accepted_at IS NULL AND revoked_at IS NULL`,
      [userId, at],
    );
  }

  async insertInvitation(
    scope: TenantScope,
    invitation: { id: string; userId: string; invitedById: string | null; invitedByName: string; tokenHash: string; createdAt: Date; expiresAt: Date },
  ): Promise<void> {
    await this.db.tenantQuery(
      scope,
      `INSERT INTO invitations (ticketing_id, id, user_id, invited_by_id, invited_by_name, token_hash, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [invitation.id, invitation.userId, invitation.invitedById, invitation.invitedByName, invitation.tokenHash, invitation.createdAt, invitation.expiresAt],
    );
  }

  /** An invitation with what its page and its email show; `lock` holds it until the transaction ends (acceptance). */
  async invitation(by: { id: string } | { tokenHash: string }, lock = false): Promise<InvitationRow | undefined> {
    const [row] = await this.db.platformQuery<InvitationRow>(
      `SELECT i.id, i.ticketing_id AS "ticketingId", i.user_id AS "userId", u.email, u.name, u.password_hash IS NOT NULL AS "hasPassword",
              m.role, t.name AS "ticketingName", o.name AS "organizerName", i.invited_by_name AS "invitedByName", i.token_hash AS "tokenHash",
              i.expires_at AS "expiresAt", i.accepted_at AS "acceptedAt", i.revoked_at AS "revokedAt"
         FROM invitations i
         JOIN users u ON u.id = i.user_id
         JOIN ticketings t ON t.id = i.ticketing_id
         JOIN organizers o ON o.id = t.organizer_id
         LEFT JOIN memberships m ON m.user_id = i.user_id AND m.ticketing_id = i.ticketing_id
        WHERE ${'id' in by ? 'i.id' : 'i.token_hash'} = $1
        ${lock ? 'FOR UPDATE OF i, u' : ''}`,
      ['id' in by ? by.id : by.tokenHash],
    );
    return row;
  }

  async accept(invitationId: string, userId: string, passwordHash: string, at: Date): Promise<void> {
    await this.db.platformQuery(`UPDATE invitations SET accepted_at = $2 WHERE id = $1`, [invitationId, at]);
    await this.db.platformQuery(`UPDATE users SET password_hash = $2 WHERE id = $1`, [userId, passwordHash]);
  }

  async appendHistory(
    scope: TenantScope,
    entry: { userId: string; userLabel: string; action: string; actor: Actor; data: Record<string, unknown>; at: Date },
  ): Promise<void> {
    await this.db.tenantQuery(
      scope,
      `INSERT INTO team_history (ticketing_id, user_id, user_label, action, actor_kind, actor_id, actor_label, data, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [entry.userId, entry.userLabel, entry.action, entry.actor.kind, entry.actor.id, entry.actor.label, JSON.stringify(entry.data), entry.at],
    );
  }

  async history(scope: TenantScope, limit: number): Promise<TeamHistoryRow[]> {
    return this.db.tenantQuery<TeamHistoryRow>(
      scope,
      `SELECT id::text, user_id AS "userId", user_label AS "userLabel", action, actor_kind AS "actorKind", actor_label AS "actorLabel", data, at
         FROM team_history WHERE ticketing_id = $1 ORDER BY id DESC LIMIT $2`,
      [limit],
    );
  }
}
