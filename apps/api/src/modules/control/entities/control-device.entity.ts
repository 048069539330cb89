import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A phone or hardware scanner registered to scan one ticketing's tickets. */
@Entity('control_devices')
@Index(['ticketingId', 'createdAt'])
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

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  /** Its last scan, to the minute (written at most once a minute, not per scan). */
  @Column('timestamptz', { nullable: true })
  lastSeenAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
