import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One ticketing system of an organizer: the tenant of every catalog, sale and scan. */
@Entity('ticketings')
export class Ticketing {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  organizerId: string;

  /** The shop lives at /shop/{slug}. */
  @Index({ unique: true })
  @Column('text')
  slug: string;

  @Column('text')
  name: string;

  /** Currency of prices unless a price says otherwise (ISO 4217). */
  @Column('char', { length: 3, default: 'CHF' })
  defaultCurrency: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
