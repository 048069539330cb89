import { MigrationInterface, QueryRunner } from 'typeorm';

export class CartRevision1796204931106 implements MigrationInterface {
  name = 'CartRevision1796204931106';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "carts" ADD "revision" integer NOT NULL DEFAULT '0'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "carts" DROP COLUMN "revision"`);
  }
}
