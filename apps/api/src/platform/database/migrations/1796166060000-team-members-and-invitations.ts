import { MigrationInterface, QueryRunner } from 'typeorm';

export class TeamMembersAndInvitations1796166060000 implements MigrationInterface {
  name = 'TeamMembersAndInvitations1796166060000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "invitations" ("id" uuid NOT NULL, "ticketing_id" uuid NOT NULL, "user_id" uuid NOT NULL, "invited_by_id" uuid, "invited_by_name" text NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_872ac94a64b3d44fc4b554780c" ON "invitations"  ("token_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "invitations_one_open_per_user" ON "invitations"  ("user_id") WHERE accepted_at IS NULL AND revoked_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_baaa96db88cb518a846ae62979" ON "invitations"  ("ticketing_id", "user_id") `);
    await queryRunner.query(`CREATE TABLE "team_history" ("id" BIGSERIAL NOT NULL, "ticketing_id" uuid NOT NULL, "user_id" uuid NOT NULL, "user_label" text NOT NULL, "action" text NOT NULL, "actor_kind" text NOT NULL, "actor_id" text, "actor_label" text NOT NULL, "data" jsonb NOT NULL DEFAULT '{}', "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ff0814110453f240f5579911c61" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b3ac999692069892171972daf5" ON "team_history"  ("ticketing_id", "id") `);
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Invited users who never chose a password cannot exist in the older schema: they go, with their memberships.
    await queryRunner.query(`DELETE FROM "memberships" WHERE "user_id" IN (SELECT "id" FROM "users" WHERE "password_hash" IS NULL)`);
    await queryRunner.query(`DELETE FROM "users" WHERE "password_hash" IS NULL`);
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b3ac999692069892171972daf5"`);
    await queryRunner.query(`DROP TABLE "team_history"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_baaa96db88cb518a846ae62979"`);
    await queryRunner.query(`DROP INDEX "public"."invitations_one_open_per_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_872ac94a64b3d44fc4b554780c"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
  }
}
