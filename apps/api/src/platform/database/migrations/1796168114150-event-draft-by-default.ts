import { MigrationInterface, QueryRunner } from 'typeorm';

export class EventDraftByDefault1796168114150 implements MigrationInterface {
  name = 'EventDraftByDefault1796168114150';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "events" ALTER COLUMN "status" SET DEFAULT 'draft'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "events" ALTER COLUMN "status" SET DEFAULT 'published'`);
  }
}
