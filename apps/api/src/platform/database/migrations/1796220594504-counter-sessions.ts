import { MigrationInterface, QueryRunner } from 'typeorm';

export class CounterSessions1796220594504 implements MigrationInterface {
  name = 'CounterSessions1796220594504';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "counter_sessions" ("id" uuid NOT NULL, "ticketing_id" uuid NOT NULL, "user_id" uuid NOT NULL, "user_label" text NOT NULL, "currency" character(3) NOT NULL, "opening_float" integer NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "counted_cash" integer, "closing_note" text, CONSTRAINT "counter_sessions_counted_check" CHECK (counted_cash IS NULL OR counted_cash >= 0), CONSTRAINT "counter_sessions_float_check" CHECK (opening_float >= 0), CONSTRAINT "PK_65755dbeaf7aa78633d596fe640" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6d44e6e439bfc45d386cba8c28" ON "counter_sessions"  ("ticketing_id", "opened_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "counter_sessions_one_open_per_user" ON "counter_sessions"  ("ticketing_id", "user_id") WHERE closed_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "payments_by_clerk" ON "payments"  ("ticketing_id", "actor_id", "at") `);
    await queryRunner.query(`CREATE INDEX "refunds_by_clerk" ON "refunds"  ("ticketing_id", "actor_id", "at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."refunds_by_clerk"`);
    await queryRunner.query(`DROP INDEX "public"."payments_by_clerk"`);
    await queryRunner.query(`DROP INDEX "public"."counter_sessions_one_open_per_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6d44e6e439bfc45d386cba8c28"`);
    await queryRunner.query(`DROP TABLE "counter_sessions"`);
  }
}
