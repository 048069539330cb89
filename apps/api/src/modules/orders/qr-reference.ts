import { calculateQRReferenceChecksum } from 'swissqrbill/utils';
import { ORDER_NUMBER_ALPHABET } from './order-number';

/**
 * The QR reference of an invoice order (PAY-3, ADR 0025): the order number read as a base-32 number
 * (40 bits, at most 13 decimal digits), zero-padded to 26 digits, then the QR-bill's recursive
 * mod-10 check digit. Unique per ticketing because the number is; reconciliation can read the
 * number back from a payment's reference without a lookup table.
 */
export function qrReferenceOf(orderNumber: string): string {
  let value = 0n;
  for (const c of orderNumber) {
    const digit = ORDER_NUMBER_ALPHABET.indexOf(c);
    if (digit < 0) throw new Error(`not an order number: ${orderNumber}`);
    value = value * 32n + BigInt(digit);
  }
  const body = value.toString().padStart(26, '0');
  return body + calculateQRReferenceChecksum(body);
}
