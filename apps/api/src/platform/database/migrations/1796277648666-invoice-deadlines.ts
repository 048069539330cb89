import { MigrationInterface, QueryRunner } from 'typeorm';

export class InvoiceDeadlines1796277648666 implements MigrationInterface {
  name = 'InvoiceDeadlines1796277648666';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invoice_settings" ADD "reminder_days" smallint array NOT NULL DEFAULT '{10,20}'`);
    await queryRunner.query(`ALTER TABLE "orders" ADD "invoice_reminder_days" smallint array`);
    await queryRunner.query(`ALTER TABLE "orders" ADD "invoice_reminders_sent" smallint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "orders" ADD "overdue_kept_at" TIMESTAMP WITH TIME ZONE`);
    // An invoice's deadline is months away: more milliseconds than an integer holds.
    await queryRunner.query(`ALTER TABLE "outbox" ALTER COLUMN "delay_ms" TYPE bigint`);
    // ADR 0052: invoice orders placed before reminders existed have none; those already overdue were
    // placed under "the organizer decides" and are kept for the organizer, not cancelled at once.
    await queryRunner.query(`UPDATE "orders" SET "invoice_reminder_days" = '{}' WHERE "payment_method" = 'invoice'`);
    await queryRunner.query(
      `UPDATE "orders" SET "overdue_kept_at" = now() WHERE "payment_method" = 'invoice' AND "status" = 'reserved' AND "payment_due_at" <= now()`,
    );
    // The deadline sweeps read only orders not kept.
    await queryRunner.query(`DROP INDEX "public"."orders_payment_due_idx"`);
    await queryRunner.query(
      `CREATE INDEX "orders_payment_due_idx" ON "orders" ("payment_due_at") WHERE status = 'reserved' AND payment_due_at IS NOT NULL AND overdue_kept_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."orders_payment_due_idx"`);
    await queryRunner.query(`CREATE INDEX "orders_payment_due_idx" ON "orders" ("payment_due_at") WHERE status = 'reserved' AND payment_due_at IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "outbox" ALTER COLUMN "delay_ms" TYPE integer`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "overdue_kept_at"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "invoice_reminders_sent"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "invoice_reminder_days"`);
    await queryRunner.query(`ALTER TABLE "invoice_settings" DROP COLUMN "reminder_days"`);
  }
}
