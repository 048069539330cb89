import { Injectable } from '@nestjs/common';
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { AppConfig } from '../config/app-config';

const PREFIX = 'l1.';
const PERSONALISATION_PREFIX = 'p1.';

/**
 * The secret of the link to an order in its confirmation email.
 *
 * The checkout's access token is shown once and only its hash is stored, so the worker that sends
 * the email later cannot know it. Rather than a second random token — whose plain value would have
 * to travel in the outbox row and the queue (PostgreSQL and Redis) to reach the worker — the link
 * carries an HMAC of the ticketing and order ids under a server key: the worker derives the same
 * link on every retry (one email, one link), nothing secret is written anywhere, and it is as hard
 * to guess as the checkout token (256 bits). What it costs: one order's link cannot be revoked
 * alone; changing the key (ORDER_LINK_SECRET, or JWT_SECRET it is derived from when unset) revokes
 * every emailed link, while checkout tokens keep working.
 */
@Injectable()
export class OrderLinks {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = config.ORDER_LINK_SECRET
      ? Buffer.from(config.ORDER_LINK_SECRET)
      : Buffer.from(hkdfSync('sha256', config.JWT_SECRET, 'guichet', 'order-link', 32));
  }

  /** The secret of an order's emailed link. */
  tokenFor(ticketingId: string, orderId: string): string {
    return PREFIX + createHmac('sha256', this.key).update(`${ticketingId}.${orderId}`).digest('base64url');
  }

  /**
   * ORD-5: the secret of an order's personalisation link, valid until `expiresAt` (which it
   * carries, signed with the ids): the customer completes or corrects attendee data with it.
   */
  personalisationToken(ticketingId: string, orderId: string, expiresAt: Date): string {
    const until = Math.floor(expiresAt.getTime() / 1000);
    return `${PERSONALISATION_PREFIX}${until}.${createHmac('sha256', this.key).update(`personalisation.${ticketingId}.${orderId}.${until}`).digest('base64url')}`;
  }

  /** The expiry a personalisation token of this order carries, or null when it is not one (expired or not: the caller compares). */
  personalisationExpiry(ticketingId: string, orderId: string, token: string): Date | null {
    const match = /^p1\.(\d{1,12})\.[A-Za-z0-9_-]+$/.exec(token);
    if (!match) return null;
    const expiresAt = new Date(Number(match[1]) * 1000);
    const expected = Buffer.from(this.personalisationToken(ticketingId, orderId, expiresAt));
    const given = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected) ? expiresAt : null;
  }

  /** Whether `token` is this order's emailed-link secret (compared in constant time). */
  verify(ticketingId: string, orderId: string, token: string): boolean {
    if (!token.startsWith(PREFIX)) return false;
    const expected = Buffer.from(this.tokenFor(ticketingId, orderId));
    const given = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
