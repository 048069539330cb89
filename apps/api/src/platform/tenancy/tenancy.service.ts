import { Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { Actor } from '../audit/actor';
import { Database } from '../database/database';
import { LOCK_MS, MAX_FAILED_LOGINS } from '../auth/login-lockout';
import { Clock } from '../clock/clock';
import { DomainError, NotFoundError } from '../http/problem';
import { TicketSigner } from '../signing/ticket-signer';
import { Membership, Role } from './entities/membership.entity';
import { Organizer } from './entities/organizer.entity';
import { Ticketing } from './entities/ticketing.entity';
import { User } from './entities/user.entity';
import { TenancyProblems } from './tenancy.errors';
import { TenantScope } from './tenant-scope';

export interface TicketingAccess {
  id: string;
  slug: string;
  name: string;
  defaultCurrency: string;
  role: Role;
}

export interface ShopTicketing {
  scope: TenantScope;
  slug: string;
  name: string;
  defaultCurrency: string;
}

/** Organizers, their users, ticketings and roles: who may act on which tenant. */
@Injectable()
export class TenancyService {
  private readonly shops = new Map<string, ShopTicketing>();

  constructor(
    private readonly db: Database,
    private readonly signer: TicketSigner,
    private readonly clock: Clock,
  ) {}

  /**
   * The user whose email and password these are. Wrong ones are a 401 whatever was wrong; after
   * MAX_FAILED_LOGINS wrong passwords in a row the login is refused for LOCK_MS (a 429), even with
   * the right password, so it cannot be guessed online.
   */
  async logIn(email: string, password: string): Promise<User> {
    const user = await this.db.manager.findOne(User, { where: { email: email.trim().toLowerCase() } });
    const now = this.clock.now();
    if (user?.lockedUntil && user.lockedUntil > now) {
      throw new DomainError(TenancyProblems.USER_LOCKED_OUT, 'Too many wrong passwords: try again in 15 minutes');
    }
    // Same cost whether or not the account exists (or still awaits its invited user's password),
    // so timing does not reveal emails.
    const matches = await bcrypt.compare(password, user?.passwordHash ?? '$2b$10$CwTycUXWue0Thq9StjUM0uJ8.AvPfZ8b5bq2r1wqN4zZPp3rR5w3a');
    if (!user?.passwordHash || !matches) {
      if (user) {
        await this.db.platformQuery(
          `UPDATE users SET failed_logins = failed_logins + 1,
                  locked_until = CASE WHEN failed_logins + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
            WHERE id = $1`,
          [user.id, MAX_FAILED_LOGINS, new Date(now.getTime() + LOCK_MS)],
        );
      }
      throw new DomainError(TenancyProblems.INVALID_CREDENTIALS, 'Wrong email or password');
    }
    if (user.failedLogins > 0) await this.db.platformQuery(`UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1`, [user.id]);
    return user;
  }

  findUser(userId: string): Promise<User | null> {
    return this.db.manager.findOne(User, { where: { id: userId } });
  }

  /** A user as the actor of a change: recorded with it, in words a person reads. */
  async actorOf(userId: string): Promise<Actor> {
    const user = await this.findUser(userId);
    return { kind: 'user', id: userId, label: user?.name || user?.email || 'Utilisateur' };
  }

  async findOrganizer(organizerId: string): Promise<Organizer | null> {
    return this.db.manager.findOne(Organizer, { where: { id: organizerId } });
  }

  async roleIn(userId: string, ticketingId: string): Promise<Role | null> {
    const m = await this.db.manager.findOne(Membership, { where: { userId, ticketingId } });
    return m?.role ?? null;
  }

  async ticketingsOf(userId: string): Promise<TicketingAccess[]> {
    return this.db.platformQuery<TicketingAccess>(
      `SELECT t.id, t.slug, t.name, t.default_currency AS "defaultCurrency", m.role
         FROM memberships m JOIN ticketings t ON t.id = m.ticketing_id
        WHERE m.user_id = $1 ORDER BY t.name`,
      [userId],
    );
  }

  /** Resolves a public shop slug; slugs never change, so the answer is cached per process. */
  async shopBySlug(slug: string): Promise<ShopTicketing> {
    const cached = this.shops.get(slug);
    if (cached) return cached;
    const t = await this.db.manager.findOne(Ticketing, { where: { slug } });
    if (!t) throw new NotFoundError(TenancyProblems.SHOP_NOT_FOUND, 'Shop');
    const shop = { scope: TenantScope.of(t.id), slug: t.slug, name: t.name, defaultCurrency: t.defaultCurrency };
    this.shops.set(slug, shop);
    return shop;
  }

  async ticketing(scope: TenantScope): Promise<Ticketing> {
    const t = await this.db.manager.findOne(Ticketing, { where: { id: scope.ticketingId } });
    if (!t) throw new NotFoundError(TenancyProblems.TICKETING_NOT_FOUND, 'Ticketing');
    return t;
  }

  /** Creates an organizer with its first admin user (used by seeds and tests; sign-up comes later). */
  async createOrganizer(input: { name: string; admin: { email: string; name: string; password: string } }): Promise<{ organizer: Organizer; user: User }> {
    return this.db.transaction(async () => {
      const organizer = await this.db.manager.save(Organizer, this.db.manager.create(Organizer, { name: input.name }));
      const user = await this.db.manager.save(
        User,
        this.db.manager.create(User, {
          organizerId: organizer.id,
          email: input.admin.email.trim().toLowerCase(),
          name: input.admin.name,
          passwordHash: await bcrypt.hash(input.admin.password, 10),
        }),
      );
      return { organizer, user };
    });
  }

  /** Another user of an organizer, with a password (seeds and tests; people are invited through the team instead). */
  async createUser(input: { organizerId: string; email: string; name: string; password: string }): Promise<User> {
    return this.db.manager.save(
      User,
      this.db.manager.create(User, {
        organizerId: input.organizerId,
        email: input.email.trim().toLowerCase(),
        name: input.name,
        passwordHash: await bcrypt.hash(input.password, 10),
      }),
    );
  }

  async createTicketing(input: { organizerId: string; slug: string; name: string; defaultCurrency?: string; adminUserId: string }): Promise<Ticketing> {
    return this.db.transaction(async () => {
      const ticketing = await this.db.manager.save(
        Ticketing,
        this.db.manager.create(Ticketing, {
          organizerId: input.organizerId,
          slug: input.slug,
          name: input.name,
          defaultCurrency: input.defaultCurrency ?? 'CHF',
        }),
      );
      await this.db.manager.insert(Membership, { userId: input.adminUserId, ticketingId: ticketing.id, role: 'admin' });
      await this.signer.ensureKey(TenantScope.of(ticketing.id));
      return ticketing;
    });
  }

  /** Gives a user a role (seeds and tests); admins go through the team (`TeamService`), which checks the organizer and keeps a journal. */
  async addMember(userId: string, scope: TenantScope, role: Role): Promise<void> {
    await this.db.manager.upsert(Membership, { userId, ticketingId: scope.ticketingId, role }, ['userId', 'ticketingId']);
  }
}
