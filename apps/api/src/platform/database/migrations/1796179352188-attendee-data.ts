import { MigrationInterface, QueryRunner } from 'typeorm';

export class AttendeeData1796179352188 implements MigrationInterface {
  name = 'AttendeeData1796179352188';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "prices" ADD "attendee_fields" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "tickets" ADD "attendee" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tickets" DROP COLUMN "attendee"`);
    await queryRunner.query(`ALTER TABLE "prices" DROP COLUMN "attendee_fields"`);
  }
}
