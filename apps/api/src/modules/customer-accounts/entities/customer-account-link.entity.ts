import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const ACCOUNT_LINK_PURPOSES = ['confirm_email', 'reset_password'] as const;
export type AccountLinkPurpose = (typeof ACCOUNT_LINK_PURPOSES)[number];

/**
 * A link emailed to the account's address: to confirm it, or to choose a new password. Its token is
 * an HMAC of the link's id (see account-link-token.ts): only its hash is stored, the mail job
 * derives the same link on a retry. It opens once, until it expires; a newer link of the same
 * purpose replaces it.
 */
@Entity('customer_account_links')
@Index(['ticketingId', 'accountId'])
@Index('customer_account_links_one_open', ['accountId', 'purpose'], { unique: true, where: 'used_at IS NULL AND revoked_at IS NULL' })
@Check('customer_account_links_purpose_check', `purpose IN ('confirm_email','reset_password')`)
export class CustomerAccountLink {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  accountId: string;

  @Column('text')
  purpose: AccountLinkPurpose;

  /** SHA-256 of the token, hex. */
  @Index({ unique: true })
  @Column('text')
  tokenHash: string;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  usedAt: Date | null;

  /** Replaced by a newer link of the same purpose. */
  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;
}
