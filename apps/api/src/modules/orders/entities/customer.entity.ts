import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { RegistrationSnapshot } from '../../registration';

/**
 * A buyer of the ticketing, created from its first order by email (stored lower-case, so unique
 * whatever the case it was typed in) and editable by the team. Orders link to one.
 */
@Entity('customers')
@Index(['ticketingId', 'email'], { unique: true })
@Index(['ticketingId', 'createdAt'])
// Substring search of names and emails: a trigram GIN index scoped by ticketing (hand-written migration).
@Index('customers_search_trgm', { synchronize: false })
export class Customer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  @Column('text')
  email: string;

  @Column('text')
  firstName: string;

  @Column('text')
  lastName: string;

  @Column('text', { nullable: true })
  phone: string | null;

  /** SHOP-3: the registration form's details of the buyer's latest shop order (contact and answers). */
  @Column('jsonb', { nullable: true })
  registration: RegistrationSnapshot | null;

  /** The team's notes on this buyer. */
  @Column('text', { default: '' })
  notes: string;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  updatedAt: Date;
}
