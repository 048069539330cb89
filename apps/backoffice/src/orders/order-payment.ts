import type { components } from '@guichet/api-client';
import { formatDateTime } from '@guichet/ui';
import { hasMessage, t } from '../i18n/i18n';
import { label } from '../i18n/labels';
import { inWords, type ShownProblem } from '../i18n/problems';

type Order = components['schemas']['OrderResponse'];

/** Why the ticket office cannot record a payment for this order, or null when it can (only a reserved order awaits one). */
export function paymentUnavailableReason(order: Pick<Order, 'status' | 'paidAt'>): string | null {
  if (order.status === 'reserved') return null;
  if (order.status === 'paid') return order.paidAt ? t('orders.payment.alreadyPaidOn', { at: formatDateTime(order.paidAt) }) : t('orders.payment.alreadyPaid');
  return t('orders.payment.cancelled');
}

/** A refused payment in the catalog's words; for an order that no longer awaits one (paid or cancelled meanwhile), with what it is now. */
export function paymentProblemInWords<T extends ShownProblem>(problem: T): T {
  const shown = inWords(problem);
  if (problem.code !== 'ORDER_NOT_AWAITING_PAYMENT') return shown;
  const status = (problem as { orderStatus?: unknown }).orderStatus;
  if (typeof status !== 'string' || !hasMessage(`labels.orderStatus.${status}`)) return shown;
  return { ...shown, detail: t('orders.payment.notAwaiting', { status: label('orderStatus', status as Order['status']).toLowerCase() }) };
}

/** A voucher code in groups of four, as printed ("K7PM-2QXD-9HWT"); a code already grouped is kept. */
export function groupedCode(code: string): string {
  return /[-\s]/.test(code) ? code : (code.match(/.{1,4}/g) ?? [code]).join('-');
}
