import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** How the shop looks and who it says it is (SHOP-11): logo, main colour, contact, terms and privacy. */
@Entity('shop_branding')
@Check('shop_branding_main_color_check', `main_color ~ '^#[0-9a-f]{6}$'`)
export class ShopBranding {
  @PrimaryColumn('uuid')
  ticketingId: string;

  /** SHA-256 of the uploaded logo (its file is named by it); null without one. */
  @Column('text', { nullable: true })
  logoHash: string | null;

  /** `#rrggbb`, lower case. */
  @Column('text', { nullable: true })
  mainColor: string | null;

  @Column('text', { nullable: true })
  contactEmail: string | null;

  @Column('text', { nullable: true })
  contactPhone: string | null;

  @Column('text', { nullable: true })
  contactAddress: string | null;

  @Column('text', { nullable: true })
  termsUrl: string | null;

  @Column('text', { nullable: true })
  privacyUrl: string | null;
}
