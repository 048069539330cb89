import { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerAccounts1796205211224 implements MigrationInterface {
  name = 'CustomerAccounts1796205211224';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "customer_account_links" ("id" uuid NOT NULL, "ticketing_id" uuid NOT NULL, "account_id" uuid NOT NULL, "purpose" text NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "customer_account_links_purpose_check" CHECK (purpose IN ('confirm_email','reset_password')), CONSTRAINT "PK_5799ab7ba65eb44d8324c68165b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8d173bcca4d66315e23137f11b" ON "customer_account_links"  ("token_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "customer_account_links_one_open" ON "customer_account_links"  ("account_id", "purpose") WHERE used_at IS NULL AND revoked_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_1c649e00bf49ff3528ed25ea6e" ON "customer_account_links"  ("ticketing_id", "account_id") `);
    await queryRunner.query(`CREATE TABLE "customer_accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticketing_id" uuid NOT NULL, "email" text NOT NULL, "password_hash" text NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "language" text NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "customer_accounts_language_check" CHECK (language IN ('fr','de','it','en')), CONSTRAINT "PK_814e5a9128d2a2fffbddffc0a27" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_441e7730a1459a6c08eca14ae8" ON "customer_accounts"  ("ticketing_id", "email") `);
    await queryRunner.query(`CREATE TABLE "customer_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticketing_id" uuid NOT NULL, "account_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c684ecbaa67a634723776229c4c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_489c24c71a4f4a6a9c7a786627" ON "customer_sessions"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_5b134a54d8481928d2cedc0a77" ON "customer_sessions"  ("ticketing_id", "account_id") `);
    await queryRunner.query(`ALTER TABLE "orders" ADD "account_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_315d2f933df1d673ea3a447a09" ON "orders"  ("ticketing_id", "account_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_315d2f933df1d673ea3a447a09"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "account_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5b134a54d8481928d2cedc0a77"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_489c24c71a4f4a6a9c7a786627"`);
    await queryRunner.query(`DROP TABLE "customer_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_441e7730a1459a6c08eca14ae8"`);
    await queryRunner.query(`DROP TABLE "customer_accounts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1c649e00bf49ff3528ed25ea6e"`);
    await queryRunner.query(`DROP INDEX "public"."customer_account_links_one_open"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8d173bcca4d66315e23137f11b"`);
    await queryRunner.query(`DROP TABLE "customer_account_links"`);
  }
}
