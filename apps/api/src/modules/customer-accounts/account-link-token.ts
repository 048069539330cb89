import { createHmac } from 'node:crypto';
import type { AccountLinkPurpose } from './entities/customer-account-link.entity';

/**
 * The token of a confirmation or reset link: an HMAC of the link's random id under the server's
 * secret (like a team invitation's). The database keeps only its hash and the mail job carries only
 * the link's id, yet a retried job sends the same link.
 */
export function accountLinkToken(secret: string, purpose: AccountLinkPurpose, linkId: string): string {
  return createHmac('sha256', secret).update(`guichet.customer-account.${purpose}:${linkId}`).digest('base64url');
}
