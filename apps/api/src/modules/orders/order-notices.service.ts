import { Injectable } from '@nestjs/common';
import { SYSTEM_ACTOR } from '../../platform/audit/actor';
import { Clock } from '../../platform/clock/clock';
import { formatDateTime, formatDay, formatMoney } from '../../platform/documents/format';
import { documentLanguage, type Language } from '../../platform/documents/words';
import { Mailer } from '../../platform/mail/mailer';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { PaymentsReconciliationService } from '../payments-reconciliation';
import { OrderNotFoundError } from './orders.errors';
import { OrdersRepository } from './orders.repository';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The emails that tell a customer what happened to their order after it was placed (worker use cases; safe to retry). */
@Injectable()
export class OrderNotices {
  constructor(
    private readonly repo: OrdersRepository,
    private readonly tenancy: TenancyService,
    private readonly mailer: Mailer,
    private readonly payments: PaymentsReconciliationService,
    private readonly clock: Clock,
  ) {}

  /** The customer learns which tickets were cancelled (or that the whole order was); no refund is implied. */
  async sendCancellation(scope: TenantScope, orderId: string, ticketIds: string[], whole: boolean, jobId: string): Promise<void> {
    const order = await this.repo.findOrder(scope, orderId);
    if (!order) throw new OrderNotFoundError();
    const [ticketing, tickets] = await Promise.all([this.tenancy.ticketing(scope), this.repo.ticketsOf(scope, orderId)]);
    const cancelled = tickets.filter((t) => ticketIds.includes(t.id));
    const { words, locale } = documentLanguage(order.language);
    const w = words.cancellation;
    const lines = [
      whole ? w.whole(order.number) : w.some(order.number),
      ...cancelled.map((t) => `— ${t.eventName}, ${formatDateTime(t.startsAt, locale)}, ${t.seatLabel ?? t.zoneName}, ${t.priceName}`),
      w.noLongerValid,
    ];
    await this.send(scope, order, ticketing.name, w.subject(ticketing.name, order.number), lines, jobId, 'order-cancellation');
  }

  /** The payment receipt: what the order cost, what was received (each payment) and given back, what is still due. */
  async sendReceipt(scope: TenantScope, orderId: string, jobId: string): Promise<void> {
    const order = await this.repo.findOrder(scope, orderId);
    if (!order) throw new OrderNotFoundError();
    const [ticketing, entries] = await Promise.all([this.tenancy.ticketing(scope), this.payments.entriesOf(scope, orderId)]);
    const succeeded = entries.payments.filter((p) => p.status === 'succeeded');
    const refunds = entries.refunds.filter((r) => r.status === 'succeeded');
    const paid = succeeded.reduce((s, p) => s + p.amount.amount, 0) - refunds.reduce((s, r) => s + r.amount.amount, 0);
    const { words, locale } = documentLanguage(order.language);
    const w = words.receipt;
    const amount = (minor: number) => formatMoney({ amount: minor, currency: order.currency }, locale);
    const method = (m: string) => words.methods[m as keyof typeof words.methods] ?? m;
    const lines = [
      w.title(order.number),
      words.labelled(w.orderAmount, amount(order.totalAmount)),
      ...succeeded.map((p) => words.labelled(w.received(formatDay(new Date(p.at), locale), method(p.method)), amount(p.amount.amount))),
      ...refunds.map((r) => words.labelled(w.refunded(formatDay(new Date(r.at), locale), method(r.method)), amount(r.amount.amount))),
      words.labelled(w.totalPaid, amount(paid)),
      words.labelled(w.due, amount(Math.max(order.status === 'cancelled' ? 0 : order.totalAmount - paid, 0))),
    ];
    await this.send(scope, order, ticketing.name, w.subject(ticketing.name, order.number), lines, jobId, 'payment-receipt');
  }

  private async send(
    scope: TenantScope,
    order: { id: string; customerFirstName: string; customerLastName: string; customerEmail: string; language: Language },
    from: string,
    subject: string,
    lines: string[],
    jobId: string,
    template: string,
  ): Promise<void> {
    const name = `${order.customerFirstName} ${order.customerLastName}`;
    const hello = documentLanguage(order.language).words.hello(name);
    await this.mailer.send({
      to: order.customerEmail,
      subject,
      // The job id is the message's identity: a retried job sends the same message.
      messageId: `<${jobId}@guichet>`,
      text: `${hello}\n\n${lines.join('\n')}\n\n${from}`,
      html: `<p>${escapeHtml(hello)}</p>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}<p>${escapeHtml(from)}</p>`,
    });
    await this.repo.appendHistory(scope, {
      orderId: order.id,
      action: 'orders.order.email_sent',
      actorKind: SYSTEM_ACTOR.kind,
      actorId: SYSTEM_ACTOR.id,
      actorLabel: SYSTEM_ACTOR.label,
      data: { to: order.customerEmail, template },
      at: this.clock.now(),
    });
  }
}
