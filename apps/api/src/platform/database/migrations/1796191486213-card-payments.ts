import { MigrationInterface, QueryRunner } from 'typeorm';

export class CardPayments1796191486213 implements MigrationInterface {
  name = 'CardPayments1796191486213';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "payment_transactions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticketing_id" uuid NOT NULL, "order_id" uuid NOT NULL, "provider" text NOT NULL, "provider_session" text NOT NULL, "method" text NOT NULL, "amount" integer NOT NULL, "currency" character(3) NOT NULL, "status" text NOT NULL, "note" text, "brand" text, "last4" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "payment_transactions_amount_check" CHECK (amount > 0), CONSTRAINT "payment_transactions_status_check" CHECK (status IN ('started','succeeded','failed')), CONSTRAINT "PK_d32b3c6b0d2c1d22604cbcc8c49" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "payment_transactions_session" ON "payment_transactions"  ("provider", "provider_session") `);
    await queryRunner.query(`CREATE INDEX "IDX_a105b6b5a66228172b8d9e4f9c" ON "payment_transactions"  ("ticketing_id", "order_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "orders" ADD "payment_due_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "orders_payment_due_idx" ON "orders"  ("payment_due_at") WHERE status = 'reserved' AND payment_due_at IS NOT NULL`);
    // Orders paid by card online; tickets refused at the door while their order is not paid.
    await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "orders_payment_method_check"`);
    await queryRunner.query(`ALTER TABLE "orders" ADD CONSTRAINT "orders_payment_method_check" CHECK (payment_method IN ('free','on_site','gift_voucher','card'))`);
    await queryRunner.query(`ALTER TABLE "scans" DROP CONSTRAINT "scans_result_check"`);
    await queryRunner.query(
      `ALTER TABLE "scans" ADD CONSTRAINT "scans_result_check" CHECK (result IN ('accepted','already_used','unknown','forged','cancelled','blacklisted','replaced','not_paid'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scans" DROP CONSTRAINT "scans_result_check"`);
    await queryRunner.query(`ALTER TABLE "scans" ADD CONSTRAINT "scans_result_check" CHECK (result IN ('accepted','already_used','unknown','forged','cancelled','blacklisted','replaced'))`);
    await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "orders_payment_method_check"`);
    await queryRunner.query(`ALTER TABLE "orders" ADD CONSTRAINT "orders_payment_method_check" CHECK (payment_method IN ('free','on_site','gift_voucher'))`);
    await queryRunner.query(`DROP INDEX "public"."orders_payment_due_idx"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "payment_due_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a105b6b5a66228172b8d9e4f9c"`);
    await queryRunner.query(`DROP INDEX "public"."payment_transactions_session"`);
    await queryRunner.query(`DROP TABLE "payment_transactions"`);
  }
}
