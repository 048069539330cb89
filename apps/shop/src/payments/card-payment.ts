import type { components, Problem } from '@guichet/api-client';
import { api } from '../api/client';
import { CheckoutAttempt } from '../cart/checkout-attempt';

type ShopOrder = components['schemas']['ShopOrderResponse'];
type Transaction = ShopOrder['transactions'][number];

/** Where a card order stands for its customer: what the order page shows. */
export type CardPaymentState =
  | { kind: 'none' }
  | { kind: 'awaiting'; dueAt: string | null }
  | { kind: 'checking' }
  | { kind: 'failed'; note: string | null; dueAt: string | null }
  | { kind: 'expired' };

/**
 * A card order awaiting its payment: no attempt yet (or the customer came back without paying),
 * an attempt the bank has not answered yet, or a failed one (with the bank's note) that can be tried
 * again until the deadline. `transactionId`: the attempt the provider sent the customer back from.
 */
export function cardPaymentState(
  order: Pick<ShopOrder, 'paymentMethod' | 'status' | 'transactions' | 'paymentDueAt'>,
  transactionId: string | null,
): CardPaymentState {
  if (order.paymentMethod !== 'card') return { kind: 'none' };
  if (order.status === 'cancelled' && !order.transactions.some((t) => t.status === 'succeeded')) return { kind: 'expired' };
  if (order.status !== 'reserved') return { kind: 'none' };
  const attempt: Transaction | undefined = transactionId ? order.transactions.find((t) => t.id === transactionId) : order.transactions.at(-1);
  if (attempt?.status === 'started' && transactionId) return { kind: 'checking' };
  if (attempt?.status === 'failed') return { kind: 'failed', note: attempt.note, dueAt: order.paymentDueAt };
  return { kind: 'awaiting', dueAt: order.paymentDueAt };
}

/** Opens an attempt and sends the browser to the provider's page; a refusal comes back as a problem. */
export async function goPayByCard(slug: string, orderId: string, token: string): Promise<Problem | null> {
  const { data, error } = await api.POST('/api/v1/shop/{slug}/orders/{orderId}/card-payments', {
    params: { path: { slug, orderId }, query: { token } },
  });
  if (error) return error;
  window.location.assign(data.redirectUrl);
  return null;
}

/** The check's Idempotency-Key: a try that got no answer is retried with the same key. */
const checks = new CheckoutAttempt();

/**
 * Back from the provider's page: asks the API to ask the provider how the attempt ended (its own
 * notification may have been lost). True once the API answered; false when it should be asked again.
 */
export async function checkCardPayment(slug: string, orderId: string, token: string, transactionId: string): Promise<boolean> {
  try {
    const { error, response } = await api.POST('/api/v1/shop/{slug}/orders/{orderId}/card-payments/{transactionId}/check', {
      params: { path: { slug, orderId, transactionId }, query: { token }, header: { 'Idempotency-Key': checks.keyFor({ slug, orderId, transactionId }) } },
    });
    checks.settle({ status: response.status, code: error?.code });
    return response.status < 500 && error?.code !== 'IDEMPOTENCY_KEY_IN_FLIGHT';
  } catch {
    checks.settle(null);
    return false;
  }
}
