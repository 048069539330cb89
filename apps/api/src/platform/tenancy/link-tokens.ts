import { createHash, createHmac } from 'node:crypto';

/**
 * The token of an invitation's link: an HMAC of the invitation's random id under the server's
 * secret. Only the server can compute it, so the database keeps only its hash and the mail job
 * carries only the invitation id, yet a retried job sends the same link.
 */
export function invitationToken(secret: string, invitationId: string): string {
  return createHmac('sha256', secret).update(`guichet.invitation:${invitationId}`).digest('base64url');
}

/** The token of a password reset link, made the same way (another purpose: one never opens the other). */
export function passwordResetToken(secret: string, resetId: string): string {
  return createHmac('sha256', secret).update(`guichet.password-reset:${resetId}`).digest('base64url');
}

/** What the database keeps of a token (a link's, a customer session's), and looks it up by: the one hash of them all. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
