import type { components } from '@guichet/api-client';

type Order = components['schemas']['OrderResponse'];
type Ticket = Order['tickets'][number];
type Tender = components['schemas']['CounterTenderRequest'];
export type ExchangeRequest = components['schemas']['ExchangeTicketsRequest'];
export type ExchangeRefundMethod = components['schemas']['ExchangeRefundRequest']['method'];

/** How money goes back when the new tickets cost less, in the order of the dialog (the counter's means). */
export const EXCHANGE_REFUND_METHODS: ExchangeRefundMethod[] = ['cash', 'card', 'bank_transfer', 'other'];

/** The tickets a clerk may give back: the order's valid ones, as listed. */
export const exchangeable = (order: Pick<Order, 'tickets'>): Ticket[] => order.tickets.filter((ticket) => ticket.status === 'valid');

/** What the tickets given back were paid (minor units): what the exchange credits. */
export function givenBackAmount(order: Pick<Order, 'tickets'>, ticketIds: readonly string[]): number {
  return exchangeable(order)
    .filter((ticket) => ticketIds.includes(ticket.id))
    .reduce((sum, ticket) => sum + ticket.price.amount, 0);
}

/**
 * Where the difference stands (ADR 0035): the new tickets' total minus what the given-back ones were
 * paid — `pay` with tenders when positive, `refund` when negative, `even` when equal.
 */
export type ExchangeBalance = { kind: 'pay'; amount: number } | { kind: 'refund'; amount: number } | { kind: 'even'; amount: 0 };

export function exchangeBalance(newTotal: number, givenBack: number): ExchangeBalance {
  const difference = newTotal - givenBack;
  if (difference > 0) return { kind: 'pay', amount: difference };
  if (difference < 0) return { kind: 'refund', amount: -difference };
  return { kind: 'even', amount: 0 };
}

/**
 * The exchangeTickets body: the tickets in the order's order, the cart, and what settles the
 * difference — the tenders when something is to pay, the refund's method when something goes back.
 */
export function exchangeRequest(
  order: Pick<Order, 'tickets'>,
  ticketIds: readonly string[],
  cartId: string,
  balance: ExchangeBalance,
  settlement: { tenders?: Tender[]; refundMethod?: ExchangeRefundMethod },
): ExchangeRequest {
  const body: ExchangeRequest = {
    ticketIds: exchangeable(order)
      .filter((ticket) => ticketIds.includes(ticket.id))
      .map((ticket) => ticket.id),
    cartId,
  };
  if (balance.kind === 'pay') body.tenders = settlement.tenders ?? [];
  if (balance.kind === 'refund') body.refund = { method: settlement.refundMethod ?? 'cash' };
  return body;
}
