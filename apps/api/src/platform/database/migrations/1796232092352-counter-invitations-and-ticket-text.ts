import { MigrationInterface, QueryRunner } from 'typeorm';

export class CounterInvitationsAndTicketText1796232092352 implements MigrationInterface {
  name = 'CounterInvitationsAndTicketText1796232092352';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "orders" ADD "ticket_line" text`);
    await queryRunner.query(`ALTER TABLE "orders" ADD "ticket_holder" text`);
    // Tickets given away at the counter (ADR 0036).
    await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "orders_payment_method_check"`);
    await queryRunner.query(
      `ALTER TABLE "orders" ADD CONSTRAINT "orders_payment_method_check" CHECK (payment_method IN ('free','on_site','gift_voucher','card','invoice','invitation'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Invitations become free orders: the method they are closest to.
    await queryRunner.query(`UPDATE "orders" SET payment_method = 'free' WHERE payment_method = 'invitation'`);
    await queryRunner.query(`ALTER TABLE "orders" DROP CONSTRAINT "orders_payment_method_check"`);
    await queryRunner.query(`ALTER TABLE "orders" ADD CONSTRAINT "orders_payment_method_check" CHECK (payment_method IN ('free','on_site','gift_voucher','card','invoice'))`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "ticket_holder"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "ticket_line"`);
  }
}
