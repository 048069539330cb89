import { MigrationInterface, QueryRunner } from 'typeorm';

export class TicketListPricesAndSeatParts1796170916583 implements MigrationInterface {
  name = 'TicketListPricesAndSeatParts1796170916583';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tickets" ADD "seat_section" text`);
    await queryRunner.query(`ALTER TABLE "tickets" ADD "seat_row" text`);
    await queryRunner.query(`ALTER TABLE "tickets" ADD "seat_number" text`);
    // Data, by hand: tickets sold so far get their parts from the plan's seat, and a list price.
    await queryRunner.query(
      `UPDATE "tickets" t SET seat_section = s.section, seat_row = s.row, seat_number = s.number
         FROM "plan_seats" s WHERE s.ticketing_id = t.ticketing_id AND s.id = t.seat_id`,
    );
    await queryRunner.query(`ALTER TABLE "tickets" ADD "list_amount" integer`);
    // Without a promo code, a ticket's list price is what it was sold for. With one, the cart the order
    // came from still has each line's price before the discount (the highest, should a buyer have
    // chosen several pay-what-you-want amounts for one date, zone and price); else what it was sold for.
    await queryRunner.query(
      `UPDATE "tickets" t SET list_amount = GREATEST(t.amount, COALESCE(
         (SELECT max((l->>'unitAmount')::int)
            FROM "orders" o JOIN "carts" c ON c.ticketing_id = o.ticketing_id AND c.order_id = o.id, jsonb_array_elements(c.lines) l
           WHERE o.ticketing_id = t.ticketing_id AND o.id = t.order_id AND o.discount_amount > 0
             AND l->>'dateId' = t.date_id::text AND l->>'zoneId' = t.zone_id::text AND l->>'priceId' = t.price_id::text),
         t.amount))`,
    );
    await queryRunner.query(`ALTER TABLE "tickets" ALTER COLUMN "list_amount" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "tickets" ADD CONSTRAINT "tickets_discount_check" CHECK (amount <= list_amount)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tickets" DROP CONSTRAINT "tickets_discount_check"`);
    await queryRunner.query(`ALTER TABLE "tickets" DROP COLUMN "list_amount"`);
    await queryRunner.query(`ALTER TABLE "tickets" DROP COLUMN "seat_number"`);
    await queryRunner.query(`ALTER TABLE "tickets" DROP COLUMN "seat_row"`);
    await queryRunner.query(`ALTER TABLE "tickets" DROP COLUMN "seat_section"`);
  }
}
