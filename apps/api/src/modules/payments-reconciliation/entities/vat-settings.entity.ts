import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * TO-5 (ADR 0040): a ticketing's VAT registration, printed on its counter receipts — the number
 * (CHE-123.456.789 MWST/TVA/IVA) and the rate in basis points, prices including it. No row: no VAT lines.
 */
@Entity('vat_settings')
@Check('vat_settings_rate_check', `rate_bp >= 0 AND rate_bp <= 10000`)
export class VatSettings {
  @PrimaryColumn('uuid')
  ticketingId: string;

  @Column('text')
  vatNumber: string;

  /** 810 = 8.1 %; 0: exempt. */
  @Column('integer')
  rateBp: number;

  @Column('timestamptz')
  updatedAt: Date;

  @Column('text')
  updatedBy: string;
}
