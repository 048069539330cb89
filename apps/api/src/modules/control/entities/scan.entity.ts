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
@Index('scans_one_per_nonce', ['ticketingId', 'deviceId', 'nonce'], { unique: true, where: 'nonce IS NOT NULL' })
@Check(
  'scans_result_check',
  `result IN ('accepted','already_used','already_inside','not_inside','wrong_date','wrong_zone','unknown','forged','cancelled','blacklisted','replaced','not_paid')`,
)
@Check('scans_direction_check', `direction IN ('in','out')`)
export class Scan {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('uuid')
  deviceId: string;

  @Column('uuid', { nullable: true })
  ticketId: string | null;

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
}
