import { Injectable } from '@nestjs/common';
import { SYSTEM_ACTOR } from '../../platform/audit/actor';
import { Clock } from '../../platform/clock/clock';
import { AppConfig } from '../../platform/config/app-config';
import { formatDateTime, formatDay, formatMoney } from '../../platform/documents/format';
import { InvoicePdf } from '../../platform/documents/invoice-pdf';
import { ReceiptPdf } from '../../platform/documents/receipt-pdf';
import { ThermalTicketPdf } from '../../platform/documents/thermal-ticket-pdf';
import { TicketDocument, TicketPdf, TicketPdfVoucher } from '../../platform/documents/ticket-pdf';
import { documentLanguage } from '../../platform/documents/words';
import { Mailer } from '../../platform/mail/mailer';
import { OrderLinks } from '../../platform/signing/order-link';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { CatalogService } from '../catalog';
import { balanceOf, PaymentsReconciliationService } from '../payments-reconciliation';
import { GiftVoucherState, SalesService } from '../sales';
import { printedAnswers } from './attendee-answers';
import { ConfirmationContent, confirmationHtml, confirmationText } from './confirmation-mail';
import type { DownloadTicketsQuery } from './dto/order.dto';
import { OrderGiftVoucher } from './entities/order-gift-voucher.entity';
import { Order } from './entities/order.entity';
import { OrderNotInvoicedError } from './orders.errors';
import { Ticket } from './entities/ticket.entity';
import { OrdersRepository } from './orders.repository';

/** What an order gives its customer on paper and by email: the tickets PDF and the confirmation email. */
@Injectable()
export class OrderDocuments {
  constructor(
    private readonly repo: OrdersRepository,
    private readonly clock: Clock,
    private readonly tenancy: TenancyService,
    private readonly pdf: TicketPdf,
    private readonly thermal: ThermalTicketPdf,
    private readonly receipts: ReceiptPdf,
    private readonly invoices: InvoicePdf,
    private readonly mailer: Mailer,
    private readonly payments: PaymentsReconciliationService,
    private readonly sales: SalesService,
    private readonly catalog: CatalogService,
    private readonly links: OrderLinks,
    private readonly config: AppConfig,
  ) {}

  /**
   * Worker use case: the confirmation email, from the ticketing's name — each show with its date,
   * venue, seats or zones and prices, the amounts (subtotal, discount, total, paid, due), a link to
   * the order in the shop — with the tickets (and gift vouchers) attached. Safe to retry: the same
   * message id, the same link.
   */
  async sendConfirmation(scope: TenantScope, order: Order, options: { reminder?: number } = {}): Promise<void> {
    const orderId = order.id;
    const [ticketing, tickets, vouchers, ledgers, entries] = await Promise.all([
      this.tenancy.ticketing(scope),
      this.repo.ticketsOf(scope, orderId),
      this.giftVouchersOf(scope, orderId),
      this.payments.ledgers(scope, [orderId]),
      this.payments.entriesOf(scope, orderId),
    ]);
    const info = await this.catalog.practicalInfo(
      scope,
      tickets.map((t) => t.dateId),
    );
    const due = balanceOf(order.totalAmount, ledgers.get(orderId)!);
    const { words, locale } = documentLanguage(order.language);
    // An invoice order awaiting payment gets its invoice; its tickets come with this same email once paid.
    const invoiced = order.paymentMethod === 'invoice' && order.status === 'reserved' && due > 0;
    // ADR 0052: a reminder is the invoice again; nothing to remind of once nothing is due.
    const reminder = invoiced ? options.reminder : undefined;
    if (options.reminder && !reminder) return;
    const attachment = invoiced
      ? { filename: words.invoice.fileName(order.number), content: await this.invoicePdf(scope, order) }
      : { filename: words.confirmation.fileName(order.number), content: await this.renderPdf(scope, ticketing.name, order, tickets, vouchers, due) };
    const voucherPayment = entries.payments.find((p) => p.method === 'gift_voucher' && p.status === 'succeeded');
    const valid = tickets.filter((t) => t.status === 'valid');
    // One show per date, in the order's order.
    const shows = new Map<string, ConfirmationContent['shows'][number]>();
    for (const t of valid) {
      let show = shows.get(t.dateId);
      if (!show) {
        show = {
          eventName: t.eventName,
          startsAt: t.startsAt,
          doorsAt: info.get(t.dateId)?.doorsAt ?? null,
          venue: t.venue,
          venueAddress: info.get(t.dateId)?.venueAddress ?? null,
          tickets: [],
        };
        shows.set(t.dateId, show);
      }
      show.tickets.push({
        zoneName: t.zoneName,
        seat: t.seatId ? { section: t.seatSection, row: t.seatRow, number: t.seatNumber } : null,
        priceName: t.priceName,
        listAmount: t.listAmount,
        amount: t.amount,
      });
    }
    const content: ConfirmationContent = {
      ticketingName: ticketing.name,
      customerName: `${order.customerFirstName} ${order.customerLastName}`,
      orderNumber: order.number,
      language: order.language,
      currency: order.currency,
      shows: [...shows.values()],
      giftVouchers: vouchers.map(({ line, state }) => ({
        name: line.name,
        code: state.code,
        amount: line.amount,
        expiresAt: state.expiresAt,
        status: state.status,
      })),
      subtotal: order.totalAmount + order.discountAmount,
      discount: order.discountAmount ? { promoCode: order.promoCode, amount: order.discountAmount } : null,
      total: order.totalAmount,
      voucherPaid: voucherPayment ? { code: voucherPayment.providerReference ?? '', amount: voucherPayment.amount.amount } : null,
      paid: ledgers.get(orderId)!.paid,
      due: order.status === 'cancelled' ? 0 : Math.max(due, 0),
      payOnSite: order.status === 'reserved' && order.paymentMethod === 'on_site',
      invitation: order.paymentMethod === 'invitation',
      orderUrl: this.orderUrl(scope, ticketing.slug, order.id),
      attached: { tickets: valid.length, vouchers: vouchers.length },
      invoice: invoiced
        ? { due: formatMoney({ amount: due, currency: order.currency }, locale), dueOn: formatDay(order.paymentDueAt!, locale), reminder: !!reminder }
        : null,
    };
    await this.mailer.send({
      to: order.customerEmail,
      fromName: ticketing.name,
      subject: reminder
        ? words.invoice.reminderSubject(ticketing.name, order.number)
        : invoiced
          ? words.invoice.subject(ticketing.name, order.number)
          : words.confirmation.subject(ticketing.name, order.number),
      messageId: reminder
        ? `<order-${order.id}-invoice-reminder-${reminder}@guichet>`
        : invoiced
          ? `<order-${order.id}-invoice@guichet>`
          : `<order-${order.id}@guichet>`,
      text: confirmationText(content),
      html: confirmationHtml(content),
      attachments: [{ ...attachment, contentType: 'application/pdf' }],
    });
    await this.repo.appendHistory(scope, {
      orderId,
      action: 'orders.order.email_sent',
      actorKind: SYSTEM_ACTOR.kind,
      actorId: SYSTEM_ACTOR.id,
      actorLabel: SYSTEM_ACTOR.label,
      data: { to: order.customerEmail, template: reminder ? 'order-invoice-reminder' : invoiced ? 'order-invoice' : 'order-confirmation' },
      at: this.clock.now(),
    });
  }

  /** The order's page in the shop, with the emailed-link secret (see OrderLinks). */
  private orderUrl(scope: TenantScope, slug: string, orderId: string): string {
    const base = this.config.SHOP_PUBLIC_URL.replace(/\/+$/, '');
    return `${base}/shop/${encodeURIComponent(slug)}/orders/${orderId}?token=${this.links.tokenFor(scope.ticketingId, orderId)}`;
  }

  /** The gift vouchers an order sold (its lines), each with its state as sales holds it. */
  async giftVouchersOf(scope: TenantScope, orderId: string): Promise<{ line: OrderGiftVoucher; state: GiftVoucherState }[]> {
    const lines = await this.repo.giftVouchersOf(scope, orderId);
    if (!lines.length) return [];
    const states = await this.sales.giftVoucherStates(
      scope,
      lines.map((l) => l.id),
    );
    return lines.filter((l) => states.has(l.id)).map((line) => ({ line, state: states.get(line.id)! }));
  }

  /**
   * The order's valid tickets and gift vouchers as one PDF; with `ticketIds`, only those tickets (ORD-11, no vouchers).
   * `thermal` (TO-5): one ticket per 80 mm page for the counter's printer, the tickets only;
   * `code128`: each ticket's barcode in place of its QR code (ADR 0041).
   */
  async ticketPdf(scope: TenantScope, order: Order, ticketIds?: string[], { format = 'a4', barcode = 'qr' }: DownloadTicketsQuery = {}): Promise<Buffer> {
    const [ticketing, tickets, vouchers, ledgers] = await Promise.all([
      this.tenancy.ticketing(scope),
      this.repo.ticketsOf(scope, order.id),
      ticketIds || format === 'thermal' ? Promise.resolve([]) : this.giftVouchersOf(scope, order.id),
      this.payments.ledgers(scope, [order.id]),
    ]);
    const chosen = ticketIds ? tickets.filter((t) => ticketIds.includes(t.id)) : tickets;
    const doc = await this.ticketDocument(scope, ticketing.name, order, chosen, vouchers, balanceOf(order.totalAmount, ledgers.get(order.id)!));
    doc.symbology = barcode;
    return format === 'thermal' ? this.thermal.render(doc) : this.pdf.render(doc);
  }

  /**
   * TO-5: the counter's 80 mm receipt — the organizer, the order, who sold it, every line (cancelled
   * ones said so), the discount, the total, and every succeeded payment and refund of the ledger.
   * Under a cash payment, what was handed over and the change, when the counter said it; where the
   * ticketing set VAT, its number and the VAT the total includes (ADR 0040, amending 0033).
   */
  async receiptPdf(scope: TenantScope, order: Order): Promise<Buffer> {
    const [ticketing, address, tickets, vouchers, ledgers, entries, history, vat] = await Promise.all([
      this.tenancy.ticketing(scope),
      this.payments.organizerAddress(scope),
      this.repo.ticketsOf(scope, order.id),
      this.repo.giftVouchersOf(scope, order.id),
      this.payments.ledgers(scope, [order.id]),
      this.payments.entriesOf(scope, order.id),
      this.repo.historyOf(scope, order.id),
      this.payments.vatSettings(scope),
    ]);
    const { words, locale } = documentLanguage(order.language);
    const money = (amount: number) => formatMoney({ amount, currency: order.currency }, locale);
    // One line per show, zone, price and amount; a replaced ticket's successor stands for it, a cancelled one says so.
    const lines = new Map<string, { ticket: Ticket; count: number }>();
    for (const t of tickets.filter((x) => x.status !== 'replaced')) {
      const key = [t.dateId, t.zoneName, t.priceName, t.listAmount, t.status === 'cancelled'].join('|');
      const line = lines.get(key);
      if (line) line.count++;
      else lines.set(key, { ticket: t, count: 1 });
    }
    // The order's total follows its cancellations: the discount shown is what its kept tickets were given.
    const discount = tickets.filter((t) => t.status === 'valid' || t.status === 'blacklisted').reduce((sum, t) => sum + t.listAmount - t.amount, 0);
    const placed = history.find((h) => h.action === 'orders.order.placed');
    const due = balanceOf(order.totalAmount, ledgers.get(order.id)!);
    const ledgerRow = (e: { method: keyof typeof words.methods; providerReference: string | null; at: string; amount: { amount: number } }) => ({
      method: words.methods[e.method].charAt(0).toUpperCase() + words.methods[e.method].slice(1),
      detail: [formatDateTime(new Date(e.at), locale), e.providerReference].filter(Boolean).join(' · '),
      amount: money(e.amount.amount),
    });
    return this.receipts.render({
      language: order.language,
      organizerName: address?.name || ticketing.name,
      organizerAddress: address?.lines ?? [],
      orderNumber: order.number,
      placedAt: order.createdAt,
      soldBy: placed?.actorKind === 'user' ? placed.actorLabel : null,
      lines: [
        ...[...lines.values()].map(({ ticket: t, count }) => ({
          description: t.eventName,
          detail: `${formatDateTime(t.startsAt, locale)} · ${t.zoneName}`,
          quantity: `${t.priceName} ${count} × ${t.listAmount === 0 ? words.free : money(t.listAmount)}`,
          amount: t.status === 'cancelled' ? '' : money(count * t.listAmount),
          cancelled: t.status === 'cancelled',
        })),
        ...vouchers.map((v) => ({ description: v.name, detail: '', quantity: `1 × ${money(v.amount)}`, amount: money(v.amount), cancelled: false })),
      ],
      // An invitation's tickets were given: the whole list price, said as such.
      discount: discount
        ? {
            subtotal: money(order.totalAmount + discount),
            code: order.paymentMethod === 'invitation' ? words.pdf.invitation : order.promoCode,
            amount: money(discount),
          }
        : null,
      total: money(order.totalAmount),
      payments: entries.payments
        .filter((p) => p.status === 'succeeded')
        .map((p) => ({
          ...ledgerRow(p),
          cash: p.method === 'cash' && p.cashGiven !== null ? { given: money(p.cashGiven), change: money(p.cashGiven - p.amount.amount) } : null,
        })),
      refunds: entries.refunds.filter((r) => r.status === 'succeeded').map(ledgerRow),
      paid: money(ledgers.get(order.id)!.paid),
      due: order.status !== 'cancelled' && due > 0 ? money(due) : null,
      // Prices include VAT: the part of the total it is, rounded to the minor unit.
      vat:
        vat.vatNumber !== null && vat.rateBp !== null
          ? { number: vat.vatNumber, rate: `${vat.rateBp / 100} %`, amount: money(Math.round((order.totalAmount * vat.rateBp) / (10000 + vat.rateBp))) }
          : null,
    });
  }

  /**
   * PAY-3: the invoice of an invoice order — its tickets and gift vouchers with their amounts, the
   * total, what was already paid, the due date, and the QR-bill for what is due with the order's QR
   * reference (ADR 0025).
   */
  async invoicePdf(scope: TenantScope, order: Order): Promise<Buffer> {
    if (order.paymentMethod !== 'invoice' || !order.qrReference || !order.paymentDueAt) throw new OrderNotInvoicedError();
    const [settings, tickets, vouchers, ledgers] = await Promise.all([
      this.payments.invoiceSettings(scope),
      this.repo.ticketsOf(scope, order.id),
      this.repo.giftVouchersOf(scope, order.id),
      this.payments.ledgers(scope, [order.id]),
    ]);
    const { locale } = documentLanguage(order.language);
    const money = (amount: number) => formatMoney({ amount, currency: order.currency }, locale);
    const ledger = ledgers.get(order.id)!;
    const due = Math.max(balanceOf(order.totalAmount, ledger), 0);
    return this.invoices.render({
      language: order.language,
      creditor: {
        name: settings.creditorName,
        street: settings.street,
        buildingNumber: settings.buildingNumber,
        zip: settings.zip,
        city: settings.city,
        country: settings.country,
        qrIban: settings.qrIban,
      },
      billedTo: { name: `${order.customerFirstName} ${order.customerLastName}`, email: order.customerEmail },
      orderNumber: order.number,
      issuedOn: formatDay(order.createdAt, locale),
      dueOn: formatDay(order.paymentDueAt, locale),
      lines: [
        ...tickets
          .filter((t) => t.status === 'valid')
          .map((t) => ({
            description: t.eventName,
            detail: `${formatDateTime(t.startsAt, locale)} · ${t.zoneName} · ${t.priceName}`,
            amount: money(t.amount),
          })),
        ...vouchers.map((v) => ({ description: v.name, detail: '', amount: money(v.amount) })),
      ],
      total: money(order.totalAmount),
      paid: ledger.paid > 0 ? money(ledger.paid) : null,
      due: { amount: due, currency: order.currency, written: money(due) },
      reference: order.qrReference,
    });
  }

  private async renderPdf(
    scope: TenantScope,
    organizerName: string,
    order: Order,
    tickets: Ticket[],
    vouchers: { line: OrderGiftVoucher; state: GiftVoucherState }[],
    due: number,
  ): Promise<Buffer> {
    return this.pdf.render(await this.ticketDocument(scope, organizerName, order, tickets, vouchers, due));
  }

  /** What a tickets PDF prints, whatever its format. */
  private async ticketDocument(
    scope: TenantScope,
    organizerName: string,
    order: Order,
    tickets: Ticket[],
    vouchers: { line: OrderGiftVoucher; state: GiftVoucherState }[],
    due: number,
  ): Promise<TicketDocument> {
    const valid = tickets.filter((t) => t.status === 'valid');
    const [info, images, logo, fields] = await Promise.all([
      this.catalog.practicalInfo(
        scope,
        valid.map((t) => t.dateId),
      ),
      this.catalog.ticketImages(
        scope,
        valid.map((t) => t.eventId),
      ),
      this.sales.shopLogo(scope),
      this.catalog.attendeeFields(
        scope,
        valid.map((t) => t.priceId),
      ),
    ]);
    const { words, locale } = documentLanguage(order.language);
    const money = (amount: number) => formatMoney({ amount, currency: order.currency }, locale);
    return {
      language: order.language,
      organizerName,
      orderNumber: order.number,
      holderName: order.ticketHolder ?? `${order.customerFirstName} ${order.customerLastName}`,
      invitation: order.paymentMethod === 'invitation',
      ticketLine: order.ticketLine,
      logo,
      awaitingPayment: order.status === 'reserved' && due > 0 ? { due: money(due) } : null,
      tickets: valid.map((t) => ({
        code: t.code,
        barcode: t.barcode,
        eventName: t.eventName,
        venue: t.venue,
        venueAddress: info.get(t.dateId)?.venueAddress ?? null,
        startsAt: t.startsAt,
        doorsAt: info.get(t.dateId)?.doorsAt ?? null,
        zoneName: t.zoneName,
        seat: t.seatId && (t.seatSection || t.seatRow || t.seatNumber) ? { section: t.seatSection, row: t.seatRow, number: t.seatNumber } : null,
        seatLabel: t.seatLabel,
        priceName: t.priceName,
        price: order.paymentMethod === 'invitation' ? words.pdf.invitation : t.amount === 0 ? words.free : money(t.amount),
        image: images.get(t.eventId) ?? null,
        attendee: printedAnswers(fields.get(t.priceId) ?? [], t.attendee),
      })),
      giftVouchers: vouchers.map(({ line, state }): TicketPdfVoucher => ({
        name: line.name,
        code: state.code,
        value: money(line.amount),
        validUntil: formatDay(state.expiresAt, locale),
        state: state.status === 'active' ? 'usable' : state.status === 'awaiting_payment' ? 'pending_payment' : 'cancelled',
      })),
    };
  }
}
