import type { components } from '@guichet/api-client';
import { formatDateTime, type ProblemLike } from '@guichet/ui';
import { type Badge, ORDER_STATUS } from './labels';

type Order = components['schemas']['OrderResponse'];
type OrderGiftVoucher = components['schemas']['OrderGiftVoucherResponse'];

/** Why the ticket office cannot record a payment for this order, or null when it can (only a reserved order awaits one). */
export function paymentUnavailableReason(order: Pick<Order, 'status' | 'paidAt'>): string | null {
  if (order.status === 'reserved') return null;
  if (order.status === 'paid') return order.paidAt ? `Commande déjà payée (le ${formatDateTime(order.paidAt)}).` : 'Commande déjà payée.';
  return 'Commande annulée : aucun paiement à enregistrer.';
}

/** The refusal of a payment for an order that no longer awaits one (paid or cancelled meanwhile), in French. */
export function paymentProblemInFrench<T extends ProblemLike>(problem: T): T {
  if (problem.code !== 'ORDER_NOT_AWAITING_PAYMENT') return problem;
  const status = (problem as { orderStatus?: unknown }).orderStatus;
  const label = typeof status === 'string' && status in ORDER_STATUS ? ORDER_STATUS[status as Order['status']].label.toLowerCase() : null;
  return { ...problem, detail: label ? `Cette commande n’attend plus de paiement : elle est ${label}.` : 'Cette commande n’attend plus de paiement.' };
}

/** What a voucher bought with the order is worth now: spendable, waiting for the order's payment, or not (order cancelled). */
export function orderVoucherState(voucher: Pick<OrderGiftVoucher, 'usable'>, orderStatus: Order['status']): Badge {
  if (voucher.usable) return { tone: 'success', label: 'Utilisable' };
  if (orderStatus === 'reserved') return { tone: 'warning', label: 'En attente du paiement' };
  if (orderStatus === 'cancelled') return { tone: 'danger', label: 'Annulé avec la commande' };
  return { tone: 'neutral', label: 'Inutilisable' };
}

/** A voucher code in groups of four, as printed ("K7PM-2QXD-9HWT"); a code already grouped is kept. */
export function groupedCode(code: string): string {
  return /[-\s]/.test(code) ? code : (code.match(/.{1,4}/g) ?? [code]).join('-');
}
