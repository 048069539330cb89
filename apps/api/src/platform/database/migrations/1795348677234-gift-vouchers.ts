import { MigrationInterface, QueryRunner } from 'typeorm';

export class GiftVouchers1795348677234 implements MigrationInterface {
  name = 'GiftVouchers1795348677234';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Same constraint name, new expression: TypeORM's diff does not see it, so it is written by hand.
    await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "orders_payment_method_check"`);
    await queryRunner.query(`ALTER TABLE "orders" ADD CONSTRAINT "orders_payment_method_check" CHECK (payment_method IN ('free','on_site','gift_voucher'))`);
    await queryRunner.query(`CREATE TABLE "gift_voucher_redemptions" ("id" BIGSERIAL NOT NULL, "ticketing_id" uuid NOT NULL, "voucher_id" uuid NOT NULL, "order_id" uuid NOT NULL, "amount" integer NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "gift_voucher_redemptions_amount_check" CHECK (amount > 0), CONSTRAINT "PK_41f1e30af12132f33184087c6e2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_41701f6e6117c90438efa682a5" ON "gift_voucher_redemptions"  ("ticketing_id", "voucher_id") `);
    await queryRunner.query(`CREATE TABLE "gift_vouchers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticketing_id" uuid NOT NULL, "code" text NOT NULL, "currency" character(3) NOT NULL, "initial_amount" integer NOT NULL, "balance" integer NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" text NOT NULL DEFAULT 'active', "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "gift_vouchers_status_check" CHECK (status IN ('active','cancelled')), CONSTRAINT "gift_vouchers_balance_check" CHECK (balance >= 0 AND balance <= initial_amount), CONSTRAINT "PK_99e0655429e809c84d66e71b8ba" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1118cc166c81c866a44181d315" ON "gift_vouchers"  ("ticketing_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4513e2cfe6c2fb6c91364156c9" ON "gift_vouchers"  ("ticketing_id", "code") `);
    await queryRunner.query(`ALTER TABLE "orders" ADD "voucher_amount" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "orders" ADD "voucher_code" text`);
    await queryRunner.query(`ALTER TABLE "carts" ADD "voucher_code" text`);
    await queryRunner.query(`ALTER TABLE "carts" ADD "voucher_amount" integer NOT NULL DEFAULT '0'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "orders" SET "payment_method" = 'free' WHERE "payment_method" = 'gift_voucher'`);
    await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "orders_payment_method_check"`);
    await queryRunner.query(`ALTER TABLE "orders" ADD CONSTRAINT "orders_payment_method_check" CHECK (payment_method IN ('free','on_site'))`);
    await queryRunner.query(`ALTER TABLE "carts" DROP COLUMN "voucher_amount"`);
    await queryRunner.query(`ALTER TABLE "carts" DROP COLUMN "voucher_code"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "voucher_code"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "voucher_amount"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4513e2cfe6c2fb6c91364156c9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1118cc166c81c866a44181d315"`);
    await queryRunner.query(`DROP TABLE "gift_vouchers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_41701f6e6117c90438efa682a5"`);
    await queryRunner.query(`DROP TABLE "gift_voucher_redemptions"`);
  }
}
