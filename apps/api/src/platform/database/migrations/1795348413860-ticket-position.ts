import { MigrationInterface, QueryRunner } from 'typeorm';

export class TicketPosition1795348413860 implements MigrationInterface {
  name = 'TicketPosition1795348413860';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tickets" ADD "position" integer NOT NULL DEFAULT '0'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tickets" DROP COLUMN "position"`);
  }
}
