import { MigrationInterface, QueryRunner } from 'typeorm';

export class TicketBarcode1796243629042 implements MigrationInterface {
  name = 'TicketBarcode1796243629042';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tickets" ADD "barcode" text`);
    // Tickets issued before: 18 digits from 60 random bits (gen_random_uuid draws from the system's
    // CSPRNG), as newTicketBarcode issues them from now on (ADR 0041).
    await queryRunner.query(
      `UPDATE "tickets" SET "barcode" = lpad(((('x' || substr(md5(gen_random_uuid()::text), 1, 15))::bit(60)::bigint) % 1000000000000000000)::text, 18, '0')`,
    );
    await queryRunner.query(`ALTER TABLE "tickets" ALTER COLUMN "barcode" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "tickets_barcode" ON "tickets"  ("ticketing_id", "barcode") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."tickets_barcode"`);
    await queryRunner.query(`ALTER TABLE "tickets" DROP COLUMN "barcode"`);
  }
}
