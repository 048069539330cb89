import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: what TypeORM does not model. Trigram GIN indexes for substring search of names and
 * emails, scoped by ticketing (btree_gin lets the tenant key sit in the same GIN index, so a search
 * in one ticketing intersects its posting lists instead of filtering another tenant's matches), and
 * the customers of the orders placed before customers existed (one per ticketing and email).
 * The extensions stay on the way down: other objects may come to use them.
 */
export class OrderSearchIndexes1796176800000 implements MigrationInterface {
  name = 'OrderSearchIndexes1796176800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await queryRunner.query(
      `CREATE INDEX "orders_search_trgm" ON "orders" USING gin ("ticketing_id", (lower(customer_first_name || ' ' || customer_last_name || ' ' || customer_email)) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "customers_search_trgm" ON "customers" USING gin ("ticketing_id", (lower(first_name || ' ' || last_name || ' ' || email)) gin_trgm_ops)`,
    );
    // The name of the latest order, the time of the first.
    await queryRunner.query(
      `INSERT INTO customers (ticketing_id, email, first_name, last_name, created_at, updated_at)
       SELECT DISTINCT ON (ticketing_id, lower(customer_email))
              ticketing_id, lower(customer_email), customer_first_name, customer_last_name,
              min(created_at) OVER (PARTITION BY ticketing_id, lower(customer_email)), created_at
         FROM orders
        ORDER BY ticketing_id, lower(customer_email), created_at DESC
       ON CONFLICT (ticketing_id, email) DO NOTHING`,
    );
    await queryRunner.query(
      `UPDATE orders o SET customer_id = c.id FROM customers c
        WHERE o.customer_id IS NULL AND c.ticketing_id = o.ticketing_id AND c.email = lower(o.customer_email)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE orders SET customer_id = NULL`);
    await queryRunner.query(`DELETE FROM customers`);
    await queryRunner.query(`DROP INDEX "public"."customers_search_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."orders_search_trgm"`);
  }
}
