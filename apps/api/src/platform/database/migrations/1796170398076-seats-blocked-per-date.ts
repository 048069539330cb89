import { MigrationInterface, QueryRunner } from 'typeorm';

export class SeatsBlockedPerDate1796170398076 implements MigrationInterface {
  name = 'SeatsBlockedPerDate1796170398076';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: TypeORM does not see a CHECK whose expression changes under the same name.
    await queryRunner.query(`ALTER TABLE "date_seats" DROP CONSTRAINT "date_seats_status_check"`);
    await queryRunner.query(`ALTER TABLE "date_seats" ADD CONSTRAINT "date_seats_status_check" CHECK (status IN ('free','held','sold','blocked'))`);
    await queryRunner.query(`ALTER TABLE "date_seats" ADD "block_reason" text`);
    await queryRunner.query(`ALTER TABLE "date_seats" ADD CONSTRAINT "date_seats_block_check" CHECK ((status = 'blocked') = (block_reason IS NOT NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "date_seats" DROP CONSTRAINT "date_seats_block_check"`);
    await queryRunner.query(`ALTER TABLE "date_seats" DROP COLUMN "block_reason"`);
    await queryRunner.query(`UPDATE "date_seats" SET status = 'free' WHERE status = 'blocked'`);
    await queryRunner.query(`ALTER TABLE "date_seats" DROP CONSTRAINT "date_seats_status_check"`);
    await queryRunner.query(`ALTER TABLE "date_seats" ADD CONSTRAINT "date_seats_status_check" CHECK (status IN ('free','held','sold'))`);
  }
}
