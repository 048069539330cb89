import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const SCAN_MODES = ['normal', 'entry_exit', 'multiple'] as const;
/** normal: enter once; entry_exit: in and out alternate; multiple: enter as often as wished. */
export type ScanMode = (typeof SCAN_MODES)[number];

/** What a group of door devices may scan (CTL-1): some dates and zones of one ticketing, in one mode. */
@Entity('control_profiles')
@Index(['ticketingId', 'name'])
@Check('control_profiles_mode_check', `mode IN ('normal','entry_exit','multiple')`)
export class ControlProfile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('text')
  name: string;

  /** The dates it may scan; empty: every date of the ticketing. */
  @Column('uuid', { array: true, default: () => "'{}'" })
  dateIds: string[];

  /** The zones it may scan; empty: every zone. */
  @Column('uuid', { array: true, default: () => "'{}'" })
  zoneIds: string[];

  @Column('text', { default: 'normal' })
  mode: ScanMode;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
