import { MigrationInterface, QueryRunner } from 'typeorm';

export class SalesWindows1796169537784 implements MigrationInterface {
  name = 'SalesWindows1796169537784';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "events" ADD "sales_start_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "events" ADD "sales_end_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "prices" ADD "sales_start_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "prices" ADD "sales_end_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "events" ADD CONSTRAINT "events_sales_window_check" CHECK (sales_start_at IS NULL OR sales_end_at IS NULL OR sales_end_at > sales_start_at)`);
    await queryRunner.query(`ALTER TABLE "prices" ADD CONSTRAINT "prices_sales_window_check" CHECK (sales_start_at IS NULL OR sales_end_at IS NULL OR sales_end_at > sales_start_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "prices" DROP CONSTRAINT "prices_sales_window_check"`);
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "events_sales_window_check"`);
    await queryRunner.query(`ALTER TABLE "prices" DROP COLUMN "sales_end_at"`);
    await queryRunner.query(`ALTER TABLE "prices" DROP COLUMN "sales_start_at"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "sales_end_at"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "sales_start_at"`);
  }
}
