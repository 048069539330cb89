import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrderLanguage1796191328123 implements MigrationInterface {
  name = 'OrderLanguage1796191328123';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "orders" ADD "language" text NOT NULL DEFAULT 'fr'`);
    await queryRunner.query(`ALTER TABLE "orders" ADD CONSTRAINT "orders_language_check" CHECK (language IN ('fr','de','it','en'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "orders_language_check"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "language"`);
  }
}
