import { Injectable } from '@nestjs/common';
import { Database } from '../../platform/database/database';
import { Keyset } from '../../platform/http/pagination';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { Customer } from './entities/customer.entity';
import { OrderComment } from './entities/order-comment.entity';
import { NewHistoryEntry } from './orders.repository';

export interface CustomerRow extends Customer {
  orderCount: number;
}

const CUSTOMER_COLUMNS = `c.id, c.email, c.first_name AS "firstName", c.last_name AS "lastName", c.phone, c.notes,
  c.created_at AS "createdAt", c.updated_at AS "updatedAt",
  (SELECT count(*)::int FROM orders o WHERE o.ticketing_id = c.ticketing_id AND o.customer_id = c.id) AS "orderCount"`;

const COMMENT_COLUMNS = `id, order_id AS "orderId", customer_id AS "customerId", body, author_kind AS "authorKind", author_id AS "authorId",
  author_label AS "authorLabel", at`;

/** Customers (the buyers of a ticketing), the order contact they come from, and the team's comments. */
@Injectable()
export class CustomersRepository {
  constructor(private readonly db: Database) {}

  /** The customer with this (lower-case) email, created if there is none; locked until the transaction ends. */
  async customerByEmail(scope: TenantScope, c: { email: string; firstName: string; lastName: string; phone: string | null; at: Date }): Promise<string> {
    const [row] = await this.db.tenantQuery<{ id: string }>(
      scope,
      `INSERT INTO customers (ticketing_id, email, first_name, last_name, phone, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6)
       ON CONFLICT (ticketing_id, email) DO UPDATE SET email = customers.email RETURNING id`,
      [c.email, c.firstName, c.lastName, c.phone, c.at],
    );
    return row.id;
  }

  async findCustomer(scope: TenantScope, id: string): Promise<CustomerRow | null> {
    const [row] = await this.db.tenantQuery<CustomerRow>(scope, `SELECT ${CUSTOMER_COLUMNS} FROM customers c WHERE c.ticketing_id = $1 AND c.id = $2`, [id]);
    return row ?? null;
  }

  /** Each order's customer (orders without one are left out). */
  buyersOfOrders(
    scope: TenantScope,
    orderIds: string[],
  ): Promise<{ orderId: string; customerId: string; firstName: string; lastName: string; email: string }[]> {
    if (!orderIds.length) return Promise.resolve([]);
    return this.db.tenantQuery(
      scope,
      `SELECT o.id AS "orderId", c.id AS "customerId", c.first_name AS "firstName", c.last_name AS "lastName", c.email
         FROM orders o JOIN customers c ON c.ticketing_id = o.ticketing_id AND c.id = o.customer_id
        WHERE o.ticketing_id = $1 AND o.id = ANY($2::uuid[])`,
      [orderIds],
    );
  }

  async findCustomerByEmail(scope: TenantScope, email: string): Promise<Customer | null> {
    return this.db.scoped(Customer, scope).findOne({ email });
  }

  async updateCustomer(scope: TenantScope, id: string, values: Partial<Pick<Customer, 'firstName' | 'lastName' | 'email' | 'phone' | 'notes' | 'updatedAt'>>) {
    return this.db.scoped(Customer, scope).update({ id }, values);
  }

  /** Newest first; `q` finds by email (exact) or by 3+ characters of the name or email (trigram index). */
  async listCustomers(scope: TenantScope, opts: { after: Keyset | null; limit: number; q?: string }): Promise<{ rows: CustomerRow[]; total: number }> {
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value) + 1}`;
    const where = ['c.ticketing_id = $1'];
    if (opts.q) {
      const q = opts.q.toLowerCase();
      where.push(`(c.email = ${bind(q)} OR lower(c.first_name || ' ' || c.last_name || ' ' || c.email) LIKE ${bind(`%${q.replace(/[%_\\]/g, '\\$&')}%`)})`);
    }
    const filter = where.join(' AND ');
    const countParams = [...params];
    const page = opts.after ? `AND (c.created_at, c.id) < (${bind(opts.after.at)}, ${bind(opts.after.id)})` : '';
    const [rows, [{ total }]] = await Promise.all([
      this.db.tenantQuery<CustomerRow>(
        scope,
        `SELECT ${CUSTOMER_COLUMNS} FROM customers c WHERE ${filter} ${page} ORDER BY c.created_at DESC, c.id DESC LIMIT ${bind(opts.limit + 1)}`,
        params,
      ),
      this.db.tenantQuery<{ total: number }>(scope, `SELECT count(*)::int AS total FROM customers c WHERE ${filter}`, countParams),
    ]);
    return { rows, total };
  }

  /** The order's contact, and the customer it now belongs to. */
  async updateOrderContact(
    scope: TenantScope,
    orderId: string,
    c: { firstName: string; lastName: string; email: string; mobile: string | null; customerId: string },
  ): Promise<void> {
    await this.db.tenantQuery(
      scope,
      `UPDATE orders SET customer_first_name = $3, customer_last_name = $4, customer_email = $5, customer_phone = $6, customer_id = $7
        WHERE ticketing_id = $1 AND id = $2`,
      [orderId, c.firstName, c.lastName, c.email, c.mobile, c.customerId],
    );
  }

  /** Links an order to its customer (orders placed outside the sale path have none yet). */
  async linkOrder(scope: TenantScope, orderId: string, customerId: string): Promise<void> {
    await this.db.tenantQuery(scope, `UPDATE orders SET customer_id = $3 WHERE ticketing_id = $1 AND id = $2 AND customer_id IS NULL`, [orderId, customerId]);
  }

  async addComment(scope: TenantScope, comment: Omit<OrderComment, 'ticketingId' | 'id'>): Promise<OrderComment> {
    const [row] = await this.db.tenantQuery<{ id: string }>(
      scope,
      `INSERT INTO order_comments (ticketing_id, order_id, customer_id, body, author_kind, author_id, author_label, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [comment.orderId, comment.customerId, comment.body, comment.authorKind, comment.authorId, comment.authorLabel, comment.at],
    );
    return { ...comment, id: row.id, ticketingId: scope.ticketingId };
  }

  /** One comment, locked until the transaction ends so two edits of it take turns. */
  async lockComment(scope: TenantScope, id: string): Promise<OrderComment | null> {
    const [row] = await this.db.tenantQuery<OrderComment>(
      scope,
      `SELECT ${COMMENT_COLUMNS} FROM order_comments WHERE ticketing_id = $1 AND id = $2 FOR UPDATE`,
      [id],
    );
    return row ?? null;
  }

  async editComment(scope: TenantScope, id: string, body: string): Promise<void> {
    await this.db.tenantQuery(scope, `UPDATE order_comments SET body = $3 WHERE ticketing_id = $1 AND id = $2`, [id, body]);
  }

  async deleteComment(scope: TenantScope, id: string): Promise<void> {
    await this.db.tenantQuery(scope, `DELETE FROM order_comments WHERE ticketing_id = $1 AND id = $2`, [id]);
  }

  /** One history entry on each order a comment shows on: its purchase, or every order of its buyer. */
  async logOnCommentOrders(scope: TenantScope, comment: Pick<OrderComment, 'orderId' | 'customerId'>, e: Omit<NewHistoryEntry, 'orderId'>): Promise<void> {
    await this.db.tenantQuery(
      scope,
      `INSERT INTO order_history (ticketing_id, order_id, action, actor_kind, actor_id, actor_label, data, at)
       SELECT $1, o.id, $4, $5, $6, $7, $8, $9 FROM orders o
        WHERE o.ticketing_id = $1 AND (o.id = $2::uuid OR o.customer_id = $3::uuid)`,
      [comment.orderId, comment.customerId, e.action, e.actorKind, e.actorId, e.actorLabel, JSON.stringify(e.data), e.at],
    );
  }

  /** An order's comments and its buyer's, oldest first. */
  commentsOf(scope: TenantScope, subject: { orderId?: string; customerId?: string | null }): Promise<OrderComment[]> {
    return this.db.tenantQuery<OrderComment>(
      scope,
      `SELECT ${COMMENT_COLUMNS}
         FROM order_comments
        WHERE ticketing_id = $1 AND (order_id = $2 OR customer_id = $3)
        ORDER BY at, id`,
      [subject.orderId ?? null, subject.customerId ?? null],
    );
  }
}
