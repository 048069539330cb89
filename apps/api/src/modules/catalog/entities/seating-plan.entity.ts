import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A venue's seat layout, drawn once and reused by any event and date of the ticketing. */
@Entity('seating_plans')
@Index(['ticketingId', 'createdAt'])
export class SeatingPlan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('text')
  name: string;

  /** Drawing size in plan units (seats are placed on this canvas; the stage is at the top). */
  @Column('integer')
  width: number;

  @Column('integer')
  height: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
