import { describe, expect, it } from 'vitest';
import { bankDay, type BankEntry, initialSelection, selectable, validationRequest } from './bank-selection';

const CHF = (amount: number) => ({ amount, currency: 'CHF' as const });

function entry(id: string, over: Partial<BankEntry> = {}): BankEntry {
  return {
    id,
    account: 'CH4431999123000889012',
    amount: CHF(5200),
    bankFileId: 'f1',
    bankReference: null,
    bookedAt: null,
    bookedBy: null,
    bookedComplete: null,
    bookingDate: '2026-12-01',
    credit: true,
    debtorName: 'Léa Martin',
    fit: 'exact',
    match: 'qrr',
    message: null,
    order: { id: `o-${id}`, number: 'K7M2P9QX', customerName: 'Léa Martin', status: 'reserved', due: CHF(5200), total: CHF(5200) },
    preselected: true,
    reference: '210000000003139471430009017',
    referenceKind: 'QRR',
    status: 'matched',
    valueDate: '2026-12-01',
    ...over,
  };
}

describe('the rows ticked in advance', () => {
  it('ticks what the API preselects, never a suggestion nor a row without an order to pay', () => {
    const rows = [
      entry('exact'),
      entry('partial', { fit: 'partial', preselected: false }),
      entry('suggested', { match: 'suggestion', status: 'suggested', preselected: true }),
      entry('paid', { order: { ...entry('x').order!, status: 'paid' } }),
      entry('debit', { credit: false }),
    ];
    expect([...initialSelection(rows)]).toEqual(['exact']);
  });

  it('lets the user tick a suggestion or a partial payment, not a booked or unmatched entry', () => {
    expect(selectable(entry('s', { match: 'suggestion', status: 'suggested', preselected: false }))).toBe(true);
    expect(selectable(entry('p', { fit: 'partial', preselected: false }))).toBe(true);
    expect(selectable(entry('b', { status: 'booked' }))).toBe(false);
    expect(selectable(entry('u', { status: 'unmatched', order: null, match: null, fit: null }))).toBe(false);
  });
});

describe('the validation request', () => {
  const rows = [
    entry('a'),
    entry('b', { fit: 'partial', preselected: false }),
    entry('c', { fit: 'partial', preselected: false }),
    entry('d', { credit: false }),
  ];

  it('sends the ticked rows, and as complete only the ticked partial payments marked so', () => {
    expect(validationRequest(rows, new Set(['a', 'b', 'c']), new Set(['b', 'a']))).toEqual({ entryIds: ['a', 'b', 'c'], complete: ['b'] });
  });

  it('leaves out complete when no partial payment settles its order, and a marked row that is not ticked', () => {
    expect(validationRequest(rows, new Set(['a', 'c']), new Set(['b']))).toEqual({ entryIds: ['a', 'c'] });
  });

  it('drops a ticked row that cannot be booked', () => {
    expect(validationRequest(rows, new Set(['a', 'd', 'gone']), new Set())).toEqual({ entryIds: ['a'] });
  });
});

describe('a bank date', () => {
  it('reads as the tables show dates, a dash when the bank gave none', () => {
    expect(bankDay('2026-12-01')).toBe('01.12.2026');
    expect(bankDay(null)).toBe('—');
  });
});
