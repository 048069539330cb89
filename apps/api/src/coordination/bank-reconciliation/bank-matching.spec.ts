import { calculateSCORReferenceChecksum } from 'swissqrbill/utils';
import { qrReferenceOf } from '../../modules/orders/qr-reference';
import type { BankMatchOrder } from '../../modules/orders';
import { MatchableEntry, matchEntries } from './bank-matching';

const order = (number: string, lastName: string, due = 5000): BankMatchOrder & { due: number } => ({
  id: `id-${number}`,
  number,
  qrReference: qrReferenceOf(number),
  status: 'reserved',
  paymentMethod: 'invoice',
  total: due,
  currency: 'CHF',
  firstName: 'Ada',
  lastName,
  due,
});
const entry = (id: string, more: Partial<MatchableEntry>): MatchableEntry => ({
  id,
  amount: 5000,
  currency: 'CHF',
  referenceKind: null,
  reference: null,
  debtorName: null,
  ...more,
});

describe('matchEntries', () => {
  const a = order('ABCD2345', 'Lovelace');
  const b = order('K7M2P9QX', 'de Vries');
  const c = order('ZZZZ0001', 'Müller', 7000);

  it('ties a QR reference to its order, and only one whose check digit holds', () => {
    const wrong = a.qrReference!.slice(0, 26) + ((Number(a.qrReference![26]) + 1) % 10);
    expect(matchEntries([entry('1', { reference: a.qrReference }), entry('2', { reference: wrong })], [a], [])).toEqual([
      { id: '1', orderId: a.id, match: 'qrr' },
    ]);
  });

  it('ties an RF creditor reference to the order whose number is its body, when its mod-97 check holds', () => {
    const scor = `RF${calculateSCORReferenceChecksum(b.number)}${b.number}`;
    const broken = `RF${(Number(calculateSCORReferenceChecksum(b.number)) + 1) % 100}${b.number}`;
    expect(matchEntries([entry('1', { reference: scor.toLowerCase() }), entry('2', { reference: broken })], [b], [])).toEqual([
      { id: '1', orderId: b.id, match: 'scor' },
    ]);
  });

  it('suggests the one awaiting order owing the amount whose every last-name word is in the debtor’s name, accents aside', () => {
    const awaiting = [a, b, c];
    expect(
      matchEntries(
        [
          entry('1', { debtorName: 'LOVELACE ADA' }),
          entry('2', { debtorName: 'Jan Vries' }),
          entry('3', { debtorName: 'Hans Mueller', amount: 7000 }),
          entry('4', { debtorName: 'Hans Muller', amount: 7000 }),
          entry('5', { debtorName: 'Ada Lovelace', amount: 4000 }),
        ],
        [],
        awaiting,
      ),
    ).toEqual([
      { id: '1', orderId: a.id, match: 'suggestion' },
      { id: '4', orderId: c.id, match: 'suggestion' },
    ]);
  });

  it('suggests nothing when two orders fit, and an order once only', () => {
    const twin = order('QQQQ0002', 'Lovelace');
    expect(matchEntries([entry('1', { debtorName: 'Ada Lovelace' })], [], [a, twin])).toEqual([]);
    expect(matchEntries([entry('1', { debtorName: 'Ada Lovelace' }), entry('2', { debtorName: 'Ada Lovelace' })], [], [a])).toEqual([
      { id: '1', orderId: a.id, match: 'suggestion' },
    ]);
  });
});
