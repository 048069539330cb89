import { MigrationInterface, QueryRunner } from 'typeorm';

export class BankFiles1796275451718 implements MigrationInterface {
  name = 'BankFiles1796275451718';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "bank_files" ("id" uuid NOT NULL, "ticketing_id" uuid NOT NULL, "file_name" text NOT NULL, "message" text NOT NULL, "version" text NOT NULL, "content" text NOT NULL, "stage" text NOT NULL, "entries_total" integer NOT NULL, "entries_done" integer NOT NULL DEFAULT '0', "entries_new" integer NOT NULL DEFAULT '0', "actor_kind" text NOT NULL, "actor_id" text, "actor_label" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "bank_files_progress_check" CHECK (entries_done >= 0 AND entries_done <= entries_total AND entries_new >= 0 AND entries_new <= entries_done), CONSTRAINT "bank_files_stage_check" CHECK (stage IN ('queued','entries','matching','done')), CONSTRAINT "PK_acb1f350255973c28580a09f9e4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ecf8ee6e757551b69b509f0fcf" ON "bank_files"  ("ticketing_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "bank_entries" ("id" uuid NOT NULL, "ticketing_id" uuid NOT NULL, "bank_file_id" uuid NOT NULL, "checksum" text NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL, "line" integer NOT NULL, "account" text NOT NULL, "booking_date" date, "value_date" date, "amount" integer NOT NULL, "currency" character(3) NOT NULL, "credit" boolean NOT NULL, "bank_status" text, "reference_kind" text, "reference" text, "message" text, "debtor_name" text, "bank_reference" text, "end_to_end_id" text, "order_id" uuid, "match" text, "payment_id" uuid, "booked_at" TIMESTAMP WITH TIME ZONE, "booked_complete" boolean, "actor_kind" text, "actor_id" text, "actor_label" text, CONSTRAINT "bank_entries_booked_check" CHECK ((payment_id IS NULL) = (booked_at IS NULL) AND (payment_id IS NULL OR (booked_complete IS NOT NULL AND actor_kind IS NOT NULL))), CONSTRAINT "bank_entries_match_check" CHECK ((match IS NULL) = (order_id IS NULL) AND (match IS NULL OR match IN ('qrr','scor','suggestion'))), CONSTRAINT "bank_entries_amount_check" CHECK (amount >= 0), CONSTRAINT "PK_224b3c60e9f3b481dab184b67ba" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2162fd8abb0f0a008d58b2b911" ON "bank_entries"  ("ticketing_id", "order_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4d8a4e9ff9b1fe791ef3b636aa" ON "bank_entries"  ("ticketing_id", "imported_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_70d533e7abf7922c82d4a1adc9" ON "bank_entries"  ("ticketing_id", "bank_file_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_677bc0411866739c83c728ae66" ON "bank_entries"  ("ticketing_id", "checksum") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_677bc0411866739c83c728ae66"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_70d533e7abf7922c82d4a1adc9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d8a4e9ff9b1fe791ef3b636aa"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2162fd8abb0f0a008d58b2b911"`);
    await queryRunner.query(`DROP TABLE "bank_entries"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ecf8ee6e757551b69b509f0fcf"`);
    await queryRunner.query(`DROP TABLE "bank_files"`);
  }
}
