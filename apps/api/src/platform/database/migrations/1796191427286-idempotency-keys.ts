import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeys1796191427286 implements MigrationInterface {
  name = 'IdempotencyKeys1796191427286';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "idempotency_keys" ("ticketing_id" uuid NOT NULL, "caller" text NOT NULL, "key" text NOT NULL, "method" text NOT NULL, "path" text NOT NULL, "fingerprint" text NOT NULL, "claim" uuid NOT NULL, "locked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "response_status" integer, "response_headers" jsonb, "response_body" bytea, CONSTRAINT "PK_6c4d690a8cc0173911d2f581c4a" PRIMARY KEY ("ticketing_id", "caller", "key"))`);
    await queryRunner.query(`CREATE INDEX "idempotency_keys_expires_at_idx" ON "idempotency_keys"  ("expires_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idempotency_keys_expires_at_idx"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
  }
}
