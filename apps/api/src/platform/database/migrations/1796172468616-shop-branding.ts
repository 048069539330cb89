import { MigrationInterface, QueryRunner } from 'typeorm';

export class ShopBranding1796172468616 implements MigrationInterface {
  name = 'ShopBranding1796172468616';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "shop_branding" ("ticketing_id" uuid NOT NULL, "logo_hash" text, "main_color" text, "contact_email" text, "contact_phone" text, "contact_address" text, "terms_url" text, "privacy_url" text, CONSTRAINT "shop_branding_main_color_check" CHECK (main_color ~ '^#[0-9a-f]{6}$'), CONSTRAINT "PK_b0728b733e69eefebb4ec1608ff" PRIMARY KEY ("ticketing_id"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "shop_branding"`);
  }
}
