import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795344294351 implements MigrationInterface {
  name = 'InitialSchema1795344294351';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "availabilities" ("date_id" uuid NOT NULL, "zone_id" uuid NOT NULL, "ticketing_id" uuid NOT NULL, "capacity" integer NOT NULL, "held" integer NOT NULL DEFAULT '0', "sold" integer NOT NULL DEFAULT '0', CONSTRAINT "availabilities_non_negative" CHECK (sold >= 0 AND held >= 0 AND capacity >= 0), CONSTRAINT "availabilities_no_oversell" CHECK (sold + held <= capacity), CONSTRAINT "PK_587705b4a79d6bedfc31efee1ae" PRIMARY KEY ("date_id", "zone_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8b47c374a87ad08490b1a82fa9" ON "availabilities"  ("ticketing_id", "date_id") `);
    await queryRunner.query(`CREATE TABLE "event_dates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticketing_id" uuid NOT NULL, "event_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE, "status" text NOT NULL DEFAULT 'scheduled', CONSTRAINT "event_dates_period_check" CHECK (ends_at IS NULL OR ends_at > starts_at), CONSTRAINT "event_dates_status_check" CHECK (status IN ('scheduled','cancelled')), CONSTRAINT "PK_3ff09bf402e3f07f1cd4dbe263b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5710fadbfd0a036d35108d166f" ON "event_dates"  ("ticketing_id", "event_id", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticketing_id" uuid NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "venue" text, "status" text NOT NULL DEFAULT 'published', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "events_status_check" CHECK (status IN ('draft','published','archived')), CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_38ce26da7affe70de14b89a3c2" ON "events"  ("ticketing_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "prices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticketing_id" uuid NOT NULL, "event_id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "amount" integer NOT NULL, "currency" character(3) NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "prices_amount_check" CHECK ((kind = 'free' AND amount = 0) OR (kind = 'fixed' AND amount > 0)), CONSTRAINT "PK_2e40b9e4e631a53cd514d82ccd2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_79294b6c75807099776324e4e9" ON "prices"  ("ticketing_id", "event_id") `);
    await queryRunner.query(`CREATE TABLE "zones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticketing_id" uuid NOT NULL, "event_id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL DEFAULT 'general_admission', "capacity" integer NOT NULL, CONSTRAINT "zones_capacity_check" CHECK (capacity >= 0), CONSTRAINT "zones_kind_check" CHECK (kind IN ('general_admission')), CONSTRAINT "PK_880484a43ca311707b05895bd4a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c45de5d6ddc71d9a3b8f04bd64" ON "zones"  ("ticketing_id", "event_id") `);
    await queryRunner.query(`CREATE TABLE "control_devices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticketing_id" uuid NOT NULL, "name" text NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c7d1c515bc1e8caffe7167b3956" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d61060081735cbc61f9a1281b4" ON "control_devices"  ("ticketing_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "scans" ("id" BIGSERIAL NOT NULL, "ticketing_id" uuid NOT NULL, "device_id" uuid NOT NULL, "ticket_id" uuid, "code" text NOT NULL, "result" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "scans_result_check" CHECK (result IN ('accepted','already_used','unknown','forged','cancelled','blacklisted')), CONSTRAINT "PK_41156c08314b9e541c1cb18c588" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8e66ca84b3f71b8ecbd3caed7c" ON "scans"  ("ticketing_id", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_4eb6088e2f9b3e32a3b4bb1a87" ON "scans"  ("ticketing_id", "ticket_id") `);
    await queryRunner.query(`CREATE TABLE "order_history" ("id" BIGSERIAL NOT NULL, "ticketing_id" uuid NOT NULL, "order_id" uuid NOT NULL, "action" text NOT NULL, "actor_kind" text NOT NULL, "actor_id" text, "actor_label" text NOT NULL, "data" jsonb NOT NULL DEFAULT '{}', "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_cc71513680d03ecb01b96655b0c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_826d25a11504cdda0625d34df4" ON "order_history"  ("ticketing_id", "order_id", "id") `);
    await queryRunner.query(`CREATE TABLE "orders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticketing_id" uuid NOT NULL, "number" text NOT NULL, "status" text NOT NULL, "channel" text NOT NULL, "payment_method" text NOT NULL, "currency" character(3) NOT NULL, "total_amount" integer NOT NULL, "customer_first_name" text NOT NULL, "customer_last_name" text NOT NULL, "customer_email" text NOT NULL, "access_token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "orders_total_check" CHECK (total_amount >= 0), CONSTRAINT "orders_payment_method_check" CHECK (payment_method IN ('free','on_site')), CONSTRAINT "orders_channel_check" CHECK (channel IN ('shop','ticket_office','import','api')), CONSTRAINT "orders_status_check" CHECK (status IN ('paid','reserved','cancelled')), CONSTRAINT "PK_710e2d4957aa5878dfe94e4ac2f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_33105f9ca336a97e37332d632d" ON "orders"  ("ticketing_id", "customer_email") `);
    await queryRunner.query(`CREATE INDEX "IDX_a2e8ba72b32ec24670ada81f75" ON "orders"  ("ticketing_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f148857cc2ec5d88eaac376ab3" ON "orders"  ("ticketing_id", "number") `);
    await queryRunner.query(`CREATE TABLE "tickets" ("id" uuid NOT NULL, "ticketing_id" uuid NOT NULL, "order_id" uuid NOT NULL, "code" text NOT NULL, "event_id" uuid NOT NULL, "date_id" uuid NOT NULL, "zone_id" uuid NOT NULL, "price_id" uuid NOT NULL, "event_name" text NOT NULL, "venue" text, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "zone_name" text NOT NULL, "price_name" text NOT NULL, "amount" integer NOT NULL, "currency" character(3) NOT NULL, "status" text NOT NULL DEFAULT 'valid', "scan_state" text NOT NULL DEFAULT 'unscanned', "first_scanned_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "tickets_scan_state_check" CHECK (scan_state IN ('unscanned','in','out')), CONSTRAINT "tickets_status_check" CHECK (status IN ('valid','cancelled','blacklisted','replaced')), CONSTRAINT "PK_343bc942ae261cf7a1377f48fd0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c6e20a830c0f8b571abd331b77" ON "tickets"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_67872b0a5677c75b932abfce04" ON "tickets"  ("ticketing_id", "date_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6fd0148b3362beac0d48be6b3c" ON "tickets"  ("ticketing_id", "order_id") `);
    await queryRunner.query(`CREATE TABLE "carts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticketing_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'open', "currency" character(3) NOT NULL, "lines" jsonb NOT NULL, "total_amount" integer NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "order_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "carts_status_check" CHECK (status IN ('open','checked_out','expired','released')), CONSTRAINT "PK_b5f695a59f5ebb50af3c8160816" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "carts_open_expiry_idx" ON "carts"  ("expires_at") WHERE status = 'open'`);
    await queryRunner.query(`CREATE TABLE "outbox" ("id" BIGSERIAL NOT NULL, "ticketing_id" uuid NOT NULL, "queue" text NOT NULL, "name" text NOT NULL, "job_id" text NOT NULL, "payload" jsonb NOT NULL, "delay_ms" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "relayed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fca572df71a1e08db50f81f761" ON "outbox"  ("job_id") `);
    await queryRunner.query(`CREATE INDEX "outbox_pending_idx" ON "outbox"  ("id") WHERE relayed_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "memberships" ("user_id" uuid NOT NULL, "ticketing_id" uuid NOT NULL, "role" text NOT NULL, CONSTRAINT "memberships_role_check" CHECK (role IN ('admin','manager','ticket_office','control','accounting')), CONSTRAINT "PK_570958db499436d4a990cae4f31" PRIMARY KEY ("user_id", "ticketing_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_26f2755c7e5db85767afa3be46" ON "memberships"  ("ticketing_id") `);
    await queryRunner.query(`CREATE TABLE "organizers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cd09a9a73ad3bf8e3c0a22dfb49" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "signing_keys" ("id" text NOT NULL, "ticketing_id" uuid NOT NULL, "public_key_pem" text NOT NULL, "private_key_pem" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ab7d78cf6e61dc3904133b4cd55" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_05e5c7b6676416c1df003c1628" ON "signing_keys"  ("ticketing_id", "active") `);
    await queryRunner.query(`CREATE TABLE "ticketings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organizer_id" uuid NOT NULL, "slug" text NOT NULL, "name" text NOT NULL, "default_currency" character(3) NOT NULL DEFAULT 'CHF', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6910c0a2bbe4d14bfa71c2a95ba" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_33d46020e71a28251cb27c12b0" ON "ticketings"  ("organizer_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b3689ec5945b073efb51d81ca7" ON "ticketings"  ("slug") `);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organizer_id" uuid NOT NULL, "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ef810b89dd19a7a7dc5fc68788" ON "users"  ("organizer_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "users"  ("email") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_97672ac88f789774dd47f7c8be"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ef810b89dd19a7a7dc5fc68788"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b3689ec5945b073efb51d81ca7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_33d46020e71a28251cb27c12b0"`);
    await queryRunner.query(`DROP TABLE "ticketings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_05e5c7b6676416c1df003c1628"`);
    await queryRunner.query(`DROP TABLE "signing_keys"`);
    await queryRunner.query(`DROP TABLE "organizers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_26f2755c7e5db85767afa3be46"`);
    await queryRunner.query(`DROP TABLE "memberships"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fca572df71a1e08db50f81f761"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
    await queryRunner.query(`DROP INDEX "public"."carts_open_expiry_idx"`);
    await queryRunner.query(`DROP TABLE "carts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6fd0148b3362beac0d48be6b3c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_67872b0a5677c75b932abfce04"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c6e20a830c0f8b571abd331b77"`);
    await queryRunner.query(`DROP TABLE "tickets"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f148857cc2ec5d88eaac376ab3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a2e8ba72b32ec24670ada81f75"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_33105f9ca336a97e37332d632d"`);
    await queryRunner.query(`DROP TABLE "orders"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_826d25a11504cdda0625d34df4"`);
    await queryRunner.query(`DROP TABLE "order_history"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4eb6088e2f9b3e32a3b4bb1a87"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8e66ca84b3f71b8ecbd3caed7c"`);
    await queryRunner.query(`DROP TABLE "scans"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d61060081735cbc61f9a1281b4"`);
    await queryRunner.query(`DROP TABLE "control_devices"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c45de5d6ddc71d9a3b8f04bd64"`);
    await queryRunner.query(`DROP TABLE "zones"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_79294b6c75807099776324e4e9"`);
    await queryRunner.query(`DROP TABLE "prices"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_38ce26da7affe70de14b89a3c2"`);
    await queryRunner.query(`DROP TABLE "events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5710fadbfd0a036d35108d166f"`);
    await queryRunner.query(`DROP TABLE "event_dates"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8b47c374a87ad08490b1a82fa9"`);
    await queryRunner.query(`DROP TABLE "availabilities"`);
  }
}
