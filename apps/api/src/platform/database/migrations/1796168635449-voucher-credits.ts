import { MigrationInterface, QueryRunner } from 'typeorm';

/** A refund to a gift voucher gives its balance back: a negative redemption row (written by hand: TypeORM does not see a CHECK change). */
export class VoucherCredits1796168635449 implements MigrationInterface {
  name = 'VoucherCredits1796168635449';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "gift_voucher_redemptions" DROP CONSTRAINT "gift_voucher_redemptions_amount_check"`);
    await queryRunner.query(`ALTER TABLE "gift_voucher_redemptions" ADD CONSTRAINT "gift_voucher_redemptions_amount_check" CHECK (amount <> 0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Going back would lose the credits given to vouchers: refuse rather than delete money's history.
    await queryRunner.query(
      `DO $$ BEGIN IF EXISTS (SELECT 1 FROM gift_voucher_redemptions WHERE amount < 0) THEN RAISE EXCEPTION 'gift vouchers were credited back: this migration cannot be reverted'; END IF; END $$`,
    );
    await queryRunner.query(`ALTER TABLE "gift_voucher_redemptions" DROP CONSTRAINT "gift_voucher_redemptions_amount_check"`);
    await queryRunner.query(`ALTER TABLE "gift_voucher_redemptions" ADD CONSTRAINT "gift_voucher_redemptions_amount_check" CHECK (amount > 0)`);
  }
}
