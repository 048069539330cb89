import { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomersAndComments1796176721813 implements MigrationInterface {
  name = 'CustomersAndComments1796176721813';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "customers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticketing_id" uuid NOT NULL, "email" text NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "phone" text, "notes" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_133ec679a801fab5e070f73d3ea" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6e862939c6049afbf4fe197250" ON "customers"  ("ticketing_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1f9b0b79b27471a74b8d6a3f58" ON "customers"  ("ticketing_id", "email") `);
    await queryRunner.query(`CREATE TABLE "order_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticketing_id" uuid NOT NULL, "order_id" uuid, "customer_id" uuid, "body" text NOT NULL, "author_kind" text NOT NULL, "author_id" text, "author_label" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "order_comments_subject_check" CHECK ((order_id IS NULL) <> (customer_id IS NULL)), CONSTRAINT "PK_d489c043c9801f1d4728e07e55e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_218740b94163420d283aa39be0" ON "order_comments"  ("ticketing_id", "customer_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ca8792ea8eb28a7fe0dc671456" ON "order_comments"  ("ticketing_id", "order_id") `);
    await queryRunner.query(`ALTER TABLE "orders" ADD "customer_phone" text`);
    await queryRunner.query(`ALTER TABLE "orders" ADD "customer_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_04359e1b3d85da7236bb409d23" ON "orders"  ("ticketing_id", "customer_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_04359e1b3d85da7236bb409d23"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "customer_id"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "customer_phone"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ca8792ea8eb28a7fe0dc671456"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_218740b94163420d283aa39be0"`);
    await queryRunner.query(`DROP TABLE "order_comments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1f9b0b79b27471a74b8d6a3f58"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6e862939c6049afbf4fe197250"`);
    await queryRunner.query(`DROP TABLE "customers"`);
  }
}
