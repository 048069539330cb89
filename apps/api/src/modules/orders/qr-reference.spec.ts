import { calculateQRReferenceChecksum, isQRReferenceValid } from 'swissqrbill/utils';
import { newOrderNumber } from './order-number';
import { qrReferenceOf } from './qr-reference';

describe('QR references of invoice orders', () => {
  it('are 27 digits: the order number in decimal, zero-padded, and a valid mod-10 check digit', () => {
    // 'ZZZZZZZZ' is 32^8 - 1 = 1099511627775.
    expect(qrReferenceOf('ZZZZZZZZ').slice(0, 26)).toBe('00000000000001099511627775');
    expect(qrReferenceOf('00000010').slice(0, 26)).toBe('00000000000000000000000032');
    expect(isQRReferenceValid(qrReferenceOf('ZZZZZZZZ'))).toBe(true);
    // The check digit of the QR-bill specification's own example reference.
    expect(calculateQRReferenceChecksum('21000000000313947143000901')).toBe('7');
    for (let i = 0; i < 200; i++) {
      const reference = qrReferenceOf(newOrderNumber());
      expect(reference).toMatch(/^\d{27}$/);
      expect(isQRReferenceValid(reference)).toBe(true);
    }
  });

  it('differ for different order numbers (one letter apart)', () => {
    expect(qrReferenceOf('AB12CD34')).not.toBe(qrReferenceOf('AB12CD35'));
    expect(qrReferenceOf('AB12CD34')).not.toBe(qrReferenceOf('BA12CD34'));
  });

  it('refuses what is not an order number', () => {
    expect(() => qrReferenceOf('AB12CD3I')).toThrow('not an order number');
  });
});
