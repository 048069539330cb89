import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Clock } from '../../platform/clock/clock';
import { RequirementFailed } from '../../platform/database/database';
import { TicketPdf } from '../../platform/documents/ticket-pdf';
import { money } from '../../platform/http/money.dto';
import { decodeCursor, Page, pageOf } from '../../platform/http/pagination';
import { Mailer } from '../../platform/mail/mailer';
import { Outbox } from '../../platform/outbox/outbox';
import { QueueName } from '../../platform/queue/queues';
import { TicketSigner } from '../../platform/signing/ticket-signer';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { ListOrdersQuery, OrderHistoryEntryResponse, OrderResponse, OrderSummaryResponse, ShopOrderResponse, TicketResponse } from './dto/order.dto';
import { ActorKind } from './entities/order-history-entry.entity';
import { Channel, Order, PaymentMethod } from './entities/order.entity';
import { Ticket } from './entities/ticket.entity';
import { newOrderNumber } from './order-number';
import { OrderNotFoundError } from './orders.errors';
import { OrdersRepository } from './orders.repository';

export interface Actor {
  kind: ActorKind;
  id: string | null;
  label: string;
}

export interface OrderLine {
  eventId: string;
  dateId: string;
  zoneId: string;
  priceId: string;
  eventName: string;
  venue: string | null;
  startsAt: Date;
  zoneName: string;
  priceName: string;
  unitAmount: number;
  quantity: number;
  /** Each ticket's amount when they differ from unitAmount (after a discount); length = quantity. */
  ticketAmounts?: number[];
  /** Numbered seats, one per ticket, with their printed labels. */
  seatIds?: string[];
  seatLabels?: string[];
}

export interface PlaceOrderInput {
  /** Chosen by the caller when it must reference the order in the same transaction. */
  id?: string;
  channel: Channel;
  paymentMethod: PaymentMethod;
  currency: string;
  customer: { firstName: string; lastName: string; email: string };
  lines: OrderLine[];
  actor: Actor;
  /** Links the order to what caused it (e.g. the cart), recorded in its history. */
  origin?: Record<string, unknown>;
  /** The promo code used, and what it took off in total. */
  discount?: { promoCode: string; amount: number };
  /** Part of the total paid with a gift voucher (spent by the caller in the same write). */
  voucher?: { code: string; amount: number };
}

export interface PlacedOrder {
  id: string;
  number: string;
  /** Secret for the customer's confirmation link; only its hash is stored. */
  accessToken: string;
}

export type AdmitResult =
  { outcome: 'admitted'; ticket: Ticket } | { outcome: 'already_used'; ticket: Ticket } | { outcome: 'not_valid'; ticket: Ticket } | { outcome: 'unknown' };

export const ORDER_CONFIRMATION_JOB = 'order-confirmation';

/** The random order number collided: retry the whole write with a new one. */
export const isOrderNumberTaken = (error: unknown) => error instanceof RequirementFailed && error.code === 'ORDER_NUMBER_TAKEN';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const chf = (amount: number, currency: string) => `${currency} ${(amount / 100).toFixed(2)}`;

/** Orders façade: placing orders, reading them, their tickets and documents. */
@Injectable()
export class OrdersService {
  constructor(
    private readonly repo: OrdersRepository,
    private readonly clock: Clock,
    private readonly signer: TicketSigner,
    private readonly outbox: Outbox,
    private readonly tenancy: TenancyService,
    private readonly pdf: TicketPdf,
    private readonly mailer: Mailer,
  ) {}

  /**
   * Writes an order, its signed tickets, its first history entry and the confirmation email
   * job, as part of the caller's write (the capacity change belongs to the same transaction).
   */
  async placeOrder(scope: TenantScope, input: PlaceOrderInput): Promise<PlacedOrder> {
    const now = this.clock.now();
    const id = input.id ?? randomUUID();
    const accessToken = randomBytes(24).toString('base64url');
    const amountsOf = (l: OrderLine) => l.ticketAmounts ?? Array.from({ length: l.quantity }, () => l.unitAmount);
    const total = input.lines.reduce((sum, l) => sum + amountsOf(l).reduce((a, b) => a + b, 0), 0);
    const due = total - (input.voucher?.amount ?? 0);
    const status = due === 0 || input.paymentMethod === 'free' ? 'paid' : 'reserved';

    const ticketIds = input.lines.flatMap((l) => Array.from({ length: l.quantity }, () => randomUUID()));
    const codes = await this.signer.sign(scope, ticketIds);

    const order = {
      id,
      status,
      channel: input.channel,
      paymentMethod: input.paymentMethod,
      currency: input.currency,
      totalAmount: total,
      promoCode: input.discount?.promoCode ?? null,
      discountAmount: input.discount?.amount ?? 0,
      voucherCode: input.voucher?.code ?? null,
      voucherAmount: input.voucher?.amount ?? 0,
      customerFirstName: input.customer.firstName.trim(),
      customerLastName: input.customer.lastName.trim(),
      customerEmail: input.customer.email.trim().toLowerCase(),
      accessTokenHash: sha256(accessToken),
      createdAt: now,
    } as const;
    let k = 0;
    const tickets = input.lines.flatMap((l) =>
      amountsOf(l).map((amount, j) => {
        const i = k++;
        return {
          id: ticketIds[i],
          code: codes[i],
          eventId: l.eventId,
          dateId: l.dateId,
          zoneId: l.zoneId,
          priceId: l.priceId,
          eventName: l.eventName,
          venue: l.venue,
          startsAt: l.startsAt,
          zoneName: l.zoneName,
          priceName: l.priceName,
          amount,
          seatId: l.seatIds?.[j] ?? null,
          seatLabel: l.seatLabels?.[j] ?? null,
        };
      }),
    );
    const placed = (number: string) => ({
      orderId: id,
      action: 'orders.order.placed',
      actorKind: input.actor.kind,
      actorId: input.actor.id,
      actorLabel: input.actor.label,
      data: {
        number,
        status,
        channel: input.channel,
        paymentMethod: input.paymentMethod,
        total: money(total, input.currency),
        tickets: ticketIds.length,
        ...(input.discount ? { promoCode: input.discount.promoCode, discount: money(input.discount.amount, input.currency) } : {}),
        ...(input.voucher ? { giftVoucher: money(input.voucher.amount, input.currency) } : {}),
        ...input.origin,
      },
      at: now,
    });
    // A taken number (about one chance in 10^12) fails the caller's write with ORDER_NUMBER_TAKEN;
    // the caller retries the whole write (see isOrderNumberTaken).
    const number = newOrderNumber();
    await this.repo.insertPlacedOrder(scope, { ...order, number }, tickets, placed(number));
    await this.outbox.add(scope, { queue: QueueName.Mail, name: ORDER_CONFIRMATION_JOB, jobId: `${ORDER_CONFIRMATION_JOB}.${id}`, payload: { orderId: id } });
    return { id, number, accessToken };
  }

  async listOrders(scope: TenantScope, query: ListOrdersQuery): Promise<Page<OrderSummaryResponse>> {
    const limit = query.limit ?? 50;
    const rows = await this.repo.listOrders(scope, { after: decodeCursor(query.cursor), limit, q: query.q || undefined, dateId: query.dateId });
    const page = pageOf(rows, limit, (r) => new Date(r.createdAt));
    return { items: page.items.map((r) => summary(r, r.ticketCount)), nextCursor: page.nextCursor };
  }

  async getOrder(scope: TenantScope, orderId: string): Promise<OrderResponse> {
    const order = await this.requireOrder(scope, orderId);
    const [tickets, history] = await Promise.all([this.repo.ticketsOf(scope, orderId), this.repo.historyOf(scope, orderId)]);
    return {
      ...summary(order, tickets.length),
      tickets: tickets.map(ticketView),
      history: history.map((h): OrderHistoryEntryResponse => ({
        id: String(h.id),
        action: h.action,
        actor: { kind: h.actorKind, label: h.actorLabel },
        at: h.at.toISOString(),
        data: h.data,
      })),
    };
  }

  /** The customer's view, reachable only with the secret from checkout or the email. */
  async getShopOrder(scope: TenantScope, orderId: string, token: string): Promise<ShopOrderResponse> {
    const order = await this.requireCustomerAccess(scope, orderId, token);
    const tickets = await this.repo.ticketsOf(scope, orderId);
    return { ...summary(order, tickets.length), tickets: tickets.map(ticketView) };
  }

  async renderTickets(scope: TenantScope, orderId: string): Promise<{ number: string; pdf: Buffer }> {
    const order = await this.requireOrder(scope, orderId);
    return { number: order.number, pdf: await this.ticketPdf(scope, order) };
  }

  async renderShopTickets(scope: TenantScope, orderId: string, token: string): Promise<{ number: string; pdf: Buffer }> {
    const order = await this.requireCustomerAccess(scope, orderId, token);
    return { number: order.number, pdf: await this.ticketPdf(scope, order) };
  }

  /** Worker use case: the confirmation email with the tickets attached. Safe to retry. */
  async sendConfirmation(scope: TenantScope, orderId: string): Promise<void> {
    const order = await this.requireOrder(scope, orderId);
    const ticketing = await this.tenancy.ticketing(scope);
    const pdf = await this.ticketPdf(scope, order);
    const name = `${order.customerFirstName} ${order.customerLastName}`;
    const payLine = order.status === 'reserved' ? `\nÀ régler sur place : ${chf(order.totalAmount, order.currency)}.` : '';
    await this.mailer.send({
      to: order.customerEmail,
      subject: `${ticketing.name} — vos billets, commande ${order.number}`,
      messageId: `<order-${order.id}@guichet>`,
      text: `Bonjour ${name},\n\nMerci pour votre commande ${order.number}. Vos billets sont joints à ce message (PDF).${payLine}\n\n${ticketing.name}`,
      html: `<p>Bonjour ${escapeHtml(name)},</p><p>Merci pour votre commande <strong>${order.number}</strong>. Vos billets sont joints à ce message (PDF).${escapeHtml(payLine)}</p><p>${escapeHtml(ticketing.name)}</p>`,
      attachments: [{ filename: `billets-${order.number}.pdf`, content: pdf, contentType: 'application/pdf' }],
    });
    await this.repo.appendHistory(scope, {
      orderId,
      action: 'orders.order.email_sent',
      actorKind: 'system',
      actorId: null,
      actorLabel: 'Guichet',
      data: { to: order.customerEmail, template: 'order-confirmation' },
      at: this.clock.now(),
    });
  }

  /** Control's door check: admits a valid unscanned ticket exactly once. */
  async admitTicket(scope: TenantScope, ticketId: string, at: Date): Promise<AdmitResult> {
    const { admitted, ticket } = await this.repo.admit(scope, ticketId, at);
    if (!ticket) return { outcome: 'unknown' };
    if (admitted) return { outcome: 'admitted', ticket };
    if (ticket.status !== 'valid') return { outcome: 'not_valid', ticket };
    return { outcome: 'already_used', ticket };
  }

  private async ticketPdf(scope: TenantScope, order: Order): Promise<Buffer> {
    const [tickets, ticketing] = await Promise.all([this.repo.ticketsOf(scope, order.id), this.tenancy.ticketing(scope)]);
    return this.pdf.render({
      organizerName: ticketing.name,
      orderNumber: order.number,
      holderName: `${order.customerFirstName} ${order.customerLastName}`,
      tickets: tickets
        .filter((t) => t.status === 'valid')
        .map((t) => ({
          code: t.code,
          eventName: t.eventName,
          venue: t.venue,
          startsAt: t.startsAt,
          zoneName: t.seatLabel ?? t.zoneName,
          priceName: t.priceName,
          price: chf(t.amount, t.currency),
        })),
    });
  }

  private async requireOrder(scope: TenantScope, orderId: string): Promise<Order> {
    const order = await this.repo.findOrder(scope, orderId);
    if (!order) throw new OrderNotFoundError();
    return order;
  }

  private async requireCustomerAccess(scope: TenantScope, orderId: string, token: string): Promise<Order> {
    const order = await this.repo.findOrder(scope, orderId);
    const given = Buffer.from(sha256(token));
    if (!order || !timingSafeEqual(given, Buffer.from(order.accessTokenHash))) throw new OrderNotFoundError();
    return order;
  }
}

function summary(o: Order, ticketCount: number): OrderSummaryResponse {
  return {
    id: o.id,
    number: o.number,
    status: o.status,
    channel: o.channel,
    paymentMethod: o.paymentMethod,
    total: money(o.totalAmount, o.currency),
    discount: o.discountAmount ? money(o.discountAmount, o.currency) : null,
    promoCode: o.promoCode,
    giftVoucher: o.voucherAmount ? { code: o.voucherCode ?? '', amount: money(o.voucherAmount, o.currency) } : null,
    amountDue: money(o.status === 'paid' || o.status === 'cancelled' ? 0 : o.totalAmount - o.voucherAmount, o.currency),
    customer: { firstName: o.customerFirstName, lastName: o.customerLastName, email: o.customerEmail },
    ticketCount,
    createdAt: new Date(o.createdAt).toISOString(),
  };
}

function ticketView(t: Ticket): TicketResponse {
  return {
    id: t.id,
    code: t.code,
    status: t.status,
    scanState: t.scanState,
    firstScannedAt: t.firstScannedAt ? t.firstScannedAt.toISOString() : null,
    eventId: t.eventId,
    dateId: t.dateId,
    eventName: t.eventName,
    venue: t.venue,
    startsAt: t.startsAt.toISOString(),
    zoneName: t.zoneName,
    seatId: t.seatId,
    seatLabel: t.seatLabel,
    priceName: t.priceName,
    price: money(t.amount, t.currency),
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
