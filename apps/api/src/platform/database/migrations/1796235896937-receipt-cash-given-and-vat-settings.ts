import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReceiptCashGivenAndVatSettings1796235896937 implements MigrationInterface {
  name = 'ReceiptCashGivenAndVatSettings1796235896937';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "vat_settings" ("ticketing_id" uuid NOT NULL, "vat_number" text NOT NULL, "rate_bp" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by" text NOT NULL, CONSTRAINT "vat_settings_rate_check" CHECK (rate_bp >= 0 AND rate_bp <= 10000), CONSTRAINT "PK_4d7bb5214996b7d2d86b7b0ee0f" PRIMARY KEY ("ticketing_id"))`);
    await queryRunner.query(`ALTER TABLE "payments" ADD "cash_given" integer`);
    await queryRunner.query(`ALTER TABLE "payments" ADD CONSTRAINT "payments_cash_given_check" CHECK (cash_given IS NULL OR (method = 'cash' AND cash_given >= amount))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payments" DROP CONSTRAINT "payments_cash_given_check"`);
    await queryRunner.query(`ALTER TABLE "payments" DROP COLUMN "cash_given"`);
    await queryRunner.query(`DROP TABLE "vat_settings"`);
  }
}
