import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What a ticketing's invoices need (PAY-3): the creditor printed on the QR-bill, the QR-IBAN that
 * receives the payments and the payment term. Without them, checkout does not offer `invoice`.
 */
@Entity('invoice_settings')
@Check('invoice_settings_country_check', `country IN ('CH', 'LI')`)
@Check('invoice_settings_term_check', `payment_term_days >= 1 AND payment_term_days <= 120`)
export class InvoiceSettings {
  @PrimaryColumn('uuid')
  ticketingId: string;

  @Column('text')
  creditorName: string;

  @Column('text')
  street: string;

  @Column('text')
  buildingNumber: string;

  @Column('text')
  zip: string;

  @Column('text')
  city: string;

  @Column('text')
  country: string;

  /** Without spaces, upper case; its institution id is 30000–31999 (checked on the way in). */
  @Column('text')
  qrIban: string;

  @Column('integer', { default: 30 })
  paymentTermDays: number;

  /** ADR 0052: days after the order when its invoice is sent again as a reminder, ascending, each before the term (0–3 of them). */
  @Column('smallint', { array: true, default: () => "'{10,20}'" })
  reminderDays: number[];

  @Column('timestamptz')
  updatedAt: Date;

  @Column('text')
  updatedBy: string;
}
