import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const SCAN_RESULTS = [
  'accepted',
  'already_used',
  'already_inside',
  'not_inside',
  'wrong_date',
  'wrong_zone',
  'unknown',
  'forged',
  'cancelled',
  'blacklisted',
  'replaced',
  'not_paid',
] as const;
export type ScanResult = (typeof SCAN_RESULTS)[number];

/** Every scan attempt, accepted or refused, with the reason. */
@Entity('scans')
@Index(['ticketingId', 'ticketId'])
@Index(['ticketingId', 'at'])
@Index(['ticketingId', 'dateId', 'at'])
@Index('scans_one_per_nonce', ['ticketingId', 'deviceId', 'nonce'], { unique: true, where: 'nonce IS NOT NULL' })
@Check(
  'scans_result_check',
  `result IN ('accepted','already_used','already_inside','not_inside','wrong_date','wrong_zone','unknown','forged','cancelled','blacklisted','replaced','not_paid')`,
)
@Check('scans_direction_check', `direction IN ('in','out')`)
@Index('scans_one_override', ['ticketingId', 'overrideOf'], { unique: true, where: 'override_of IS NOT NULL' })
export class Scan {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  deviceId: string;

  @Column('uuid', { nullable: true })
  ticketId: string | null;

  /**
   * The date of that ticket, copied when the scan is recorded: the dashboard counts a date's scans
   * from control's own table (a rescheduled ticket is a new ticket, so the copy never goes stale).
   */
  @Column('uuid', { nullable: true })
  dateId: string | null;

  /** What was read, cut to a sane length (a forged or foreign code is kept as evidence). */
  @Column('text')
  code: string;

  @Column('text')
  result: ScanResult;

  /** Entry or exit (an exit is only scanned in entry/exit mode). */
  @Column('text', { default: 'in' })
  direction: 'in' | 'out';

  @Column('timestamptz')
  at: Date;

  /** ADR 0043: an offline scan uploaded later carries the device's nonce; a re-upload is recognised by it. */
  @Column('uuid', { nullable: true })
  nonce: string | null;

  /** Made while the device was offline (its verdict was the device's own). */
  @Column('boolean', { default: false })
  offline: boolean;

  /** An offline admission of a ticket that another device had already admitted: reported, never undone. */
  @Column('boolean', { default: false })
  conflict: boolean;

  /** ADR 0045: an accepted entry undone at the door (the turnstile did not turn), when, by which device, why. */
  @Column('timestamptz', { nullable: true })
  annulledAt: Date | null;

  @Column('uuid', { nullable: true })
  annulledBy: string | null;

  @Column('text', { nullable: true })
  annulReason: string | null;

  /** ADR 0045: a supervisor's admission of a refused scan names that scan (this row is then `accepted`). */
  @Column('bigint', { nullable: true })
  overrideOf: string | null;

  @Column('text', { nullable: true })
  overrideReason: string | null;
}
