import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Actor, SYSTEM_ACTOR } from '../../platform/audit/actor';
import { Clock } from '../../platform/clock/clock';
import { Database } from '../../platform/database/database';
import { money, MoneyDto } from '../../platform/http/money.dto';
import { DomainError, ValidationFailedError } from '../../platform/http/problem';
import { decodeCursor, Page, pageOf } from '../../platform/http/pagination';
import type { Language } from '../../platform/documents/words';
import { Outbox } from '../../platform/outbox/outbox';
import { QueueName } from '../../platform/queue/queues';
import { OrderLinks } from '../../platform/signing/order-link';
import { TicketSigner } from '../../platform/signing/ticket-signer';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { balanceOf, OrderLedger, PaymentsReconciliationService } from '../payments-reconciliation';
import { GiftVoucherState, SalesService } from '../sales';
import {
  DownloadTicketsQuery,
  ListOrdersQuery,
  OrderGiftVoucherResponse,
  OrderHistoryEntryResponse,
  OrderResponse,
  OrderSummaryResponse,
  ShopOrderResponse,
  TicketResponse,
} from './dto/order.dto';
import { OrderGiftVoucher } from './entities/order-gift-voucher.entity';
import { Channel, Order, OrderStatus, PaymentMethod } from './entities/order.entity';
import { AttendeeAnswers, DoorTicket, ScanState, Ticket, TicketStatus } from './entities/ticket.entity';
import { newOrderNumber } from './order-number';
import { qrReferenceOf } from './qr-reference';
import { CustomersRepository } from './customers.repository';
import {
  CustomerNotFoundError,
  OrderNotAwaitingPaymentError,
  OrderNotFoundError,
  OrderNumberTakenError,
  OrderReferenceTakenError,
  OrdersProblems,
} from './orders.errors';
import { OrderImport, OrderImportFailure } from './entities/order-import.entity';
import { NewOrderImport, OrderImportsRepository } from './order-imports.repository';
import { CancellationChange, CancellationPlan, OrderCancellation } from './order-cancellation.service';
import { orderActions } from './order-actions';

import { DailySales, GroupSales, OpenInvoice, OrderGroupShare, SalesDimension, SalesFiguresRepository } from './sales-figures.repository';
import { BankMatchOrder, DoorFigures, DoorListTicket, NewTicket, OrderFilter, OrdersRepository } from './orders.repository';
import { OrderDocuments } from './order-documents.service';
import { TicketOperation } from './ticket-operations';
import { Personalisation } from './personalisation.service';
import { PersonalisationLinkResponse, PersonalisationResponse, SavePersonalisationRequest } from './dto/personalisation.dto';
import { MovedTicket, ReschedulePlan, TicketOperations } from './ticket-operations.service';
import type { RegistrationSnapshot } from '../registration';
import { ReservationSplit, SplitPlan } from './reservation-split.service';

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
  /** Numbered seats, one per ticket, with their printed labels and their parts. */
  seatIds?: string[];
  seatLabels?: string[];
  seats?: { section: string; row: string; number: string }[];
  /** The holders' answers given with the sale, one per ticket (null: none yet). */
  attendees?: (AttendeeAnswers | null)[];
}

export interface PlaceOrderInput {
  /** Chosen by the caller when it must reference the order in the same write. */
  id?: string;
  channel: Channel;
  paymentMethod: PaymentMethod;
  currency: string;
  customer: { firstName: string; lastName: string; email: string; phone?: string | null };
  /** SHOP-3: the buyer's answers to the registration form, kept on the order and on the customer. */
  registration?: RegistrationSnapshot;
  /** The customer's language for their emails and PDFs; French when not given. */
  language?: Language;
  lines: OrderLine[];
  actor: Actor;
  /** Links the order to what caused it (e.g. the cart), recorded in its history. */
  origin?: Record<string, unknown>;
  /** The promo code used, and what it took off in total. */
  discount?: { promoCode: string; amount: number };
  /** What the sale pays at once (a gift voucher…), recorded in the ledger by the caller in the same write. */
  paidNow: number;
  /** The gift voucher that paid part of it, for the history. */
  voucher?: { code: string; amount: number };
  /** Gift vouchers bought with the order (issued by sales in the same write); part of the total. */
  giftVouchers?: { id: string; name: string; amount: number }[];
  /** Its reference in the system it was imported from (ORD-13): unique per ticketing, else `OrderReferenceTakenError`. */
  externalReference?: string;
  /** Send the confirmation email (default); an import may leave it out. */
  notify?: boolean;
  /** Awaiting a card payment or an invoice's: cancelled if not paid by then (ADR 0052 for invoices). */
  paymentDueAt?: Date;
  /** ADR 0052: an invoice's reminders, in days after the order (each before `paymentDueAt`). */
  invoiceReminderDays?: number[];
  /** TO-2: a line and a holder's name printed on every ticket (a counter sale); blank or absent: none. */
  ticketText?: { line?: string | null; holderName?: string | null };
}

export interface PlacedOrder {
  id: string;
  number: string;
  status: OrderStatus;
  /** Secret for the customer's confirmation link; only its hash is stored. */
  accessToken: string;
  /** The tickets issued, at the price each was sold for (what the commission is charged on). */
  tickets: { id: string; eventId: string; amount: number }[];
}

/** What recording a payment needs to know of an order. */
/** What refunding an order needs to know of it. */
export interface OrderToRefund {
  currency: string;
  /** Received and not given back. */
  refundable: number;
  /** The gift voucher that paid part of it, which a refund to the voucher credits. */
  giftVoucherCode: string | null;
}

export interface OrderToSettle {
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  currency: string;
  /** The order's total, which `due` was worked out from. */
  total: number;
  /** What is still to pay, from the ledger. */
  due: number;
}

/** Where a scan may move a ticket: from these scan states to that one, if it is of these dates and zones (null: any). */
export interface AdmitMove {
  from: ScanState[];
  to: ScanState;
  dateIds: string[] | null;
  zoneIds: string[] | null;
}

/** An order as a door device finds it (CTL-5): who, and its tickets of the device's dates with their scan state. */
export interface DoorOrder {
  id: string;
  number: string;
  status: OrderStatus;
  customerName: string;
  tickets: {
    id: string;
    barcode: string;
    eventName: string;
    startsAt: Date;
    zoneName: string;
    seatLabel: string | null;
    priceName: string;
    status: TicketStatus;
    scanState: ScanState;
    firstScannedAt: Date | null;
  }[];
}

export type AdmitResult =
  | { outcome: 'admitted'; ticket: DoorTicket }
  /** Its scan state does not allow the move (already inside for an entry, not inside for an exit). */
  | { outcome: 'wrong_state'; ticket: DoorTicket }
  | { outcome: 'not_valid'; ticket: DoorTicket }
  | { outcome: 'wrong_date'; ticket: DoorTicket }
  | { outcome: 'wrong_zone'; ticket: DoorTicket }
  | { outcome: 'not_paid'; ticket: DoorTicket }
  | { outcome: 'unknown' };

/** An order in a customer account's list (ADR 0029). */
export interface AccountOrder {
  id: string;
  number: string;
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  total: MoneyDto;
  amountDue: MoneyDto;
  ticketCount: number;
  createdAt: string;
  /** The secret of the order's link (as in its confirmation email). */
  accessToken: string;
}

export const ORDER_CONFIRMATION_JOB = 'order-confirmation';
/** An invoice order's first email, with its invoice (its tickets follow the payment, ORDER_CONFIRMATION_JOB). */
export const ORDER_INVOICE_JOB = 'order-invoice';
export const PAYMENT_RECEIPT_JOB = 'payment-receipt';
/** ADR 0052: an invoice order's reminder email — its invoice again (`number`: 1 for the first reminder). */
export const INVOICE_REMINDER_JOB = 'order-invoice-reminder';
/**
 * ADR 0052: a reminder time or the deadline of an invoice order came — a delayed job queued when it
 * was placed, handled by the coordination layer like its periodic sweep (the same idempotent check).
 */
export const INVOICE_DEADLINE_JOB = 'invoice-deadline';
const DAY_MS = 24 * 60 * 60 * 1000;
export const ORDER_IMPORT_JOB = 'order-import';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Orders façade: placing orders, reading them, their tickets and documents. */
@Injectable()
export class OrdersService {
  constructor(
    private readonly repo: OrdersRepository,
    private readonly clock: Clock,
    private readonly signer: TicketSigner,
    private readonly outbox: Outbox,
    private readonly payments: PaymentsReconciliationService,
    private readonly sales: SalesService,
    private readonly cancellation: OrderCancellation,
    private readonly db: Database,
    private readonly links: OrderLinks,
    private readonly documents: OrderDocuments,
    private readonly figures: SalesFiguresRepository,
    private readonly ticketOps: TicketOperations,
    private readonly personalisation: Personalisation,
    private readonly imports: OrderImportsRepository,
    private readonly split: ReservationSplit,
    private readonly customers: CustomersRepository,
  ) {}

  /** TO-4: the contact of an existing customer of this ticketing, for a sale linked to them; another ticketing's is not found. */
  async customerContact(scope: TenantScope, customerId: string): Promise<{ firstName: string; lastName: string; email: string; phone: string | null }> {
    const c = await this.customers.findCustomer(scope, customerId);
    if (!c) throw new CustomerNotFoundError();
    return { firstName: c.firstName, lastName: c.lastName, email: c.email, phone: c.phone };
  }

  /** TO-4: the customer each order was sold to, by order id (orders without a customer, or unknown ids, are left out). */
  async buyersOf(scope: TenantScope, orderIds: string[]): Promise<Map<string, { customerId: string; firstName: string; lastName: string; email: string }>> {
    const rows = await this.customers.buyersOfOrders(scope, [...new Set(orderIds)]);
    return new Map(rows.map(({ orderId, ...buyer }) => [orderId, buyer]));
  }

  /** Orders whose card payment deadline has passed (any ticketing): the sweep cancels them. */
  overdueUnpaidOrders(batch = 200): Promise<{ ticketingId: string; orderId: string }[]> {
    return this.repo.overdueUnpaid(this.clock.now(), batch);
  }

  // — Invoice deadlines (ADR 0052): the records; cancelling is the coordination layer's —

  /** Invoice orders with a reminder or their deadline due now, in any ticketing. */
  invoiceDeadlinesDue(batch = 200): Promise<{ ticketingId: string; orderId: string }[]> {
    return this.repo.invoiceDeadlinesDue(this.clock.now(), batch);
  }

  /**
   * Where an invoice order stands against its deadlines now; null unless it awaits its invoice's
   * payment (paid, cancelled, or kept past its deadline: nothing to do). `reminder`: the latest one
   * due and not sent (an earlier one missed is not sent late), none past the deadline.
   */
  async invoiceDeadline(scope: TenantScope, orderId: string): Promise<{ overdue: boolean; partlyPaid: boolean; reminder: number | null } | null> {
    const order = await this.repo.findOrder(scope, orderId);
    if (!order || order.status !== 'reserved' || order.paymentMethod !== 'invoice' || !order.paymentDueAt || order.overdueKeptAt) return null;
    const now = this.clock.now().getTime();
    const overdue = order.paymentDueAt.getTime() <= now;
    const due = overdue ? 0 : (order.invoiceReminderDays ?? []).filter((d) => order.createdAt.getTime() + d * DAY_MS <= now).length;
    const ledger = (await this.payments.ledgers(scope, [orderId])).get(orderId)!;
    // Money kept (paid, less what was given back) makes it partly paid.
    return { overdue, partlyPaid: ledger.paid - ledger.refunded > 0, reminder: due > order.invoiceRemindersSent ? due : null };
  }

  /** Sends reminder `number` once: recorded and its email queued in one transaction; false when it already was. */
  async remindInvoice(scope: TenantScope, orderId: string, number: number): Promise<boolean> {
    return this.db.transaction(async () => {
      if (!(await this.repo.markInvoiceReminder(scope, orderId, number))) return false;
      await this.outbox.add(scope, {
        queue: QueueName.Mail,
        name: INVOICE_REMINDER_JOB,
        jobId: `${INVOICE_REMINDER_JOB}.${orderId}.${number}`,
        payload: { orderId, number },
      });
      return true;
    });
  }

  /** An overdue invoice order partly paid is kept for the organizer: marked (the sweeps skip it) and said in its history, once. */
  async keepOverdueInvoice(scope: TenantScope, orderId: string): Promise<boolean> {
    const at = this.clock.now();
    return this.db.transaction(async () => {
      if (!(await this.repo.keepOverdue(scope, orderId, at))) return false;
      await this.repo.appendHistory(scope, {
        orderId,
        action: 'orders.order.overdue_kept',
        actorKind: SYSTEM_ACTOR.kind,
        actorId: SYSTEM_ACTOR.id,
        actorLabel: SYSTEM_ACTOR.label,
        data: {},
        at,
      });
      return true;
    });
  }

  /** Refuses (ORDER_NOT_FOUND) a customer whose token does not open this order. */
  async checkCustomerAccess(scope: TenantScope, orderId: string, token: string): Promise<void> {
    await this.requireCustomerAccess(scope, orderId, token);
  }

  /**
   * What the shop needs to send the customer to pay an order by card: it must await a card payment,
   * before its deadline. Checked with the customer's secret (like the order page).
   */
  async toPayByCard(scope: TenantScope, orderId: string, token: string): Promise<{ number: string; currency: string; due: number }> {
    const order = await this.requireCustomerAccess(scope, orderId, token);
    const ledger = (await this.payments.ledgers(scope, [orderId])).get(orderId)!;
    const due = balanceOf(order.totalAmount, ledger);
    if (order.status !== 'reserved' || order.paymentMethod !== 'card' || due <= 0) throw new OrderNotAwaitingPaymentError(order.status);
    if (order.paymentDueAt && order.paymentDueAt <= this.clock.now())
      throw new DomainError(OrdersProblems.PAYMENT_TIME_OVER, 'The time to pay this order is over: its places went back on sale');
    return { number: order.number, currency: order.currency, due };
  }

  /** PAY-5: the orders bank entries may pay, by QR reference, number or id, or every invoice order awaiting its payment. */
  bankMatchOrders(
    scope: TenantScope,
    q: { qrReferences?: string[]; numbers?: string[]; ids?: string[]; awaitingInvoice?: boolean },
  ): Promise<BankMatchOrder[]> {
    return this.repo.bankMatchOrders(scope, q);
  }

  // — Imports (ORD-13): the records; reading and placing the file's orders is the coordination layer's —

  /** Which of these external references already name an order: importing them again writes nothing. */
  importedReferences(scope: TenantScope, references: string[]): Promise<Set<string>> {
    return this.repo.importedReferences(scope, references);
  }

  /** Records an accepted file and queues the job that places its orders, in one write. */
  async queueOrderImport(scope: TenantScope, record: NewOrderImport): Promise<void> {
    await this.db.atomically(async () => {
      await this.imports.insert(scope, record);
      await this.outbox.add(scope, {
        queue: QueueName.Imports,
        name: ORDER_IMPORT_JOB,
        jobId: `${ORDER_IMPORT_JOB}.${record.id}`,
        payload: { importId: record.id },
      });
    });
  }

  orderImport(scope: TenantScope, importId: string): Promise<OrderImport | null> {
    return this.imports.find(scope, importId);
  }

  latestOrderImports(scope: TenantScope, limit: number): Promise<Omit<OrderImport, 'content'>[]> {
    return this.imports.latest(scope, limit);
  }

  startOrderImport(scope: TenantScope, importId: string): Promise<boolean> {
    return this.imports.start(scope, importId);
  }

  recordOrderImportProgress(
    scope: TenantScope,
    importId: string,
    counts: { created: number; skipped: number; failed: number; failures: OrderImportFailure[] },
  ) {
    return this.imports.progress(scope, importId, counts);
  }

  finishOrderImport(scope: TenantScope, importId: string): Promise<void> {
    return this.imports.finish(scope, importId, this.clock.now());
  }

  /** The orders' side of the sales report: per event and currency, tickets sold and cancelled and what they sold for. */
  /** What each group of tickets (by event, date, price or channel) sold in orders placed in [from, to). */
  salesBy(scope: TenantScope, by: SalesDimension, from: Date | null, to: Date | null): Promise<GroupSales[]> {
    return this.figures.sales(scope, by, from, to);
  }

  /** Per order and group, what the order's tickets of that group sold for (to share the order's refunds out). */
  orderShares(scope: TenantScope, by: SalesDimension, orderIds: string[]): Promise<OrderGroupShare[]> {
    return this.figures.orderShares(scope, by, orderIds);
  }

  /** Amounts tied to tickets (their commission charges) summed per group of those tickets. */
  sumByGroup(scope: TenantScope, by: SalesDimension, rows: { ticketId: string; currency: string; amount: number }[]) {
    return this.figures.sumByGroup(scope, by, rows);
  }

  /** Tickets sold and still valid, and their amount, per day of sale and event. */
  dailySales(scope: TenantScope, from: Date, to: Date, eventId: string | null): Promise<DailySales[]> {
    return this.figures.dailySales(scope, from, to, eventId);
  }

  /** Invoice orders still awaiting payment, oldest first. */
  openInvoices(scope: TenantScope): Promise<OpenInvoice[]> {
    return this.figures.openInvoices(scope);
  }

  /** The tickets of these lines, with new ids and signed codes: one per place, at its price, on its seat. */
  private async newTickets(scope: TenantScope, lines: OrderLine[]): Promise<NewTicket[]> {
    const amountsOf = (l: OrderLine) => l.ticketAmounts ?? Array.from({ length: l.quantity }, () => l.unitAmount);
    const ticketIds = lines.flatMap((l) => Array.from({ length: l.quantity }, () => randomUUID()));
    const codes = await this.signer.issue(scope, ticketIds);
    let k = 0;
    return lines.flatMap((l) =>
      amountsOf(l).map((amount, j) => {
        const i = k++;
        return {
          id: ticketIds[i],
          ...codes[i],
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
          listAmount: l.unitAmount,
          seatId: l.seatIds?.[j] ?? null,
          seatLabel: l.seatLabels?.[j] ?? null,
          seatSection: l.seats?.[j]?.section || null,
          seatRow: l.seats?.[j]?.row || null,
          seatNumber: l.seats?.[j]?.number || null,
          attendee: l.attendees?.[j] ?? null,
        };
      }),
    );
  }

  /**
   * Writes an order, its signed tickets, its first history entry and the confirmation email job, as
   * part of the caller's write. Paid at once when what the sale pays covers the total. A taken order
   * number fails the write with `OrderNumberTakenError`: the caller retries the whole write.
   */
  async placeOrder(scope: TenantScope, input: PlaceOrderInput): Promise<PlacedOrder> {
    const now = this.clock.now();
    const id = input.id ?? randomUUID();
    const accessToken = randomBytes(24).toString('base64url');
    const sold = input.giftVouchers ?? [];
    const tickets = await this.newTickets(scope, input.lines);
    const ticketIds = tickets.map((t) => t.id);
    const total = tickets.reduce((sum, t) => sum + t.amount, 0) + sold.reduce((sum, v) => sum + v.amount, 0);
    const status: OrderStatus = total - input.paidNow <= 0 || input.paymentMethod === 'free' ? 'paid' : 'reserved';
    const number = newOrderNumber();
    await this.repo.insertPlacedOrder(
      scope,
      {
        id,
        number,
        status,
        channel: input.channel,
        paymentMethod: input.paymentMethod,
        currency: input.currency,
        totalAmount: total,
        promoCode: input.discount?.promoCode ?? null,
        discountAmount: input.discount?.amount ?? 0,
        customerFirstName: input.customer.firstName.trim(),
        customerLastName: input.customer.lastName.trim(),
        customerEmail: input.customer.email.trim().toLowerCase(),
        customerPhone: input.customer.phone?.trim() || null,
        language: input.language ?? 'fr',
        accessTokenHash: sha256(accessToken),
        createdAt: now,
        paidAt: status === 'paid' ? now : null,
        externalReference: input.externalReference ?? null,
        paymentDueAt: status === 'paid' ? null : (input.paymentDueAt ?? null),
        invoiceReminderDays: input.paymentMethod === 'invoice' ? (input.invoiceReminderDays ?? []) : null,
        qrReference: input.paymentMethod === 'invoice' ? qrReferenceOf(number) : null,
        registration: input.registration ?? null,
        ticketLine: input.ticketText?.line?.trim() || null,
        ticketHolder: input.ticketText?.holderName?.trim() || null,
      },
      tickets,
      {
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
      },
      {
        ORDER_NUMBER_TAKEN: async () =>
          input.externalReference && (await this.repo.importedReferences(scope, [input.externalReference])).size
            ? new OrderReferenceTakenError(input.externalReference)
            : new OrderNumberTakenError(),
      },
    );
    await this.repo.insertGiftVouchers(
      scope,
      sold.map((v, position) => ({ id: v.id, orderId: id, name: v.name, amount: v.amount, position })),
    );
    if (input.notify ?? true)
      await this.outbox.add(scope, { queue: QueueName.Mail, name: ORDER_CONFIRMATION_JOB, jobId: `${ORDER_CONFIRMATION_JOB}.${id}`, payload: { orderId: id } });
    if (input.paymentMethod === 'invoice' && status === 'reserved') {
      await this.outbox.add(scope, { queue: QueueName.Mail, name: ORDER_INVOICE_JOB, jobId: `${ORDER_INVOICE_JOB}.${id}`, payload: { orderId: id } });
      // On time: a delayed check at each reminder and at the deadline (the sweep catches a lost one).
      const delays = (input.invoiceReminderDays ?? []).map((d) => d * DAY_MS);
      if (input.paymentDueAt) delays.push(input.paymentDueAt.getTime() - now.getTime());
      for (const [i, delayMs] of delays.entries())
        await this.outbox.add(scope, {
          queue: QueueName.Deadlines,
          name: INVOICE_DEADLINE_JOB,
          jobId: `${INVOICE_DEADLINE_JOB}.${id}.${i}`,
          payload: { orderId: id },
          delayMs,
        });
    }
    return { id, number, status, accessToken, tickets: tickets.map((t) => ({ id: t.id, eventId: t.eventId, amount: t.amount })) };
  }

  /** ORD-1: one search field (number, name, email, ticket code) and the filters, newest first, with how many match. */
  async listOrders(
    scope: TenantScope,
    query: ListOrdersQuery,
    only: Pick<OrderFilter, 'customerId' | 'accountId'> = {},
  ): Promise<Page<OrderSummaryResponse> & { total: number }> {
    const limit = query.limit ?? 50;
    const { rows, total } = await this.repo.listOrders(scope, { after: decodeCursor(query.cursor), limit, filter: { ...orderFilterOf(query), ...only } });
    const page = pageOf(rows, limit, (r) => new Date(r.createdAt));
    const ledgers = await this.payments.ledgers(
      scope,
      page.items.map((r) => r.id),
    );
    return { items: page.items.map((r) => summary(r, r.ticketCount, ledgers.get(r.id)!)), nextCursor: page.nextCursor, total };
  }

  async getOrder(scope: TenantScope, orderId: string): Promise<OrderResponse> {
    const order = await this.requireOrder(scope, orderId);
    const [detail, history, giftVouchersSpent, personal] = await Promise.all([
      this.detailOf(scope, order),
      this.repo.historyOf(scope, orderId),
      this.sales.orderGiftVouchersSpent(scope, orderId),
      this.repo.ticketsOf(scope, orderId).then((tickets) => this.personalisation.personalTickets(scope, tickets)),
    ]);
    return {
      ...detail,
      actions: orderActions({
        status: order.status,
        paymentMethod: order.paymentMethod,
        validTickets: detail.tickets.filter((t) => t.status === 'valid').length,
        personalTickets: personal.length,
        hasEmail: order.customerEmail.trim() !== '',
        validEvents: new Set(detail.tickets.filter((t) => t.status === 'valid').map((t) => t.eventId)).size,
        refundable: detail.paid.amount - detail.refunded.amount,
        giftVouchersSpent,
      }),
      history: history.map((h): OrderHistoryEntryResponse => ({
        id: String(h.id),
        action: h.action,
        actor: { kind: h.actorKind, label: h.actorLabel },
        at: h.at.toISOString(),
        data: h.data,
      })),
    };
  }

  /**
   * A customer account's orders (ADR 0029), newest first, each with the secret of its link: the
   * account opens and downloads them through the shop's order routes, like the confirmation email.
   */
  async listAccountOrders(scope: TenantScope, accountId: string, page: { limit?: number; cursor?: string }): Promise<Page<AccountOrder>> {
    const { items, nextCursor } = await this.listOrders(scope, Object.assign(new ListOrdersQuery(), page), { accountId });
    return {
      items: items.map((o) => ({
        id: o.id,
        number: o.number,
        status: o.status,
        paymentMethod: o.paymentMethod,
        total: o.total,
        amountDue: o.amountDue,
        ticketCount: o.ticketCount,
        createdAt: o.createdAt,
        accessToken: this.links.tokenFor(scope.ticketingId, o.id),
      })),
      nextCursor,
    };
  }

  /** Who may claim the order: its contact's email and the account that has it, checked with the order's secret. */
  async claimableOrder(scope: TenantScope, orderId: string, token: string): Promise<{ email: string; accountId: string | null }> {
    const order = await this.requireCustomerAccess(scope, orderId, token);
    return { email: order.customerEmail, accountId: order.accountId };
  }

  /**
   * Gives the order to a customer account, in the caller's write (the checkout) or at once (a claim,
   * recorded in its history). Read the result after the write: false when another account has it.
   */
  async linkToAccount(scope: TenantScope, orderId: string, accountId: string, claimedBy?: Actor): Promise<{ get(): boolean }> {
    if (!claimedBy) return this.repo.linkToAccount(scope, orderId, accountId);
    return this.db.transaction(async () => {
      const linked = await this.repo.linkToAccount(scope, orderId, accountId);
      if (linked.get()) {
        await this.repo.appendHistory(scope, {
          orderId,
          action: 'orders.order.claimed',
          actorKind: claimedBy.kind,
          actorId: claimedBy.id,
          actorLabel: claimedBy.label,
          data: { accountId },
          at: this.clock.now(),
        });
      }
      return linked;
    });
  }

  /** The customer's view, reachable only with the secret from checkout or the email. */
  async getShopOrder(scope: TenantScope, orderId: string, token: string): Promise<ShopOrderResponse> {
    const {
      payments: _payments,
      refunds: _refunds,
      externalReference: _ref,
      registration: _registration,
      ...detail
    } = await this.detailOf(scope, await this.requireCustomerAccess(scope, orderId, token));
    return detail;
  }

  /** An order with its tickets, the vouchers it bought, and its ledger — what both the organizer and the customer see. */
  private async detailOf(scope: TenantScope, order: Order): Promise<Omit<OrderResponse, 'history' | 'actions'>> {
    const [tickets, vouchers, ledgers, entries, transactions] = await Promise.all([
      this.repo.ticketsOf(scope, order.id),
      this.documents.giftVouchersOf(scope, order.id),
      this.payments.ledgers(scope, [order.id]),
      this.payments.entriesOf(scope, order.id),
      this.payments.transactionsOf(scope, order.id),
    ]);
    const voucherPayment = entries.payments.find((p) => p.method === 'gift_voucher' && p.status === 'succeeded');
    return {
      ...summary(order, tickets.length, ledgers.get(order.id)!),
      // What the lines cost before the discount: tickets at their list price and the gift vouchers
      // bought. Stated from the order's own total and discount, so subtotal − discount = total holds
      // for every order (tickets placed before list prices were kept included).
      subtotal: money(order.totalAmount + order.discountAmount, order.currency),
      giftVoucher: voucherPayment ? { code: voucherPayment.providerReference ?? '', amount: voucherPayment.amount } : null,
      tickets: tickets.map(ticketView),
      giftVouchers: vouchers.map(({ line, state }) => giftVoucherView(line, state, order)),
      payments: entries.payments,
      refunds: entries.refunds,
      paymentDueAt: order.paymentDueAt?.toISOString() ?? null,
      qrReference: order.qrReference,
      transactions,
      externalReference: order.externalReference,
      registration: order.registration,
      ticketText: { line: order.ticketLine, holderName: order.ticketHolder },
    };
  }

  /** Decides what cancelling these tickets (or, with `ticketIds` null, the whole order) means now; writes nothing. */
  planCancellation(scope: TenantScope, orderId: string, ticketIds: string[] | null): Promise<CancellationPlan> {
    return this.cancellation.plan(scope, orderId, ticketIds);
  }

  /** Writes a planned cancellation as part of the caller's write (tickets, total, status, history, email). */
  cancelTickets(scope: TenantScope, plan: CancellationPlan, change: CancellationChange): Promise<void> {
    return this.cancellation.cancel(scope, plan, change);
  }

  /** What a refund of an order may be: what it received and was not given back, and the gift voucher that paid, if any. */
  async toRefund(scope: TenantScope, orderId: string): Promise<OrderToRefund> {
    const order = await this.requireOrder(scope, orderId);
    const [ledgers, entries] = await Promise.all([this.payments.ledgers(scope, [orderId]), this.payments.entriesOf(scope, orderId)]);
    const ledger = ledgers.get(orderId)!;
    const voucher = entries.payments.find((p) => p.method === 'gift_voucher' && p.status === 'succeeded');
    return { currency: order.currency, refundable: ledger.paid - ledger.refunded, giftVoucherCode: voucher?.providerReference ?? null };
  }

  /** The refund in the order's timeline, as part of the write that records it in the ledger. */
  noteRefund(scope: TenantScope, orderId: string, refund: { actor: Actor; at: Date; method: string; amount: number; currency: string; reason: string | null }) {
    return this.repo.appendHistory(scope, {
      orderId,
      action: 'orders.order.refunded',
      actorKind: refund.actor.kind,
      actorId: refund.actor.id,
      actorLabel: refund.actor.label,
      data: { method: refund.method, amount: money(refund.amount, refund.currency), ...(refund.reason ? { reason: refund.reason } : {}) },
      at: refund.at,
    });
  }

  /**
   * ORD-4: sends the order's email again to its contact address — the same tickets, no new order, no
   * status change — or its payment receipt. A new job each time (the customer asked again).
   */
  async resend(scope: TenantScope, orderId: string, what: 'tickets' | 'receipt', actor: Actor): Promise<OrderResponse> {
    const order = await this.requireOrder(scope, orderId);
    if (order.status === 'cancelled') throw new DomainError(OrdersProblems.ORDER_ALREADY_CANCELLED, 'This order is cancelled');
    if (!order.customerEmail.trim()) throw new DomainError(OrdersProblems.ORDER_HAS_NO_EMAIL, 'This order has no email address to send to');
    const job = what === 'tickets' ? ORDER_CONFIRMATION_JOB : PAYMENT_RECEIPT_JOB;
    await this.db.transaction(async () => {
      await this.outbox.add(scope, { queue: QueueName.Mail, name: job, jobId: `${job}.${orderId}.${randomUUID()}`, payload: { orderId, resent: true } });
      await this.repo.appendHistory(scope, {
        orderId,
        action: what === 'tickets' ? 'orders.order.resent' : 'orders.receipt.resent',
        actorKind: actor.kind,
        actorId: actor.id,
        actorLabel: actor.label,
        data: { to: order.customerEmail },
        at: this.clock.now(),
      });
    });
    return this.getOrder(scope, orderId);
  }

  /** What recording a payment of an order needs: its status and what is still due (from the ledger). */
  async toSettle(scope: TenantScope, orderId: string): Promise<OrderToSettle> {
    const order = await this.requireOrder(scope, orderId);
    const ledger = (await this.payments.ledgers(scope, [orderId])).get(orderId)!;
    return {
      status: order.status,
      paymentMethod: order.paymentMethod,
      currency: order.currency,
      total: order.totalAmount,
      due: balanceOf(order.totalAmount, ledger),
    };
  }

  /**
   * reserved → paid, with its history line, as part of the caller's write (the payment itself is a
   * ledger row the caller writes beside it); fails the write with ORDER_NOT_AWAITING_PAYMENT when
   * the order is no longer reserved (another payment or a cancellation won the race).
   */
  async markPaid(
    scope: TenantScope,
    orderId: string,
    paid: {
      actor: Actor;
      at: Date;
      method: string;
      amount: number;
      currency: string;
      sendConfirmation?: boolean;
      /** The order's total the payment was worked out from: the write fails (ORDER_CHANGED) if it moved meanwhile. */
      total?: number;
    },
  ): Promise<void> {
    await this.repo.markPaid(scope, orderId, paid.at, paid.total ?? null, {
      ORDER_NOT_RESERVED: async () => new OrderNotAwaitingPaymentError((await this.requireOrder(scope, orderId)).status),
      ORDER_CHANGED: () =>
        new DomainError(OrdersProblems.ORDER_CHANGED, 'The order changed while the payment was recorded (tickets split off or cancelled): read it again'),
    });
    // A card order's tickets are sent once paid (not when it was placed, awaiting the payment).
    if (paid.sendConfirmation)
      await this.outbox.add(scope, {
        queue: QueueName.Mail,
        name: ORDER_CONFIRMATION_JOB,
        jobId: `${ORDER_CONFIRMATION_JOB}.${orderId}`,
        payload: { orderId },
      });
    await this.repo.appendHistory(scope, {
      orderId,
      action: 'orders.order.paid',
      actorKind: paid.actor.kind,
      actorId: paid.actor.id,
      actorLabel: paid.actor.label,
      data: { method: paid.method, amount: money(paid.amount, paid.currency) },
      at: paid.at,
    });
  }

  /** The order's tickets as A4 pages or, for the counter's printer, as 80 mm thermal tickets (TO-5); only as QR codes (ADR 0033). */
  /**
   * TO-6 (exchange): new tickets on a paid order, as part of the caller's write — the tickets signed,
   * the order's total raised by their price, a history line with what was exchanged. Fails the write
   * (ORDER_NOT_EXCHANGEABLE) unless the order is still paid.
   */
  async addExchangedTickets(
    scope: TenantScope,
    orderId: string,
    input: { lines: OrderLine[]; currency: string; actor: Actor; at: Date; cancelled: { ticketIds: string[]; amount: number } },
  ): Promise<{ id: string; eventId: string; amount: number }[]> {
    const tickets = await this.newTickets(scope, input.lines);
    const added = tickets.reduce((sum, t) => sum + t.amount, 0);
    await this.repo.insertTicketsOfPaidOrder(scope, orderId, input.currency, tickets, {
      ORDER_NOT_PAID: () => new DomainError(OrdersProblems.ORDER_NOT_EXCHANGEABLE, 'Only a paid order’s tickets can be exchanged'),
    });
    await this.repo.appendHistory(scope, {
      orderId,
      action: 'orders.tickets.exchanged',
      actorKind: input.actor.kind,
      actorId: input.actor.id,
      actorLabel: input.actor.label,
      data: {
        cancelled: input.cancelled.ticketIds.length,
        cancelledTicketIds: input.cancelled.ticketIds,
        issued: tickets.length,
        issuedTicketIds: tickets.map((t) => t.id),
        difference: money(added - input.cancelled.amount, input.currency),
      },
      at: input.at,
    });
    return tickets.map((t) => ({ id: t.id, eventId: t.eventId, amount: t.amount }));
  }

  async renderTickets(scope: TenantScope, orderId: string, options: DownloadTicketsQuery = {}): Promise<{ number: string; pdf: Buffer }> {
    const order = await this.requireOrder(scope, orderId);
    return { number: order.number, pdf: await this.documents.ticketPdf(scope, order, undefined, options) };
  }

  /** TO-5: the counter's 80 mm receipt of an order. */
  async renderReceipt(scope: TenantScope, orderId: string): Promise<{ number: string; language: Language; pdf: Buffer }> {
    const order = await this.requireOrder(scope, orderId);
    return { number: order.number, language: order.language, pdf: await this.documents.receiptPdf(scope, order) };
  }

  async renderShopTickets(scope: TenantScope, orderId: string, token: string): Promise<{ number: string; pdf: Buffer }> {
    const order = await this.requireCustomerAccess(scope, orderId, token);
    return { number: order.number, pdf: await this.documents.ticketPdf(scope, order) };
  }

  /** PAY-3: an invoice order's invoice with its QR-bill (ORDER_NOT_INVOICED for other orders). */
  async renderInvoice(scope: TenantScope, orderId: string): Promise<{ number: string; pdf: Buffer }> {
    const order = await this.requireOrder(scope, orderId);
    return { number: order.number, pdf: await this.documents.invoicePdf(scope, order) };
  }

  async renderShopInvoice(scope: TenantScope, orderId: string, token: string): Promise<{ number: string; pdf: Buffer }> {
    const order = await this.requireCustomerAccess(scope, orderId, token);
    return { number: order.number, pdf: await this.documents.invoicePdf(scope, order) };
  }

  /** Worker use case: the confirmation email with the tickets attached (see OrderDocuments). Safe to retry. */
  async sendConfirmation(scope: TenantScope, orderId: string): Promise<void> {
    await this.documents.sendConfirmation(scope, await this.requireOrder(scope, orderId));
  }

  /**
   * The invoice email of an order placed with `invoice` (its job runs after checkout). If the
   * payment was recorded first, its confirmation job sends the tickets: no invoice, no second email.
   */
  async sendInvoice(scope: TenantScope, orderId: string): Promise<void> {
    const order = await this.requireOrder(scope, orderId);
    if (order.paymentMethod !== 'invoice' || order.status !== 'reserved') return;
    await this.documents.sendConfirmation(scope, order);
  }

  /** ADR 0052: reminder `number` of an invoice order: its invoice again for what is due — unless it no longer awaits its payment. */
  async sendInvoiceReminder(scope: TenantScope, orderId: string, number: number): Promise<void> {
    const order = await this.requireOrder(scope, orderId);
    if (order.paymentMethod !== 'invoice' || order.status !== 'reserved') return;
    await this.documents.sendConfirmation(scope, order, { reminder: number });
  }

  /** ORD-11: one operation on selected tickets, all or nothing, in the history. */
  async applyTicketOperation(scope: TenantScope, orderId: string, operation: TicketOperation, ticketIds: string[], actor: Actor): Promise<OrderResponse> {
    await this.ticketOps.apply(scope, orderId, operation, ticketIds, actor);
    return this.getOrder(scope, orderId);
  }

  /** ORD-11: only the selected tickets as one PDF. */
  renderSelectedTickets(scope: TenantScope, orderId: string, ticketIds: string[]): Promise<{ number: string; pdf: Buffer }> {
    return this.ticketOps.renderSelected(scope, orderId, ticketIds);
  }

  /** ORD-12: what moving the order to another date means now (its valid tickets, of one event); writes nothing. */
  planReschedule(scope: TenantScope, orderId: string): Promise<ReschedulePlan> {
    return this.ticketOps.planReschedule(scope, orderId);
  }

  /** ORD-12: the orders' part of a reschedule, as part of the caller's write. */
  writeReschedule(scope: TenantScope, plan: ReschedulePlan, moved: MovedTicket[], change: Parameters<TicketOperations['writeReschedule']>[3]): Promise<void> {
    return this.ticketOps.writeReschedule(scope, plan, moved, change);
  }

  /** Issue 11: what splitting these tickets off a reservation to pay on site means now; writes nothing. */
  planSplit(scope: TenantScope, orderId: string, ticketIds: string[]): Promise<SplitPlan> {
    return this.split.plan(scope, orderId, ticketIds);
  }

  /** Issue 11: the orders' part of a split, as part of the caller's write; the new order's id and number. */
  writeSplit(scope: TenantScope, plan: SplitPlan, change: { actor: Actor; at: Date }): Promise<{ id: string; number: string }> {
    return this.split.write(scope, plan, change);
  }

  /** ORD-5: "Open personalisation" — a link for the customer to complete or correct attendee data. */
  openPersonalisation(scope: TenantScope, orderId: string, actor: Actor): Promise<PersonalisationLinkResponse> {
    return this.personalisation.openLink(scope, orderId, actor);
  }

  /** SHOP-4: the attendee data given with a checkout, per ticket of the sale (null: to complete later), checked before its write. */
  checkoutAttendees(scope: TenantScope, lines: { priceId: string; quantity: number }[], given: unknown[] | undefined): Promise<(AttendeeAnswers | null)[]> {
    return this.personalisation.checkoutAttendees(scope, lines, given);
  }

  getPersonalisation(scope: TenantScope, orderId: string, token: string): Promise<PersonalisationResponse> {
    return this.personalisation.view(scope, orderId, token);
  }

  savePersonalisation(scope: TenantScope, orderId: string, token: string, request: SavePersonalisationRequest): Promise<PersonalisationResponse> {
    return this.personalisation.save(scope, orderId, token, request);
  }

  /** ADR 0043: every ticket of these dates, as a scanner keeps them offline. */
  doorList(scope: TenantScope, dateIds: string[]): Promise<DoorListTicket[]> {
    return this.repo.doorList(scope, dateIds);
  }

  /**
   * An admission (or, in entry/exit mode, an exit) a device made offline, uploaded later: the ticket
   * is inside (or out), first scanned at the earliest admission known. Says whether it had already been admitted (by another scan) and whether
   * it is still valid — the ticket's row is locked first, so of two uploads at once the second sees the first.
   */
  admitOffline(scope: TenantScope, ticketId: string, at: Date, direction: 'in' | 'out' = 'in'): Promise<{ alreadyAdmitted: boolean; valid: boolean }> {
    return this.repo.admitOffline(scope, ticketId, at, direction);
  }

  /** The order a ticket belongs to, in this ticketing only. */
  orderIdOfTicket(scope: TenantScope, ticketId: string): Promise<string | null> {
    return this.repo.orderIdOfTicket(scope, ticketId);
  }

  /** The order (id, number) and the seat as printed, or the zone, of some tickets: what finds their people at the door. */
  ticketPlaces(scope: TenantScope, ticketIds: string[]): Promise<{ ticketId: string; orderId: string; orderNumber: string; place: string }[]> {
    return this.repo.ticketPlaces(scope, ticketIds);
  }

  /** The ticket a barcode names (ADR 0041), in this ticketing only. */
  ticketIdByBarcode(scope: TenantScope, barcode: string): Promise<string | null> {
    return this.repo.ticketIdByBarcode(scope, barcode);
  }

  /**
   * Control's door check: moves a valid, paid ticket of an allowed date and zone into (or out of) the
   * venue in one conditional statement, so of devices racing on it exactly one succeeds. A refusal
   * says why, in the order a steward needs it: not valid, wrong date, wrong zone, not paid, then its
   * scan state (already inside for an entry, not inside for an exit).
   */
  async admitTicket(scope: TenantScope, ticketId: string, at: Date, move: AdmitMove): Promise<AdmitResult> {
    const { admitted, ticket, orderPaid } = await this.repo.admit(scope, ticketId, at, move);
    if (!ticket) return { outcome: 'unknown' };
    if (admitted) return { outcome: 'admitted', ticket };
    if (ticket.status !== 'valid') return { outcome: 'not_valid', ticket };
    if (move.dateIds && !move.dateIds.includes(ticket.dateId)) return { outcome: 'wrong_date', ticket };
    if (move.zoneIds && !move.zoneIds.includes(ticket.zoneId)) return { outcome: 'wrong_zone', ticket };
    if (!orderPaid && ticket.scanState !== 'in') return { outcome: 'not_paid', ticket };
    return { outcome: 'wrong_state', ticket };
  }

  /** The date of each of these tickets of this ticketing (control copies it onto its scans). */
  datesOfTickets(scope: TenantScope, ticketIds: string[]): Promise<Map<string, string>> {
    return this.repo.datesOfTickets(scope, ticketIds);
  }

  /** The dashboard's figures per date and zone: valid tickets, inside now, entered at least once. */
  doorFigures(scope: TenantScope, dateIds: string[]): Promise<DoorFigures[]> {
    return this.repo.doorFigures(scope, dateIds);
  }

  /**
   * Control's annulment of an admission just made (ADR 0045): the ticket goes back to the scan state
   * before it, if nothing moved it since. Returns that state, or null when the ticket is elsewhere now.
   */
  annulAdmission(scope: TenantScope, ticketId: string, scan: { at: Date; to: ScanState; before: ScanState }): Promise<ScanState | null> {
    return this.repo.annulAdmission(scope, ticketId, scan);
  }

  /** Control's supervisor override (ADR 0045): a valid ticket goes in despite the refusal; null if it is no longer valid. */
  admitByOverride(scope: TenantScope, ticketId: string, at: Date): Promise<Ticket | null> {
    return this.repo.admitByOverride(scope, ticketId, at);
  }

  /**
   * CTL-5: the order search of the backoffice (number, name, email, a ticket's code or barcode) for a
   * door device: only orders with a ticket of its dates (null: any), at most `limit`, newest first,
   * each with its tickets of those dates.
   */
  async doorOrderSearch(scope: TenantScope, q: string, dateIds: string[] | null, limit: number): Promise<DoorOrder[]> {
    const { rows } = await this.repo.listOrders(scope, { after: null, limit, filter: { q: q.trim(), ...(dateIds ? { dateIds } : {}) } });
    const orders = rows.slice(0, limit);
    const tickets = orders.length
      ? await this.repo.ticketsOfOrders(
          scope,
          orders.map((o) => o.id),
          dateIds,
        )
      : [];
    return orders.map((o) => ({
      id: o.id,
      number: o.number,
      status: o.status,
      customerName: `${o.customerFirstName} ${o.customerLastName}`.trim(),
      tickets: tickets
        .filter((t) => t.orderId === o.id)
        .map((t) => ({
          id: t.id,
          barcode: t.barcode,
          eventName: t.eventName,
          startsAt: new Date(t.startsAt),
          zoneName: t.zoneName,
          seatLabel: t.seatLabel,
          priceName: t.priceName,
          status: t.status,
          scanState: t.scanState,
          firstScannedAt: t.firstScannedAt ? new Date(t.firstScannedAt) : null,
        })),
    }));
  }

  /** How many valid tickets of each date are inside now (entry/exit mode's count). */
  insideNow(scope: TenantScope, dateIds: string[]): Promise<Map<string, number>> {
    return this.repo.insideNow(scope, dateIds);
  }

  private async requireOrder(scope: TenantScope, orderId: string): Promise<Order> {
    const order = await this.repo.findOrder(scope, orderId);
    if (!order) throw new OrderNotFoundError();
    return order;
  }

  /** The checkout's secret (its hash is stored) or the emailed link's (see OrderLinks) opens the order. */
  private async requireCustomerAccess(scope: TenantScope, orderId: string, token: string): Promise<Order> {
    const order = await this.repo.findOrder(scope, orderId);
    const given = Buffer.from(sha256(token));
    if (!order) throw new OrderNotFoundError();
    if (!timingSafeEqual(given, Buffer.from(order.accessTokenHash)) && !this.links.verify(scope.ticketingId, order.id, token)) throw new OrderNotFoundError();
    return order;
  }
}

/** The search a query asks for; placedFrom after placedTo is refused, naming placedTo. */
export function orderFilterOf(query: ListOrdersQuery): OrderFilter {
  const placedFrom = query.placedFrom ? new Date(query.placedFrom) : undefined;
  const placedTo = query.placedTo ? new Date(query.placedTo) : undefined;
  if (placedFrom && placedTo && placedFrom > placedTo) throw new ValidationFailedError([{ field: 'placedTo', message: 'must not be before placedFrom' }]);
  return {
    q: query.q?.trim() || undefined,
    eventId: query.eventId,
    dateId: query.dateId,
    placedFrom,
    placedTo,
    status: query.status,
    channel: query.channel,
    paymentMethod: query.paymentMethod,
  };
}

function summary(o: Order, ticketCount: number, ledger: OrderLedger): OrderSummaryResponse {
  const balance = balanceOf(o.totalAmount, ledger);
  return {
    id: o.id,
    number: o.number,
    status: o.status,
    channel: o.channel,
    paymentMethod: o.paymentMethod,
    total: money(o.totalAmount, o.currency),
    discount: o.discountAmount ? money(o.discountAmount, o.currency) : null,
    promoCode: o.promoCode,
    paid: money(ledger.paid, o.currency),
    refunded: money(ledger.refunded, o.currency),
    // Only a reserved order awaits money. A paid one is settled — in full, or by a part payment the
    // organizer validated as complete (seed 003), or a goodwill refund made since; a cancelled one owes
    // nothing more. What differs from the total shows in `balance`.
    amountDue: money(o.status === 'reserved' ? Math.max(balance, 0) : 0, o.currency),
    balance: money(balance, o.currency),
    customer: { firstName: o.customerFirstName, lastName: o.customerLastName, email: o.customerEmail, mobile: o.customerPhone, customerId: o.customerId },
    language: o.language,
    ticketCount,
    createdAt: new Date(o.createdAt).toISOString(),
    paidAt: o.paidAt ? new Date(o.paidAt).toISOString() : null,
  };
}

function ticketView(t: Ticket): TicketResponse {
  return {
    id: t.id,
    code: t.code,
    barcode: t.barcode,
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
    seat: t.seatId && t.seatSection !== null ? { section: t.seatSection, row: t.seatRow ?? '', number: t.seatNumber ?? '' } : null,
    priceName: t.priceName,
    attendee: t.attendee,
    listPrice: money(t.listAmount, t.currency),
    price: money(t.amount, t.currency),
  };
}

function giftVoucherView(line: OrderGiftVoucher, state: GiftVoucherState, order: Order): OrderGiftVoucherResponse {
  return {
    id: line.id,
    name: line.name,
    code: state.code,
    amount: money(line.amount, order.currency),
    expiresAt: state.expiresAt.toISOString(),
    status: state.status,
    usable: state.status === 'active',
  };
}
