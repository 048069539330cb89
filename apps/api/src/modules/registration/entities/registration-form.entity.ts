import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CustomField, FieldMode, StandardField } from '../registration-form';

/** SHOP-3: a ticketing's registration form. Without a row the shop asks the default (names and email). */
@Entity('registration_forms')
export class RegistrationFormRow {
  @PrimaryColumn('uuid')
  ticketingId: string;

  /** Each standard field's mode. */
  @Column('jsonb')
  standard: Record<StandardField, FieldMode>;

  /** The custom fields, in the order the shop shows them. */
  @Column('jsonb')
  customFields: CustomField[];

  @Column('timestamptz')
  updatedAt: Date;

  @Column('text')
  updatedBy: string;
}
