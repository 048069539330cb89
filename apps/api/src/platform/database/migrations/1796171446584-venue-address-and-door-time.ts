import { MigrationInterface, QueryRunner } from 'typeorm';

export class VenueAddressAndDoorTime1796171446584 implements MigrationInterface {
  name = 'VenueAddressAndDoorTime1796171446584';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event_dates" ADD "doors_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "events" ADD "venue_address" text`);
    await queryRunner.query(`ALTER TABLE "event_dates" ADD CONSTRAINT "event_dates_doors_check" CHECK (doors_at IS NULL OR doors_at <= starts_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event_dates" DROP CONSTRAINT "event_dates_doors_check"`);
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "venue_address"`);
    await queryRunner.query(`ALTER TABLE "event_dates" DROP COLUMN "doors_at"`);
  }
}
