import { MigrationInterface, QueryRunner } from 'typeorm';

export class InvoiceSettings1796193982186 implements MigrationInterface {
  name = 'InvoiceSettings1796193982186';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "invoice_settings" ("ticketing_id" uuid NOT NULL, "creditor_name" text NOT NULL, "street" text NOT NULL, "building_number" text NOT NULL, "zip" text NOT NULL, "city" text NOT NULL, "country" text NOT NULL, "qr_iban" text NOT NULL, "payment_term_days" integer NOT NULL DEFAULT '30', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by" text NOT NULL, CONSTRAINT "invoice_settings_term_check" CHECK (payment_term_days >= 1 AND payment_term_days <= 120), CONSTRAINT "invoice_settings_country_check" CHECK (country IN ('CH', 'LI')), CONSTRAINT "PK_d569f21fea0ec53cc96117e94b2" PRIMARY KEY ("ticketing_id"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "invoice_settings"`);
  }
}
