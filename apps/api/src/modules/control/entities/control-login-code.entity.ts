import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A code a door device logs in with (ADR 0042): a profile's code, used once before it expires, or
 * the ticketing's organizer code, reusable until rotated. Only its SHA-256 is kept.
 */
@Entity('control_login_codes')
@Index(['ticketingId', 'kind'])
@Check('control_login_codes_kind_check', `kind IN ('profile','organizer')`)
@Check('control_login_codes_profile_check', `(kind = 'profile') = (profile_id IS NOT NULL)`)
// One organizer code per ticketing: rotating replaces it.
@Index('control_login_codes_one_organizer', ['ticketingId'], { unique: true, where: `kind = 'organizer'` })
export class ControlLoginCode {
  /** SHA-256 of the normalised code, hex. */
  @PrimaryColumn('text')
  codeHash: string;

  @Column('uuid')
  ticketingId: string;

  @Column('text')
  kind: 'profile' | 'organizer';

  @Column('uuid', { nullable: true })
  profileId: string | null;

  /** A profile code's end; an organizer code has none. */
  @Column('timestamptz', { nullable: true })
  expiresAt: Date | null;

  /** When a profile code was exchanged for a device token (it is then spent). */
  @Column('timestamptz', { nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
