import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const PROMO_CODE_KINDS = ['percentage', 'fixed_amount'] as const;
export type PromoCodeKind = (typeof PROMO_CODE_KINDS)[number];

/** CAT-9: a discount code with a validity window, an optional usage limit and a scope. */
@Entity('promo_codes')
@Index(['ticketingId', 'code'], { unique: true })
@Check('promo_codes_kind_check', `kind IN ('percentage','fixed_amount')`)
@Check(
  'promo_codes_value_check',
  `(kind = 'percentage' AND percent BETWEEN 1 AND 100 AND amount IS NULL) OR (kind = 'fixed_amount' AND amount > 0 AND currency IS NOT NULL AND percent IS NULL)`,
)
@Check('promo_codes_usage_check', `used_count >= 0 AND (usage_limit IS NULL OR used_count <= usage_limit)`)
export class PromoCode {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  ticketingId: string;

  /** Stored upper-case; buyers may type it in any case. */
  @Column('text')
  code: string;

  @Column('text')
  kind: PromoCodeKind;

  /** Percentage off each eligible ticket (1–100). */
  @Column('integer', { nullable: true })
  percent: number | null;

  /** Fixed amount off the order's eligible tickets, in minor units of `currency`. */
  @Column('integer', { nullable: true })
  amount: number | null;

  @Column('char', { length: 3, nullable: true })
  currency: string | null;

  @Column('timestamptz', { nullable: true })
  validFrom: Date | null;

  @Column('timestamptz', { nullable: true })
  validUntil: Date | null;

  /** How many orders may use it; null = unlimited. */
  @Column('integer', { nullable: true })
  usageLimit: number | null;

  @Column('integer', { default: 0 })
  usedCount: number;

  /** Events it applies to; null = all. */
  @Column('uuid', { array: true, nullable: true })
  eventIds: string[] | null;

  /** Prices it applies to; null = all. */
  @Column('uuid', { array: true, nullable: true })
  priceIds: string[] | null;

  @Column('boolean', { default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
