import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const DOOR_ROLES = ['steward', 'supervisor'] as const;
/** ADR 0045: a steward scans; a supervisor may also override a refusal and annul another device's scan. */
export type DoorRole = (typeof DOOR_ROLES)[number];

/** A phone or hardware scanner registered to scan one ticketing's tickets. */
@Entity('control_devices')
@Index(['ticketingId', 'createdAt'])
@Check('control_devices_door_role_check', `door_role IN ('steward','supervisor')`)
export class ControlDevice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('text')
  name: string;

  /** The profile it scans with; null: everything, in the mode it chooses per scan. */
  @Column('uuid', { nullable: true })
  profileId: string | null;

  /** Where it stands ("Entrée nord"): the group its counts are shown by. */
  @Column('text', { nullable: true })
  gate: string | null;

  /** Given when the device is issued, from how it logged in (ADR 0045). */
  @Column('text', { default: 'steward' })
  doorRole: DoorRole;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  /** Its last scan, to the minute (written at most once a minute, not per scan). */
  @Column('timestamptz', { nullable: true })
  lastSeenAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
