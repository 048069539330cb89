import { Injectable } from '@nestjs/common';
import { SYSTEM_ACTOR } from '../../platform/audit/actor';
import { Clock } from '../../platform/clock/clock';
import { Mailer } from '../../platform/mail/mailer';
import { TenancyService } from '../../platform/tenancy/tenancy.service';
import { TenantScope } from '../../platform/tenancy/tenant-scope';
import { PaymentsReconciliationService } from '../payments-reconciliation';
import { OrderNotFoundError } from './orders.errors';
import { OrdersRepository } from './orders.repository';

const amount = (minor: number, currency: string) => new Intl.NumberFormat('fr-CH', { style: 'currency', currency }).format(minor / 100);
const day = (d: Date) => new Intl.DateTimeFormat('fr-CH', { dateStyle: 'long', timeZone: 'Europe/Zurich' }).format(d);
const when = (d: Date) => new Intl.DateTimeFormat('fr-CH', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Zurich' }).format(d);
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const METHOD_WORDS: Record<string, string> = {
  cash: 'espèces',
  card: 'carte',
  bank_transfer: 'virement',
  gift_voucher: 'bon cadeau',
  other: 'autre moyen',
};

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
    const lines = [
      whole ? `Votre commande ${order.number} a été annulée.` : `Des billets de votre commande ${order.number} ont été annulés :`,
      ...cancelled.map((t) => `— ${t.eventName}, ${when(t.startsAt)}, ${t.seatLabel ?? t.zoneName}, ${t.priceName}`),
      'Ces billets ne sont plus valables à l’entrée.',
    ];
    await this.send(scope, order, ticketing.name, `${ticketing.name} — annulation, commande ${order.number}`, lines, jobId, 'order-cancellation');
  }

  /** The payment receipt: what the order cost, what was received (each payment) and given back, what is still due. */
  async sendReceipt(scope: TenantScope, orderId: string, jobId: string): Promise<void> {
    const order = await this.repo.findOrder(scope, orderId);
    if (!order) throw new OrderNotFoundError();
    const [ticketing, entries] = await Promise.all([this.tenancy.ticketing(scope), this.payments.entriesOf(scope, orderId)]);
    const succeeded = entries.payments.filter((p) => p.status === 'succeeded');
    const refunds = entries.refunds.filter((r) => r.status === 'succeeded');
    const paid = succeeded.reduce((s, p) => s + p.amount.amount, 0) - refunds.reduce((s, r) => s + r.amount.amount, 0);
    const lines = [
      `Reçu de paiement — commande ${order.number}`,
      `Montant de la commande : ${amount(order.totalAmount, order.currency)}`,
      ...succeeded.map((p) => `Reçu le ${day(new Date(p.at))} (${METHOD_WORDS[p.method] ?? p.method}) : ${amount(p.amount.amount, order.currency)}`),
      ...refunds.map((r) => `Remboursé le ${day(new Date(r.at))} (${METHOD_WORDS[r.method] ?? r.method}) : ${amount(r.amount.amount, order.currency)}`),
      `Total payé : ${amount(paid, order.currency)}`,
      `Reste à payer : ${amount(Math.max(order.status === 'cancelled' ? 0 : order.totalAmount - paid, 0), order.currency)}`,
    ];
    await this.send(scope, order, ticketing.name, `${ticketing.name} — reçu de paiement, commande ${order.number}`, lines, jobId, 'payment-receipt');
  }

  private async send(
    scope: TenantScope,
    order: { id: string; customerFirstName: string; customerLastName: string; customerEmail: string },
    from: string,
    subject: string,
    lines: string[],
    jobId: string,
    template: string,
  ): Promise<void> {
    const name = `${order.customerFirstName} ${order.customerLastName}`;
    await this.mailer.send({
      to: order.customerEmail,
      subject,
      // The job id is the message's identity: a retried job sends the same message.
      messageId: `<${jobId}@guichet>`,
      text: `Bonjour ${name},\n\n${lines.join('\n')}\n\n${from}`,
      html: `<p>Bonjour ${escapeHtml(name)},</p>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}<p>${escapeHtml(from)}</p>`,
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
