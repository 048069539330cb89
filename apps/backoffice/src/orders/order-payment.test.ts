import { formatDateTime } from '@guichet/ui';
import { describe, expect, it } from 'vitest';
import { groupedCode, paymentProblemInWords, paymentUnavailableReason } from './order-payment';

describe('order payment', () => {
  it('lets only a reserved order be paid, and says why otherwise', () => {
    expect(paymentUnavailableReason({ status: 'reserved', paidAt: null })).toBeNull();
    expect(paymentUnavailableReason({ status: 'paid', paidAt: '2027-03-01T10:00:00Z' })).toBe(
      `Commande déjà payée (le ${formatDateTime('2027-03-01T10:00:00Z')}).`,
    );
    expect(paymentUnavailableReason({ status: 'paid', paidAt: null })).toBe('Commande déjà payée.');
    expect(paymentUnavailableReason({ status: 'cancelled', paidAt: null })).toBe('Commande annulée : aucun paiement à enregistrer.');
  });

  it('words the conflict with the order’s current status', () => {
    const conflict = { code: 'ORDER_NOT_AWAITING_PAYMENT' as const, detail: 'Only an order awaiting payment…', orderStatus: 'paid' };
    expect(paymentProblemInWords(conflict).detail).toBe('Cette commande n’attend plus de paiement : elle est payée.');
    expect(paymentProblemInWords({ ...conflict, orderStatus: undefined }).detail).toBe('Cette commande n’attend plus de paiement.');
    expect(paymentProblemInWords({ ...conflict, orderStatus: 'lost' }).detail).toBe('Cette commande n’attend plus de paiement.');
    expect(paymentProblemInWords({ code: 'FORBIDDEN' as const, detail: 'Role does not allow this' }).detail).toBe('Votre rôle ne permet pas cette action.');
  });

  it('groups a code by four unless it already is', () => {
    expect(groupedCode('K7PM2QXD9HWT')).toBe('K7PM-2QXD-9HWT');
    expect(groupedCode('K7PM-2QXD-9HWT')).toBe('K7PM-2QXD-9HWT');
    expect(groupedCode('AB')).toBe('AB');
  });
});
