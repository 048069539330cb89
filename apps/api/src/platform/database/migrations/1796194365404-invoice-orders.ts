import { MigrationInterface, QueryRunner } from 'typeorm';

export class InvoiceOrders1796194365404 implements MigrationInterface {
  name = 'InvoiceOrders1796194365404';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "orders" ADD "qr_reference" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "orders_qr_reference" ON "orders"  ("ticketing_id", "qr_reference") WHERE qr_reference IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "orders" ADD CONSTRAINT "orders_qr_reference_check" CHECK (qr_reference IS NULL OR qr_reference ~ '^[0-9]{27}$')`);
    // Orders paid by invoice (a QR-bill), reserved until the payment is recorded.
    await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "orders_payment_method_check"`);
    await queryRunner.query(`ALTER TABLE "orders" ADD CONSTRAINT "orders_payment_method_check" CHECK (payment_method IN ('free','on_site','gift_voucher','card','invoice'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "orders_payment_method_check"`);
    await queryRunner.query(`ALTER TABLE "orders" ADD CONSTRAINT "orders_payment_method_check" CHECK (payment_method IN ('free','on_site','gift_voucher','card'))`);
    await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "orders_qr_reference_check"`);
    await queryRunner.query(`DROP INDEX "public"."orders_qr_reference"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "qr_reference"`);
  }
}
