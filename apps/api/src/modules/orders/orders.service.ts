import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Clock } from '../../platform/clock/clock';
import { Database, RequirementFailed } from '../../platform/database/database';
import { TicketPdf } from '../../platform/documents/ticket-pdf';
import { money } from '../../platform/http/money.dto';
import { decodeCursor, Page, pageOf } from '../../platform/http/pagination';
import { Mailer } from '../../platform/mail/mailer';
import { Outbox } from '../../platform/outbox/outbox';
import { QueueName } from '../../platform/queue/queues';
import { TicketSigner } from '../../platform/signing/ticket-signer';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import {
  ListOrdersQuery,
  OrderGiftVoucherResponse,
  OrderHistoryEntryResponse,
  OrderResponse,
  OrderSummaryResponse,
  ShopOrderResponse,
  TicketResponse,
} from './dto/order.dto';
import { ActorKind } from './entities/order-history-entry.entity';
import { OrderGiftVoucher } from './entities/order-gift-voucher.entity';
import { Channel, Order, OrderStatus, PaymentMethod } from './entities/order.entity';
import { Ticket } from './entities/ticket.entity';
import { newOrderNumber } from './order-number';
import { OrderNotAwaitingPaymentError, OrderNotFoundError } from './orders.errors';
import { OrdersRepository } from './orders.repository';
import { SettlementMethod } from './settlement';

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
  /** Gift vouchers bought with the order (issued by the caller in the same write); part of the total. */
  giftVouchers?: SoldGiftVoucher[];
}

export interface SoldGiftVoucher {
  id: string;
  name: string;
  /** As printed (groups of four). */
  code: string;
  amount: number;
  expiresAt: Date;
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
    private readonly db: Database,
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
    const sold = input.giftVouchers ?? [];
    const total = input.lines.reduce((sum, l) => sum + amountsOf(l).reduce((a, b) => a + b, 0), 0) + sold.reduce((sum, v) => sum + v.amount, 0);
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
      paidAt: status === 'paid' ? now : null,
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
        ...(sold.length ? { giftVouchersSold: sold.length } : {}),
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
    await this.repo.insertGiftVouchers(
      scope,
      sold.map((v, position) => ({ ...v, orderId: id, currency: input.currency, position })),
    );
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
    const [tickets, history, vouchers] = await Promise.all([
      this.repo.ticketsOf(scope, orderId),
      this.repo.historyOf(scope, orderId),
      this.repo.giftVouchersOf(scope, orderId),
    ]);
    return {
      ...summary(order, tickets.length),
      tickets: tickets.map(ticketView),
      giftVouchers: vouchers.map((v) => giftVoucherView(v, order)),
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
    const [tickets, vouchers] = await Promise.all([this.repo.ticketsOf(scope, orderId), this.repo.giftVouchersOf(scope, orderId)]);
    return { ...summary(order, tickets.length), tickets: tickets.map(ticketView), giftVouchers: vouchers.map((v) => giftVoucherView(v, order)) };
  }

  /** Each order's status (orders of another ticketing, or unknown, are left out). */
  async statuses(scope: TenantScope, orderIds: string[]): Promise<Map<string, OrderStatus>> {
    return new Map((await this.repo.statuses(scope, orderIds)).map((o) => [o.id, o.status]));
  }

  /**
   * The ticket office received what a reserved order owes (cash, card terminal, bank transfer):
   * the order becomes paid, and so do the gift vouchers it bought. Only a reserved order can be.
   */
  async recordPayment(scope: TenantScope, orderId: string, method: SettlementMethod, userId: string): Promise<OrderResponse> {
    const order = await this.requireOrder(scope, orderId);
    if (order.status !== 'reserved') throw new OrderNotAwaitingPaymentError(order.status);
    const user = await this.tenancy.findUser(userId);
    const actor: Actor = { kind: 'user', id: userId, label: user?.name ?? user?.email ?? 'Utilisateur' };
    const now = this.clock.now();
    const due = order.totalAmount - order.voucherAmount;
    const changed = await this.db.transaction(async () => {
      if (!(await this.repo.markPaid(scope, orderId, now))) return false;
      await this.repo.appendHistory(scope, {
        orderId,
        action: 'orders.order.paid',
        actorKind: actor.kind,
        actorId: actor.id,
        actorLabel: actor.label,
        data: { method, amount: money(due, order.currency) },
        at: now,
      });
      return true;
    });
    // Lost a race with another payment or a cancellation: say what it is now.
    if (!changed) throw new OrderNotAwaitingPaymentError((await this.requireOrder(scope, orderId)).status);
    return this.getOrder(scope, orderId);
  }

  async renderTickets(scope: TenantScope, orderId: string): Promise<{ number: string; pdf: Buffer }> {
    const order = await this.requireOrder(scope, orderId);
    return { number: order.number, pdf: await this.ticketPdf(scope, order) };
  }

  async renderShopTickets(scope: TenantScope, orderId: string, token: string): Promise<{ number: string; pdf: Buffer }> {
    const order = await this.requireCustomerAccess(scope, orderId, token);
    return { number: order.number, pdf: await this.ticketPdf(scope, order) };
  }

  /** Worker use case: the confirmation email with the tickets (and gift vouchers) attached. Safe to retry. */
  async sendConfirmation(scope: TenantScope, orderId: string): Promise<void> {
    const order = await this.requireOrder(scope, orderId);
    const [ticketing, tickets, vouchers] = await Promise.all([
      this.tenancy.ticketing(scope),
      this.repo.ticketsOf(scope, orderId),
      this.repo.giftVouchersOf(scope, orderId),
    ]);
    const pdf = await this.renderPdf(ticketing.name, order, tickets, vouchers);
    const name = `${order.customerFirstName} ${order.customerLastName}`;
    const lines = [`Merci pour votre commande ${order.number}. ${attachedWhat(tickets.length, vouchers.length)} à ce message (PDF).`];
    for (const v of vouchers) {
      const pending = order.status === 'paid' ? '' : ' — utilisable dès le paiement de la commande';
      lines.push(`Bon cadeau ${v.code} : ${chf(v.amount, v.currency)}, valable jusqu'au ${day(v.expiresAt)}${pending}.`);
    }
    if (order.status === 'reserved') lines.push(`À régler sur place : ${chf(order.totalAmount - order.voucherAmount, order.currency)}.`);
    await this.mailer.send({
      to: order.customerEmail,
      subject: `${ticketing.name} — votre commande ${order.number}`,
      messageId: `<order-${order.id}@guichet>`,
      text: `Bonjour ${name},\n\n${lines.join('\n')}\n\n${ticketing.name}`,
      html: `<p>Bonjour ${escapeHtml(name)},</p>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}<p>${escapeHtml(ticketing.name)}</p>`,
      attachments: [{ filename: `commande-${order.number}.pdf`, content: pdf, contentType: 'application/pdf' }],
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
    const [ticketing, tickets, vouchers] = await Promise.all([
      this.tenancy.ticketing(scope),
      this.repo.ticketsOf(scope, order.id),
      this.repo.giftVouchersOf(scope, order.id),
    ]);
    return this.renderPdf(ticketing.name, order, tickets, vouchers);
  }

  private renderPdf(organizerName: string, order: Order, tickets: Ticket[], vouchers: OrderGiftVoucher[]): Promise<Buffer> {
    return this.pdf.render({
      organizerName,
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
      giftVouchers:
        order.status === 'cancelled'
          ? []
          : vouchers.map((v) => ({
              name: v.name,
              code: v.code,
              value: chf(v.amount, v.currency),
              validUntil: day(v.expiresAt),
              pendingPayment: order.status !== 'paid',
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
    paidAt: o.paidAt ? new Date(o.paidAt).toISOString() : null,
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

const day = (d: Date) => new Intl.DateTimeFormat('fr-CH', { dateStyle: 'long', timeZone: 'Europe/Zurich' }).format(d);
const attachedWhat = (tickets: number, vouchers: number) =>
  vouchers === 0 ? 'Vos billets sont joints' : tickets === 0 ? 'Vos bons cadeaux sont joints' : 'Vos billets et bons cadeaux sont joints';

function giftVoucherView(v: OrderGiftVoucher, order: Order): OrderGiftVoucherResponse {
  return {
    id: v.id,
    name: v.name,
    code: v.code,
    amount: money(v.amount, v.currency),
    expiresAt: v.expiresAt.toISOString(),
    usable: order.status === 'paid',
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
