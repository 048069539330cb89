import { MigrationInterface, QueryRunner } from 'typeorm';

export class PaymentsLedger1796164921915 implements MigrationInterface {
  name = 'PaymentsLedger1796164921915';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "payments" ("id" uuid NOT NULL, "ticketing_id" uuid NOT NULL, "order_id" uuid NOT NULL, "method" text NOT NULL, "amount" integer NOT NULL, "currency" character(3) NOT NULL, "status" text NOT NULL, "provider_reference" text, "note" text, "actor_kind" text NOT NULL, "actor_id" text, "actor_label" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "payments_status_check" CHECK (status IN ('pending','succeeded','failed')), CONSTRAINT "payments_method_check" CHECK (method IN ('cash','card','bank_transfer','gift_voucher','other')), CONSTRAINT "payments_amount_check" CHECK (amount > 0), CONSTRAINT "PK_197ab7af18c93fbb0c9b28b4a59" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_07800943d8242d6401bc9c2fc6" ON "payments"  ("ticketing_id", "order_id") `);
    await queryRunner.query(`CREATE TABLE "refunds" ("id" uuid NOT NULL, "ticketing_id" uuid NOT NULL, "order_id" uuid NOT NULL, "payment_id" uuid, "method" text NOT NULL, "amount" integer NOT NULL, "currency" character(3) NOT NULL, "status" text NOT NULL, "reason" text, "provider_reference" text, "note" text, "actor_kind" text NOT NULL, "actor_id" text, "actor_label" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "refunds_status_check" CHECK (status IN ('pending','succeeded','failed')), CONSTRAINT "refunds_method_check" CHECK (method IN ('cash','card','bank_transfer','gift_voucher','other')), CONSTRAINT "refunds_amount_check" CHECK (amount > 0), CONSTRAINT "PK_5106efb01eeda7e49a78b869738" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e00d53ef32ded247f1675e4c82" ON "refunds"  ("ticketing_id", "order_id") `);
    // Append-only: a row is never deleted, and only a pending one may settle (once) — enforced here, not by convention.
    await queryRunner.query(`CREATE FUNCTION guichet_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'the ledger is append-only: % rows are never deleted', TG_TABLE_NAME USING ERRCODE = 'GU002';
        END IF;
        IF OLD.status <> 'pending' OR NEW.status = 'pending'
           OR (to_jsonb(NEW) - 'status' - 'note' - 'provider_reference') <> (to_jsonb(OLD) - 'status' - 'note' - 'provider_reference') THEN
          RAISE EXCEPTION 'the ledger is append-only: only a pending % row may settle, once', TG_TABLE_NAME USING ERRCODE = 'GU002';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER payments_append_only BEFORE UPDATE OR DELETE ON payments FOR EACH ROW EXECUTE FUNCTION guichet_ledger_append_only()`);
    await queryRunner.query(`CREATE TRIGGER refunds_append_only BEFORE UPDATE OR DELETE ON refunds FOR EACH ROW EXECUTE FUNCTION guichet_ledger_append_only()`);
    // What the orders held of money moves to the ledger: what a gift voucher paid at checkout, and what
    // the ticket office recorded for a reserved order (the amount then due, by the method recorded).
    await queryRunner.query(`INSERT INTO payments (id, ticketing_id, order_id, method, amount, currency, status, provider_reference, actor_kind, actor_id, actor_label, at)
      SELECT gen_random_uuid(), o.ticketing_id, o.id, 'gift_voucher', o.voucher_amount, o.currency, 'succeeded', o.voucher_code,
             COALESCE(h.actor_kind, 'customer'), h.actor_id, COALESCE(h.actor_label, o.customer_first_name || ' ' || o.customer_last_name), o.created_at
        FROM orders o
        LEFT JOIN LATERAL (SELECT actor_kind, actor_id, actor_label FROM order_history
                            WHERE ticketing_id = o.ticketing_id AND order_id = o.id AND action = 'orders.order.placed' ORDER BY id LIMIT 1) h ON true
       WHERE o.voucher_amount > 0`);
    await queryRunner.query(`INSERT INTO payments (id, ticketing_id, order_id, method, amount, currency, status, actor_kind, actor_id, actor_label, at)
      SELECT gen_random_uuid(), o.ticketing_id, o.id,
             CASE WHEN h.data->>'method' IN ('cash','card','bank_transfer','other') THEN h.data->>'method' ELSE 'other' END,
             o.total_amount - o.voucher_amount, o.currency, 'succeeded', h.actor_kind, h.actor_id, h.actor_label, h.at
        FROM orders o
        JOIN LATERAL (SELECT actor_kind, actor_id, actor_label, data, at FROM order_history
                       WHERE ticketing_id = o.ticketing_id AND order_id = o.id AND action = 'orders.order.paid' ORDER BY id LIMIT 1) h ON true
       WHERE o.total_amount - o.voucher_amount > 0`);
    // A sold gift voucher's state is sales' alone: it waits for its order's payment, or goes with its cancellation.
    await queryRunner.query(`ALTER TABLE "gift_vouchers" DROP CONSTRAINT "gift_vouchers_status_check"`);
    await queryRunner.query(`ALTER TABLE "gift_vouchers" ADD CONSTRAINT "gift_vouchers_status_check" CHECK (status IN ('awaiting_payment','active','cancelled'))`);
    await queryRunner.query(`UPDATE gift_vouchers v SET status = CASE o.status WHEN 'reserved' THEN 'awaiting_payment' ELSE 'cancelled' END
                               FROM orders o WHERE o.id = v.order_id AND o.ticketing_id = v.ticketing_id AND v.status = 'active' AND o.status <> 'paid'`);
    await queryRunner.query(`ALTER TABLE "order_gift_vouchers" DROP COLUMN "expires_at"`);
    await queryRunner.query(`ALTER TABLE "order_gift_vouchers" DROP COLUMN "code"`);
    await queryRunner.query(`ALTER TABLE "order_gift_vouchers" DROP COLUMN "currency"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "voucher_amount"`);
    await queryRunner.query(`ALTER TABLE "orders" DROP COLUMN "voucher_code"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "orders" ADD "voucher_code" text`);
    await queryRunner.query(`ALTER TABLE "orders" ADD "voucher_amount" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`UPDATE orders o SET voucher_amount = p.amount, voucher_code = p.provider_reference
                               FROM payments p WHERE p.order_id = o.id AND p.ticketing_id = o.ticketing_id AND p.method = 'gift_voucher' AND p.status = 'succeeded'`);
    await queryRunner.query(`ALTER TABLE "order_gift_vouchers" ADD "currency" character(3)`);
    await queryRunner.query(`ALTER TABLE "order_gift_vouchers" ADD "code" text`);
    await queryRunner.query(`ALTER TABLE "order_gift_vouchers" ADD "expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE order_gift_vouchers l SET currency = v.currency, expires_at = v.expires_at,
                                    code = substr(v.code, 1, 4) || '-' || substr(v.code, 5, 4) || '-' || substr(v.code, 9, 4)
                               FROM gift_vouchers v WHERE v.id = l.id AND v.ticketing_id = l.ticketing_id`);
    await queryRunner.query(`ALTER TABLE "order_gift_vouchers" ALTER COLUMN "currency" SET NOT NULL, ALTER COLUMN "code" SET NOT NULL, ALTER COLUMN "expires_at" SET NOT NULL`);
    await queryRunner.query(`UPDATE gift_vouchers SET status = 'active' WHERE status = 'awaiting_payment'`);
    await queryRunner.query(`ALTER TABLE "gift_vouchers" DROP CONSTRAINT "gift_vouchers_status_check"`);
    await queryRunner.query(`ALTER TABLE "gift_vouchers" ADD CONSTRAINT "gift_vouchers_status_check" CHECK (status IN ('active','cancelled'))`);
    await queryRunner.query(`DROP TRIGGER refunds_append_only ON refunds`);
    await queryRunner.query(`DROP TRIGGER payments_append_only ON payments`);
    await queryRunner.query(`DROP FUNCTION guichet_ledger_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e00d53ef32ded247f1675e4c82"`);
    await queryRunner.query(`DROP TABLE "refunds"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_07800943d8242d6401bc9c2fc6"`);
    await queryRunner.query(`DROP TABLE "payments"`);
  }
}
