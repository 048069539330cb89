import { MigrationInterface, QueryRunner } from 'typeorm';

export class Commission1796177818425 implements MigrationInterface {
  name = 'Commission1796177818425';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "commission_charges" ("id" uuid NOT NULL, "ticketing_id" uuid NOT NULL, "order_id" uuid NOT NULL, "ticket_id" uuid NOT NULL, "event_id" uuid NOT NULL, "amount" integer NOT NULL, "currency" character(3) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "commission_charges_amount_check" CHECK (amount >= 0), CONSTRAINT "PK_5b5b93e8989ae5f97423727b6f3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a56aa488af68a5c5e7f6f4d0a2" ON "commission_charges"  ("ticketing_id", "ticket_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0bd8c72f4296e70097983143fd" ON "commission_charges"  ("ticketing_id", "event_id") `);
    await queryRunner.query(`CREATE TABLE "commission_terms" ("ticketing_id" uuid NOT NULL, "fixed_amount" integer NOT NULL DEFAULT '0', "rate_bp" integer NOT NULL DEFAULT '0', "free_tickets" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by" text NOT NULL, CONSTRAINT "commission_terms_rate_check" CHECK (rate_bp >= 0 AND rate_bp <= 5000), CONSTRAINT "commission_terms_fixed_check" CHECK (fixed_amount >= 0 AND fixed_amount <= 100000), CONSTRAINT "PK_b05e692af55f7d8d622890b191f" PRIMARY KEY ("ticketing_id"))`);
    // A charge is final: cancelling a ticket leaves its commission due (seed 000), so no row is ever changed or removed.
    await queryRunner.query(`CREATE FUNCTION guichet_commission_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'commission charges are final: rows are never updated or deleted' USING ERRCODE = 'GU002';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER commission_charges_final BEFORE UPDATE OR DELETE ON commission_charges FOR EACH ROW EXECUTE FUNCTION guichet_commission_final()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER commission_charges_final ON commission_charges`);
    await queryRunner.query(`DROP FUNCTION guichet_commission_final()`);
    await queryRunner.query(`DROP TABLE "commission_terms"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0bd8c72f4296e70097983143fd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a56aa488af68a5c5e7f6f4d0a2"`);
    await queryRunner.query(`DROP TABLE "commission_charges"`);
  }
}
