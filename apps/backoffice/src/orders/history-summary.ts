import { formatMoney, formatDateTime } from '@guichet/ui';
import { hasMessage, type MessageKey, t } from '../i18n/i18n';
import { label } from '../i18n/labels';

type Data = Record<string, unknown>;
type Money = { amount: number; currency: string };

function isMoney(value: unknown): value is Money {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { amount?: unknown }).amount === 'number' &&
    typeof (value as { currency?: unknown }).currency === 'string'
  );
}

const money = (value: unknown): string | null => (isMoney(value) ? formatMoney(value) : null);
const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/** The catalog's words for a value of the data (`history.method.cash`), or null for a value this build does not know. */
function word(group: 'payment' | 'method' | 'commentAbout', value: unknown): string | null {
  const key = `history.${group}.${String(value)}`;
  return typeof value === 'string' && hasMessage(key) ? t(key as MessageKey) : null;
}

const MISSING = '\u241f';

/** A sentence with the parts the data had, dropping what it lacked with its separator ("— 2 billets, 90.90 CHF"). */
function sentence(key: MessageKey, parts: Record<string, string | null>, plural?: number): string {
  const filled = t(key, Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v ?? MISSING])), plural);
  return filled.replaceAll(`${MISSING}, `, '').replaceAll(`, ${MISSING}`, '').replaceAll(` — ${MISSING}`, '').replaceAll(MISSING, '').trim();
}

const tickets = (n: number) => t('history.tickets', { count: n }, n);

function placed(data: Data): { title: string; lines: string[] } {
  const what = [
    count(data.tickets) > 0 ? tickets(count(data.tickets)) : null,
    count(data.giftVouchersSold) > 0 ? t('history.giftVouchers', { count: count(data.giftVouchersSold) }, count(data.giftVouchersSold)) : null,
  ].filter((p): p is string => p !== null);
  const title = sentence('history.orders.order.placed', {
    what: what.length === 2 ? t('history.and', { first: what[0], second: what[1] }) : (what[0] ?? tickets(0)),
    total: money(data.total),
    payment: word('payment', data.paymentMethod),
  });
  const lines: string[] = [];
  const channel = typeof data.channel === 'string' && hasMessage(`labels.channel.${data.channel}`) ? label('channel', data.channel as 'shop') : null;
  if (channel) lines.push(t('history.lines.channel', { channel }));
  if (text(data.promoCode) && money(data.discount)) lines.push(t('history.lines.promoCode', { code: data.promoCode, discount: money(data.discount) }));
  if (money(data.giftVoucher)) lines.push(t('history.lines.giftVoucher', { amount: money(data.giftVoucher) }));
  return { title, lines };
}

function cancellationLines(data: Data): string[] {
  const lines: string[] = [];
  if (text(data.reason)) lines.push(t('history.lines.reason', { reason: data.reason }));
  const refund = data.refund as Data | undefined;
  if (refund && money(refund.amount)) {
    lines.push(t('history.lines.refund', { amount: money(refund.amount), method: word('method', refund.method) ?? '' }).trim());
    if (text(refund.reason) && refund.reason !== data.reason) lines.push(t('history.lines.reason', { reason: refund.reason }));
  }
  if (data.customerNotified === true) lines.push(t('history.lines.notified'));
  if (data.customerNotified === false) lines.push(t('history.lines.notNotified'));
  return lines;
}

const EMAIL_TEMPLATES: Record<string, MessageKey> = {
  'order-confirmation': 'history.emails.orderConfirmation',
  'order-cancellation': 'history.emails.orderCancellation',
  'payment-receipt': 'history.emails.paymentReceipt',
  'order-invoice': 'history.emails.orderInvoice',
  'order-invoice-reminder': 'history.emails.invoiceReminder',
};

/**
 * One order history entry as a sentence a person reads ("Commande passée — 3 billets, 90.90 CHF,
 * paiement sur place"), with a few detail lines (a promo code, a reason), all from the catalog.
 * Internal data (cart and ticket ids, the order's number and status already in the header) is
 * left out; an action this build does not know yet gets a neutral sentence, never its dotted name.
 */
export function describeHistoryEntry(entry: { action: string; data: Data }): { title: string; lines: string[] } {
  const data = entry.data ?? {};
  switch (entry.action) {
    case 'orders.order.placed':
      return placed(data);
    case 'orders.order.paid':
      return { title: sentence('history.orders.order.paid', { amount: money(data.amount), method: word('method', data.method) }), lines: [] };
    case 'orders.order.refunded':
      return {
        title: sentence('history.orders.order.refunded', { amount: money(data.amount), method: word('method', data.method) }),
        lines: text(data.reason) ? [t('history.lines.reason', { reason: data.reason })] : [],
      };
    case 'orders.order.email_sent': {
      const key = EMAIL_TEMPLATES[String(data.template)] ?? 'history.orders.order.email_sent';
      return { title: t(key, { to: text(data.to) ?? '—' }), lines: [] };
    }
    case 'orders.order.overdue_kept':
      return { title: t('history.orders.order.overdue_kept'), lines: [] };
    case 'orders.order.resent':
      return { title: t('history.orders.order.resent', { to: text(data.to) ?? '—' }), lines: [] };
    case 'orders.receipt.resent':
      return { title: t('history.orders.receipt.resent', { to: text(data.to) ?? '—' }), lines: [] };
    case 'orders.order.cancelled':
      return {
        title: sentence('history.orders.order.cancelled', {
          tickets: count(data.tickets) > 0 ? tickets(count(data.tickets)) : null,
          amount: money(data.amount),
        }),
        lines: cancellationLines(data),
      };
    case 'orders.tickets.cancelled': {
      const n = count(data.tickets);
      return { title: sentence('history.orders.tickets.cancelled', { count: String(n), amount: money(data.amount) }, n), lines: cancellationLines(data) };
    }
    case 'orders.tickets.exchanged':
      return {
        title: sentence('history.orders.tickets.exchanged', {
          cancelled: tickets(count(data.cancelled)),
          issued: tickets(count(data.issued)),
          difference: money(data.difference),
        }),
        lines: [],
      };
    case 'orders.order.rescheduled':
      return {
        title: sentence('history.orders.order.rescheduled', {
          to: typeof data.to === 'string' ? formatDateTime(data.to) : null,
          tickets: count(data.tickets) > 0 ? tickets(count(data.tickets)) : null,
        }),
        lines: data.customerNotified === true ? [t('history.lines.notified')] : data.customerNotified === false ? [t('history.lines.notNotified')] : [],
      };
    case 'orders.order.split':
    case 'orders.order.split_from':
      // The other order's number: the new one for the reservation, the reservation for the new one.
      return {
        title: sentence(`history.${entry.action}` as MessageKey, {
          tickets: count(data.tickets) > 0 ? tickets(count(data.tickets)) : null,
          amount: money(data.amount),
          number: text(entry.action === 'orders.order.split' ? data.toOrderNumber : data.fromOrderNumber) ?? '—',
        }),
        lines: [],
      };
    case 'orders.tickets.set_unscanned':
    case 'orders.tickets.scanned_in':
    case 'orders.tickets.scanned_out':
    case 'orders.tickets.blacklisted':
    case 'orders.tickets.reissued': {
      const n = count(data.tickets);
      return { title: t(`history.${entry.action}` as MessageKey, { count: n }, n), lines: [] };
    }
    case 'orders.comment.edited':
      return {
        title: commentSentence('history.orders.comment.edited', data),
        lines: [
          text(data.before) ? t('history.lines.commentBefore', { text: data.before }) : null,
          text(data.after) ? t('history.lines.commentAfter', { text: data.after }) : null,
        ].filter((line): line is string => line !== null),
      };
    case 'orders.comment.deleted':
      return {
        title: commentSentence('history.orders.comment.deleted', data),
        lines: text(data.body) ? [t('history.lines.commentText', { text: data.body })] : [],
      };
    case 'orders.contact.changed':
      return { title: t('history.orders.contact.changed'), lines: contactChanges(data) };
    case 'orders.personalisation.opened':
      return {
        title: t('history.orders.personalisation.opened', { until: typeof data.expiresAt === 'string' ? formatDateTime(data.expiresAt) : '—' }),
        lines: [],
      };
    case 'orders.attendees.updated':
      return { title: sentence('history.orders.attendees.updated', { tickets: count(data.tickets) > 0 ? tickets(count(data.tickets)) : null }), lines: [] };
    default:
      return { title: t('history.unknown'), lines: [] };
  }
}

/** "Commentaire de Léa modifié — sur l’acheteur": whose comment, and what it was about. */
function commentSentence(key: MessageKey, data: Data): string {
  return sentence(key, { author: text(data.author) ?? '—', about: word('commentAbout', data.about) });
}

const CONTACT_FIELDS = ['firstName', 'lastName', 'email', 'mobile'] as const;
const shown = (value: unknown): string => (typeof value === 'string' && value ? value : '—');

/** "E-mail : ancien@… → nouveau@…", one line per field the change touched. */
function contactChanges(data: Data): string[] {
  const before = (data.before ?? {}) as Data;
  const after = (data.after ?? {}) as Data;
  return CONTACT_FIELDS.filter((field) => before[field] !== after[field]).map((field) =>
    t('orders.contact.change', { field: t(`orders.contact.${field}`), before: shown(before[field]), after: shown(after[field]) }),
  );
}
