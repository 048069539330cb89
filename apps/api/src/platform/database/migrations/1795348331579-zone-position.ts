import { MigrationInterface, QueryRunner } from 'typeorm';

export class ZonePosition1795348331579 implements MigrationInterface {
  name = 'ZonePosition1795348331579';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "zones" ADD "position" integer NOT NULL DEFAULT '0'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "zones" DROP COLUMN "position"`);
  }
}
