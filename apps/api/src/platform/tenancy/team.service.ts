import { Injectable, Logger } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { randomUUID } from 'node:crypto';
import { Actor } from '../audit/actor';
import { Clock } from '../clock/clock';
import { AppConfig } from '../config/app-config';
import { Database } from '../database/database';
import { DomainError, NotFoundError } from '../http/problem';
import { Mailer } from '../mail/mailer';
import { Outbox } from '../outbox/outbox';
import { QueueName } from '../queue/queues';
import { Role } from './entities/membership.entity';
import { invitationToken, tokenHash } from './link-tokens';
import { AddMemberRequest, InvitationResponse, MemberResponse, MemberStatus, TeamHistoryResponse } from './team.dto';
import { InvitationRow, MemberRow, TeamRepository } from './team.repository';
import { TenancyProblems } from './tenancy.errors';
import { TenantScope } from './tenant-scope';

export const TEAM_INVITATION_JOB = 'team-invitation';
/** How long an invitation link works. */
export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

const ROLE_NAMES: Record<Role, string> = {
  admin: 'administration',
  manager: 'gestion',
  ticket_office: 'guichet',
  control: 'contrôle',
  accounting: 'comptabilité',
};

/**
 * A ticketing's team: admins add people by email with a role (an unknown email becomes a user of
 * the organizer, invited by email to choose a password), change their role or remove them. A
 * ticketing always keeps an admin. Every change is written to the team's journal and logged.
 */
@Injectable()
export class TeamService {
  private readonly logger = new Logger('Team');

  constructor(
    private readonly db: Database,
    private readonly repo: TeamRepository,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly outbox: Outbox,
    private readonly mailer: Mailer,
  ) {}

  async listMembers(scope: TenantScope): Promise<MemberResponse[]> {
    const now = this.clock.now();
    return (await this.repo.members(scope)).map((m) => this.view(m, now));
  }

  async addMember(scope: TenantScope, actor: Actor, request: AddMemberRequest): Promise<MemberResponse> {
    const email = request.email.toLowerCase();
    const userId = await this.db.transaction(async () => {
      const ticketing = await this.requireTicketing(scope);
      let user = await this.repo.userByEmail(email);
      let created = false;
      if (!user) {
        const id = await this.repo.insertUser(ticketing.organizerId, email, request.name);
        created = id !== undefined;
        // Another request created this user a moment ago: go on with it like with any existing user.
        user = id ? { id, organizerId: ticketing.organizerId, name: request.name, hasPassword: false } : await this.repo.userByEmail(email);
      }
      // A login is one person of one organizer; say no more than that about someone else's account.
      if (!user || user.organizerId !== ticketing.organizerId) {
        throw new DomainError(TenancyProblems.EMAIL_BELONGS_TO_ANOTHER_ORGANIZER, 'This email is the login of an account that cannot join this ticketing', [
          { field: 'email', message: 'belongs to an account of another organizer' },
        ]);
      }
      if (!(await this.repo.insertMembership(scope, user.id, request.role))) {
        throw new DomainError(TenancyProblems.MEMBER_ALREADY_EXISTS, 'This person is already a member of this ticketing', [
          { field: 'email', message: 'is already a member of this ticketing' },
        ]);
      }
      const label = `${user.name} <${email}>`;
      await this.record(scope, actor, { userId: user.id, userLabel: label, action: 'team.member.added', data: { role: request.role, newUser: created } });
      if (!user.hasPassword) await this.invite(scope, actor, user.id, label);
      return user.id;
    });
    return this.requireMember(scope, userId);
  }

  async updateMember(scope: TenantScope, actor: Actor, userId: string, role: Role): Promise<MemberResponse> {
    await this.db.transaction(async () => {
      await this.requireTicketing(scope);
      const member = await this.requireMemberRow(scope, userId);
      if (member.role === role) return;
      if (member.role === 'admin') await this.keepAnAdmin(scope, 'demote');
      await this.repo.setRole(scope, userId, role);
      await this.record(scope, actor, { userId, userLabel: labelOf(member), action: 'team.member.role_changed', data: { from: member.role, to: role } });
    });
    return this.requireMember(scope, userId);
  }

  async removeMember(scope: TenantScope, actor: Actor, userId: string): Promise<void> {
    await this.db.transaction(async () => {
      await this.requireTicketing(scope);
      const member = await this.requireMemberRow(scope, userId);
      if (member.role === 'admin') await this.keepAnAdmin(scope, 'remove');
      await this.repo.deleteMembership(scope, userId);
      // An invitation to a ticketing they no longer belong to would open nothing.
      await this.repo.withdrawInvitation(scope, userId, this.clock.now());
      await this.record(scope, actor, { userId, userLabel: labelOf(member), action: 'team.member.removed', data: { role: member.role } });
    });
  }

  /** A new invitation (a new link) for a member who has not chosen a password; the previous link stops working. */
  async resendInvitation(scope: TenantScope, actor: Actor, userId: string): Promise<MemberResponse> {
    await this.db.transaction(async () => {
      await this.requireTicketing(scope);
      const member = await this.requireMemberRow(scope, userId);
      if (member.hasPassword) throw new DomainError(TenancyProblems.INVITATION_NOT_PENDING, 'This member has already chosen a password');
      await this.invite(scope, actor, userId, labelOf(member));
    });
    return this.requireMember(scope, userId);
  }

  async history(scope: TenantScope, limit = 100): Promise<TeamHistoryResponse> {
    const rows = await this.repo.history(scope, limit);
    return {
      items: rows.map((r) => ({
        id: r.id,
        action: r.action,
        userId: r.userId,
        userLabel: r.userLabel,
        actor: { kind: r.actorKind, label: r.actorLabel },
        at: r.at.toISOString(),
        data: r.data,
      })),
    };
  }

  /** What the acceptance page shows: who invites whom to which ticketing. */
  async getInvitation(token: string): Promise<InvitationResponse> {
    const invitation = this.usable(await this.repo.invitation({ tokenHash: tokenHash(token) }));
    return {
      email: invitation.email,
      name: invitation.name,
      ticketingId: invitation.ticketingId,
      ticketingName: invitation.ticketingName,
      organizerName: invitation.organizerName,
      invitedBy: invitation.invitedByName,
      role: invitation.role!,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /** The invited user chooses their password; the link then stops working. Returns the user id, to log them in. */
  async acceptInvitation(token: string, password: string): Promise<string> {
    const hash = tokenHash(token);
    // Checked before the (slow) password hashing, then again under lock: accepting is single-use.
    this.usable(await this.repo.invitation({ tokenHash: hash }));
    const passwordHash = await bcrypt.hash(password, 10);
    return this.db.transaction(async () => {
      const invitation = this.usable(await this.repo.invitation({ tokenHash: hash }, true));
      const now = this.clock.now();
      await this.repo.accept(invitation.id, invitation.userId, passwordHash, now);
      const scope = TenantScope.of(invitation.ticketingId);
      const actor: Actor = { kind: 'user', id: invitation.userId, label: invitation.name };
      await this.record(scope, actor, { userId: invitation.userId, userLabel: labelOf(invitation), action: 'team.invitation.accepted', data: {} });
      return invitation.userId;
    });
  }

  /** The mail job: sends the invitation's email unless it was accepted, replaced or withdrawn meanwhile (safe to run twice). */
  async sendInvitationEmail(invitationId: string): Promise<void> {
    const invitation = await this.repo.invitation({ id: invitationId });
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.hasPassword || !invitation.role) return;
    const token = invitationToken(this.config.JWT_SECRET, invitation.id);
    // The secret changed since the invitation was written: this link would not open it.
    if (tokenHash(token) !== invitation.tokenHash) {
      this.logger.warn({ invitationId }, 'invitation token does not match (JWT_SECRET changed?): resend the invitation');
      return;
    }
    const link = `${this.config.BACKOFFICE_PUBLIC_URL.replace(/\/+$/, '')}/invitation?token=${token}`;
    const until = new Intl.DateTimeFormat('fr-CH', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Zurich' }).format(invitation.expiresAt);
    const lines = [
      `${invitation.invitedByName} vous invite à rejoindre l’équipe de la billetterie « ${invitation.ticketingName} » (${invitation.organizerName}) sur Guichet, avec le rôle « ${ROLE_NAMES[invitation.role]} ».`,
      `Pour accepter, choisissez votre mot de passe en ouvrant ce lien :`,
    ];
    const after = [
      `Ce lien est personnel, ne sert qu’une fois et reste valable jusqu’au ${until}.`,
      `Si vous n’attendiez pas cette invitation, ignorez ce message.`,
    ];
    await this.mailer.send({
      to: invitation.email,
      subject: `Invitation à rejoindre ${invitation.ticketingName} sur Guichet`,
      messageId: `<team-invitation-${invitation.id}@guichet>`,
      text: `Bonjour ${invitation.name},\n\n${lines.join('\n')}\n${link}\n\n${after.join('\n')}\n\nGuichet`,
      html:
        `<p>Bonjour ${escapeHtml(invitation.name)},</p>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}` +
        `<p><a href="${escapeHtml(link)}">Choisir mon mot de passe</a></p>${after.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}<p>Guichet</p>`,
    });
    this.logger.log({ ticketingId: invitation.ticketingId, userId: invitation.userId, invitationId }, 'team: invitation email sent');
  }

  /** Writes a new invitation (replacing the user's open one) and its email, in the caller's transaction. */
  private async invite(scope: TenantScope, actor: Actor, userId: string, userLabel: string): Promise<void> {
    const now = this.clock.now();
    const id = randomUUID();
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
    await this.repo.revokeOpenInvitation(userId, now);
    await this.repo.insertInvitation(scope, {
      id,
      userId,
      invitedById: actor.id,
      invitedByName: actor.label,
      tokenHash: tokenHash(invitationToken(this.config.JWT_SECRET, id)),
      createdAt: now,
      expiresAt,
    });
    await this.outbox.add(scope, { queue: QueueName.Mail, name: TEAM_INVITATION_JOB, jobId: `${TEAM_INVITATION_JOB}.${id}`, payload: { invitationId: id } });
    await this.record(scope, actor, { userId, userLabel, action: 'team.invitation.sent', data: { expiresAt: expiresAt.toISOString() } });
  }

  /** The journal entry and its log line, with the actor. */
  private async record(scope: TenantScope, actor: Actor, entry: { userId: string; userLabel: string; action: string; data: Record<string, unknown> }) {
    await this.repo.appendHistory(scope, { ...entry, actor, at: this.clock.now() });
    this.logger.log(
      { ticketingId: scope.ticketingId, userId: entry.userId, actor: { kind: actor.kind, id: actor.id, label: actor.label }, ...entry.data },
      `${entry.action}: ${entry.userLabel} by ${actor.label}`,
    );
  }

  private async requireTicketing(scope: TenantScope): Promise<{ organizerId: string }> {
    const ticketing = await this.repo.lockTicketing(scope);
    if (!ticketing) throw new NotFoundError(TenancyProblems.TICKETING_NOT_FOUND, 'Ticketing');
    return ticketing;
  }

  private async keepAnAdmin(scope: TenantScope, what: 'remove' | 'demote'): Promise<void> {
    if ((await this.repo.adminCount(scope)) > 1) return;
    throw new DomainError(
      TenancyProblems.LAST_ADMIN,
      what === 'remove' ? 'The last admin of a ticketing cannot be removed' : 'The last admin of a ticketing cannot be given another role',
    );
  }

  private async requireMemberRow(scope: TenantScope, userId: string): Promise<MemberRow> {
    const member = await this.repo.member(scope, userId);
    if (!member) throw new NotFoundError(TenancyProblems.MEMBER_NOT_FOUND, 'Member');
    return member;
  }

  private async requireMember(scope: TenantScope, userId: string): Promise<MemberResponse> {
    return this.view(await this.requireMemberRow(scope, userId), this.clock.now());
  }

  /** An invitation that can still be accepted, or the problem saying why not. */
  private usable(invitation: InvitationRow | undefined): InvitationRow {
    if (!invitation || invitation.revokedAt || !invitation.role) throw new NotFoundError(TenancyProblems.INVITATION_NOT_FOUND, 'Invitation');
    if (invitation.acceptedAt || invitation.hasPassword) {
      throw new DomainError(TenancyProblems.INVITATION_ALREADY_ACCEPTED, 'This invitation was already used; log in with your password');
    }
    if (invitation.expiresAt <= this.clock.now()) throw new DomainError(TenancyProblems.INVITATION_EXPIRED, 'This invitation has expired');
    return invitation;
  }

  private view(m: MemberRow, now: Date): MemberResponse {
    const open = !m.hasPassword && m.invitationExpiresAt !== null;
    const status: MemberStatus = m.hasPassword ? 'active' : open && m.invitationExpiresAt! > now ? 'invited' : 'invitation_expired';
    return {
      userId: m.userId,
      name: m.name,
      email: m.email,
      role: m.role,
      status,
      invitedAt: open ? m.invitedAt!.toISOString() : null,
      invitationExpiresAt: open ? m.invitationExpiresAt!.toISOString() : null,
    };
  }
}

const labelOf = (m: { name: string; email: string }) => `${m.name} <${m.email}>`;
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
