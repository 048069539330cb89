import { Injectable } from '@nestjs/common';
import { Actor } from '../../platform/audit/actor';
import { Clock } from '../../platform/clock/clock';
import { Database, isUniqueViolation } from '../../platform/database/database';
import { decodeCursor, pageOf } from '../../platform/http/pagination';
import { DomainError } from '../../platform/http/problem';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import {
  AddOrderCommentRequest,
  CustomerPage,
  CustomerResponseDetail,
  CustomerSummaryResponse,
  ListCustomersQuery,
  OrderCommentResponse,
  UpdateCustomerRequest,
  UpdateOrderContactRequest,
} from './dto/customer.dto';
import { ListOrdersQuery, OrderResponse } from './dto/order.dto';
import { OrderComment } from './entities/order-comment.entity';
import { Order } from './entities/order.entity';
import { CommentEditor, mayChangeComment } from './comment-authorship';
import { CustomerRow, CustomersRepository } from './customers.repository';
import { CommentNotFoundError, CommentNotYoursError, CustomerNotFoundError, OrderNotFoundError, OrdersProblems } from './orders.errors';
import { OrdersRepository } from './orders.repository';
import { OrdersService } from './orders.service';

const contactOf = (o: Pick<Order, 'customerFirstName' | 'customerLastName' | 'customerEmail' | 'customerPhone'>) => ({
  firstName: o.customerFirstName,
  lastName: o.customerLastName,
  email: o.customerEmail,
  mobile: o.customerPhone,
});

/**
 * Customer service around an order: the buyers of a ticketing (one record per email, made by their
 * first order), an order's contact (ORD-3), and the team's comments on a purchase or its buyer (ORD-10).
 */
@Injectable()
export class CustomersService {
  constructor(
    private readonly repo: CustomersRepository,
    private readonly orderRows: OrdersRepository,
    private readonly orders: OrdersService,
    private readonly clock: Clock,
    private readonly db: Database,
  ) {}

  async listCustomers(scope: TenantScope, query: ListCustomersQuery): Promise<CustomerPage> {
    const limit = query.limit ?? 50;
    const { rows, total } = await this.repo.listCustomers(scope, { after: decodeCursor(query.cursor), limit, q: query.q?.trim() || undefined });
    const page = pageOf(rows, limit, (r) => new Date(r.createdAt));
    return { items: page.items.map(customerSummary), nextCursor: page.nextCursor, total };
  }

  async getCustomer(scope: TenantScope, customerId: string): Promise<CustomerResponseDetail> {
    const customer = await this.requireCustomer(scope, customerId);
    const [orders, comments] = await Promise.all([
      this.orders.listOrders(scope, Object.assign(new ListOrdersQuery(), { limit: 200 }), { customerId }),
      this.repo.commentsOf(scope, { customerId }),
    ]);
    return { ...customerSummary(customer), notes: customer.notes, orders: orders.items, comments: comments.map(commentView) };
  }

  /** The team corrects a buyer's record; an email is lower-cased and must be no other customer's. */
  async updateCustomer(scope: TenantScope, customerId: string, change: UpdateCustomerRequest): Promise<CustomerResponseDetail> {
    await this.requireCustomer(scope, customerId);
    const email = change.email?.trim().toLowerCase();
    if (email) {
      const other = await this.repo.findCustomerByEmail(scope, email);
      if (other && other.id !== customerId) throw new CustomerEmailTakenError();
    }
    try {
      await this.repo.updateCustomer(scope, customerId, {
        ...(change.firstName !== undefined ? { firstName: change.firstName.trim() } : {}),
        ...(change.lastName !== undefined ? { lastName: change.lastName.trim() } : {}),
        ...(email ? { email } : {}),
        ...(change.phone !== undefined ? { phone: change.phone?.trim() || null } : {}),
        ...(change.notes !== undefined ? { notes: change.notes } : {}),
        updatedAt: this.clock.now(),
      });
    } catch (error) {
      // Two edits racing to the same email: the unique index decides.
      if (isUniqueViolation(error)) throw new CustomerEmailTakenError();
      throw error;
    }
    return this.getCustomer(scope, customerId);
  }

  /**
   * ORD-3: the order's contact (who gets its emails), with before and after in its history. A new
   * email moves the order to that email's customer (made if there is none).
   */
  async updateOrderContact(scope: TenantScope, orderId: string, change: UpdateOrderContactRequest, actor: Actor): Promise<OrderResponse> {
    const order = await this.requireOrder(scope, orderId);
    const before = contactOf(order);
    const after = {
      firstName: change.firstName.trim(),
      lastName: change.lastName.trim(),
      email: change.email.trim().toLowerCase(),
      mobile: change.mobile?.trim() || null,
    };
    if (JSON.stringify(before) !== JSON.stringify(after) || !order.customerId) {
      const now = this.clock.now();
      await this.db.transaction(async () => {
        const customerId = await this.repo.customerByEmail(scope, { ...after, phone: after.mobile, at: now });
        await this.repo.updateOrderContact(scope, orderId, { ...after, customerId });
        await this.orderRows.appendHistory(scope, {
          orderId,
          action: 'orders.contact.changed',
          actorKind: actor.kind,
          actorId: actor.id,
          actorLabel: actor.label,
          data: { before, after },
          at: now,
        });
      });
    }
    return this.orders.getOrder(scope, orderId);
  }

  /** ORD-10: a comment on the purchase, or on its buyer (then on every order of theirs). */
  async addOrderComment(scope: TenantScope, orderId: string, request: AddOrderCommentRequest, actor: Actor): Promise<OrderCommentResponse> {
    const order = await this.requireOrder(scope, orderId);
    const customerId = request.about === 'buyer' ? await this.customerOf(scope, order) : null;
    return commentView(await this.repo.addComment(scope, this.comment({ orderId: customerId ? null : orderId, customerId }, request.body, actor)));
  }

  async addCustomerComment(scope: TenantScope, customerId: string, body: string, actor: Actor): Promise<OrderCommentResponse> {
    await this.requireCustomer(scope, customerId);
    return commentView(await this.repo.addComment(scope, this.comment({ orderId: null, customerId }, body, actor)));
  }

  /** The purchase's comments and its buyer's, oldest first. */
  async listOrderComments(scope: TenantScope, orderId: string): Promise<OrderCommentResponse[]> {
    const order = await this.requireOrder(scope, orderId);
    return (await this.repo.commentsOf(scope, { orderId, customerId: order.customerId })).map(commentView);
  }

  /**
   * ORD-10: its author (or an admin) rewrites a comment; the history of each order it shows on keeps
   * the text before and after. The same text again changes and logs nothing.
   */
  async editComment(scope: TenantScope, commentId: string, body: string, editor: CommentEditor): Promise<OrderCommentResponse> {
    const text = body.trim();
    return this.db.transaction(async () => {
      const comment = await this.commentToChange(scope, commentId, editor);
      if (comment.body === text) return commentView(comment);
      await this.repo.editComment(scope, commentId, text);
      await this.logCommentChange(scope, comment, 'orders.comment.edited', editor, { before: comment.body, after: text });
      return commentView({ ...comment, body: text });
    });
  }

  /** ORD-10: its author (or an admin) deletes a comment; the history of each order it showed on keeps its text. */
  async deleteComment(scope: TenantScope, commentId: string, editor: CommentEditor): Promise<void> {
    await this.db.transaction(async () => {
      const comment = await this.commentToChange(scope, commentId, editor);
      await this.repo.deleteComment(scope, commentId);
      await this.logCommentChange(scope, comment, 'orders.comment.deleted', editor, { body: comment.body });
    });
  }

  private async commentToChange(scope: TenantScope, commentId: string, editor: CommentEditor): Promise<OrderComment> {
    const comment = await this.repo.lockComment(scope, commentId);
    if (!comment) throw new CommentNotFoundError();
    if (!mayChangeComment(comment, editor)) throw new CommentNotYoursError();
    return comment;
  }

  private logCommentChange(scope: TenantScope, comment: OrderComment, action: string, editor: CommentEditor, text: Record<string, string>) {
    return this.repo.logOnCommentOrders(scope, comment, {
      action,
      actorKind: editor.actor.kind,
      actorId: editor.actor.id,
      actorLabel: editor.actor.label,
      data: { commentId: comment.id, about: comment.customerId ? 'buyer' : 'order', author: comment.authorLabel, ...text },
      at: this.clock.now(),
    });
  }

  private comment(subject: { orderId: string | null; customerId: string | null }, body: string, actor: Actor): Omit<OrderComment, 'ticketingId' | 'id'> {
    return { ...subject, body: body.trim(), authorKind: actor.kind, authorId: actor.id, authorLabel: actor.label, at: this.clock.now() };
  }

  /** The order's customer; one placed outside the sale path gets it now, by its contact's email. */
  private async customerOf(scope: TenantScope, order: Order): Promise<string> {
    if (order.customerId) return order.customerId;
    return this.db.transaction(async () => {
      const id = await this.repo.customerByEmail(scope, { ...contactOf(order), phone: order.customerPhone, at: this.clock.now() });
      await this.repo.linkOrder(scope, order.id, id);
      return id;
    });
  }

  private async requireOrder(scope: TenantScope, orderId: string): Promise<Order> {
    const order = await this.orderRows.findOrder(scope, orderId);
    if (!order) throw new OrderNotFoundError();
    return order;
  }

  private async requireCustomer(scope: TenantScope, customerId: string): Promise<CustomerRow> {
    const customer = await this.repo.findCustomer(scope, customerId);
    if (!customer) throw new CustomerNotFoundError();
    return customer;
  }
}

export class CustomerEmailTakenError extends DomainError {
  constructor() {
    super(OrdersProblems.CUSTOMER_EMAIL_TAKEN, 'Another customer of this ticketing has this email');
  }
}

function customerSummary(c: CustomerRow): CustomerSummaryResponse {
  return {
    id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    phone: c.phone,
    orderCount: c.orderCount,
    createdAt: new Date(c.createdAt).toISOString(),
  };
}

function commentView(c: OrderComment): OrderCommentResponse {
  return {
    id: c.id,
    about: c.customerId ? 'buyer' : 'order',
    orderId: c.orderId,
    body: c.body,
    author: { kind: c.authorKind, id: c.authorKind === 'user' ? c.authorId : null, label: c.authorLabel },
    at: new Date(c.at).toISOString(),
  };
}
