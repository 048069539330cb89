import { MigrationInterface, QueryRunner } from 'typeorm';

export class SeatingPlans1795347182194 implements MigrationInterface {
  name = 'SeatingPlans1795347182194';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Same constraint name, new expression: TypeORM's diff does not see it, so it is written by hand.
    await queryRunner.query(`ALTER TABLE "zones" DROP CONSTRAINT "zones_kind_check"`);
    await queryRunner.query(`ALTER TABLE "zones" ADD CONSTRAINT "zones_kind_check" CHECK (kind IN ('general_admission','seated'))`);
    await queryRunner.query(`CREATE TABLE "date_seats" ("date_id" uuid NOT NULL, "seat_id" uuid NOT NULL, "ticketing_id" uuid NOT NULL, "zone_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'free', "cart_id" uuid, "held_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "date_seats_hold_check" CHECK ((status = 'held') = (held_until IS NOT NULL)), CONSTRAINT "date_seats_status_check" CHECK (status IN ('free','held','sold')), CONSTRAINT "PK_d65693162b80751c277d794ab36" PRIMARY KEY ("date_id", "seat_id"))`);
    await queryRunner.query(`CREATE INDEX "date_seats_cart_idx" ON "date_seats"  ("cart_id") WHERE cart_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_b581174a6ff90eb5c95121d41f" ON "date_seats"  ("ticketing_id", "date_id", "zone_id", "status") `);
    await queryRunner.query(`CREATE TABLE "plan_seats" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticketing_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "section" text NOT NULL, "row" text NOT NULL, "number" text NOT NULL, "x" integer NOT NULL, "y" integer NOT NULL, "kind" text NOT NULL DEFAULT 'standard', "blocked" boolean NOT NULL DEFAULT false, "category" text NOT NULL, "position" integer NOT NULL, "rank" integer NOT NULL, CONSTRAINT "plan_seats_kind_check" CHECK (kind IN ('standard','wheelchair','companion')), CONSTRAINT "PK_96d0ad8e23dc8d2fa5e43250aa5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "plan_seats_label_key" ON "plan_seats"  ("plan_id", "section", "row", "number") `);
    await queryRunner.query(`CREATE INDEX "IDX_e725b2ad24e062e4bd4ae57af1" ON "plan_seats"  ("ticketing_id", "plan_id") `);
    await queryRunner.query(`CREATE TABLE "seating_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticketing_id" uuid NOT NULL, "name" text NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_831210a7f04ef3c2df8051e9258" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c6f0bf2a7dd178a2eeca64cca4" ON "seating_plans"  ("ticketing_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "zones" ADD "plan_id" uuid`);
    await queryRunner.query(`ALTER TABLE "zones" ADD "category" text`);
    await queryRunner.query(`ALTER TABLE "tickets" ADD "seat_id" uuid`);
    await queryRunner.query(`ALTER TABLE "tickets" ADD "seat_label" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "tickets_one_valid_per_seat" ON "tickets"  ("date_id", "seat_id") WHERE seat_id IS NOT NULL AND status = 'valid'`);
    await queryRunner.query(`ALTER TABLE "zones" ADD CONSTRAINT "zones_plan_check" CHECK ((kind = 'seated') = (plan_id IS NOT NULL AND category IS NOT NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "zones" WHERE "kind" = 'seated'`);
    await queryRunner.query(`ALTER TABLE "zones" DROP CONSTRAINT "zones_kind_check"`);
    await queryRunner.query(`ALTER TABLE "zones" ADD CONSTRAINT "zones_kind_check" CHECK (kind IN ('general_admission'))`);
    await queryRunner.query(`ALTER TABLE "zones" DROP CONSTRAINT "zones_plan_check"`);
    await queryRunner.query(`DROP INDEX "public"."tickets_one_valid_per_seat"`);
    await queryRunner.query(`ALTER TABLE "tickets" DROP COLUMN "seat_label"`);
    await queryRunner.query(`ALTER TABLE "tickets" DROP COLUMN "seat_id"`);
    await queryRunner.query(`ALTER TABLE "zones" DROP COLUMN "category"`);
    await queryRunner.query(`ALTER TABLE "zones" DROP COLUMN "plan_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c6f0bf2a7dd178a2eeca64cca4"`);
    await queryRunner.query(`DROP TABLE "seating_plans"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e725b2ad24e062e4bd4ae57af1"`);
    await queryRunner.query(`DROP INDEX "public"."plan_seats_label_key"`);
    await queryRunner.query(`DROP TABLE "plan_seats"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b581174a6ff90eb5c95121d41f"`);
    await queryRunner.query(`DROP INDEX "public"."date_seats_cart_idx"`);
    await queryRunner.query(`DROP TABLE "date_seats"`);
  }
}
