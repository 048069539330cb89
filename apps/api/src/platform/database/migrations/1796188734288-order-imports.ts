import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrderImports1796188734288 implements MigrationInterface {
  name = 'OrderImports1796188734288';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "order_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticketing_id" uuid NOT NULL, "file_name" text NOT NULL, "content" text NOT NULL, "status" text NOT NULL, "notify" boolean NOT NULL, "total" integer NOT NULL, "created" integer NOT NULL DEFAULT '0', "skipped" integer NOT NULL DEFAULT '0', "failed" integer NOT NULL DEFAULT '0', "failures" jsonb NOT NULL DEFAULT '[]', "actor_kind" text NOT NULL, "actor_id" text, "actor_label" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "order_imports_progress_check" CHECK (created + skipped + failed <= total AND created >= 0 AND skipped >= 0 AND failed >= 0), CONSTRAINT "order_imports_status_check" CHECK (status IN ('queued','running','done')), CONSTRAINT "PK_8df4d489ff233abbbf23d6ed511" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e20c81df263a6c54c566b35de8" ON "order_imports"  ("ticketing_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "orders" ADD "external_reference" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "orders_external_reference" ON "orders"  ("ticketing_id", "external_reference") WHERE external_reference IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."orders_external_reference"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "external_reference"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e20c81df263a6c54c566b35de8"`);
    await queryRunner.query(`DROP TABLE "order_imports"`);
  }
}
