import { MigrationInterface, QueryRunner } from 'typeorm';

export class EventImage1796172022919 implements MigrationInterface {
  name = 'EventImage1796172022919';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "events" ADD "image_hash" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "image_hash"`);
  }
}
