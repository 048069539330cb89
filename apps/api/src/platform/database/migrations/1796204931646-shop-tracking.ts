import { MigrationInterface, QueryRunner } from 'typeorm';

export class ShopTracking1796204931646 implements MigrationInterface {
  name = 'ShopTracking1796204931646';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "shop_tracking" ("ticketing_id" uuid NOT NULL, "head_snippet" text NOT NULL DEFAULT '', "script_src" text array NOT NULL DEFAULT '{}', "img_src" text array NOT NULL DEFAULT '{}', "connect_src" text array NOT NULL DEFAULT '{}', CONSTRAINT "shop_tracking_head_snippet_length" CHECK (length(head_snippet) <= 16384), CONSTRAINT "PK_063ce831c29d839edf0f5e481fb" PRIMARY KEY ("ticketing_id"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "shop_tracking"`);
  }
}
