import type { components } from '@guichet/api-client';
import { describe, expect, it } from 'vitest';
import { amountToRefund, ledgerLines } from './ledger';

type Payment = components['schemas']['PaymentResponse'];
type Refund = components['schemas']['RefundResponse'];

const chf = (amount: number) => ({ amount, currency: 'CHF' as const });
const entry = {
  method: 'card',
  amount: chf(5000),
  status: 'succeeded',
  providerReference: null,
  note: null,
  cashGiven: null,
  actor: { kind: 'user', label: 'Léa' },
} as const;
const payment = (id: string, at: string): Payment => ({ ...entry, id, at });
const refund = (id: string, at: string): Refund => ({ ...entry, id, at, paymentId: null, reason: 'Annulation' });

describe('ledgerLines', () => {
  it('lists payments and refunds together, oldest first', () => {
    const lines = ledgerLines({
      payments: [payment('p1', '2027-03-01T10:00:00Z'), payment('p2', '2027-03-03T10:00:00Z')],
      refunds: [refund('r1', '2027-03-02T10:00:00Z')],
    });
    expect(lines.map((l) => [l.id, l.kind])).toEqual([
      ['p1', 'payment'],
      ['r1', 'refund'],
      ['p2', 'payment'],
    ]);
  });

  it('puts a refund after a payment of the same instant, and is empty for an order without any', () => {
    const at = '2027-03-01T10:00:00Z';
    expect(ledgerLines({ payments: [payment('p', at)], refunds: [refund('r', at)] }).map((l) => l.kind)).toEqual(['payment', 'refund']);
    expect(ledgerLines({ refunds: [refund('r', at)], payments: [payment('p', at)] }).map((l) => l.kind)).toEqual(['payment', 'refund']);
    expect(ledgerLines({ payments: [], refunds: [] })).toEqual([]);
  });
});

describe('amountToRefund', () => {
  it('is the opposite of a negative balance, and nothing otherwise', () => {
    expect(amountToRefund({ balance: chf(-1500) })).toEqual(chf(1500));
    expect(amountToRefund({ balance: chf(0) })).toBeNull();
    expect(amountToRefund({ balance: chf(2000) })).toBeNull();
  });
});
