/**
 * The test provider's cards: what each number does, as an acquirer's sandbox documents it. Only
 * VISA and MasterCard are accepted; every accepted payment goes through a 3-D Secure challenge.
 */
export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'other';

export type CardBehaviour =
  | { kind: 'refused_network'; brand: CardBrand; note: string }
  | { kind: 'declined'; brand: CardBrand; note: string }
  | { kind: 'not_enrolled'; brand: CardBrand; note: string }
  | { kind: 'challenge'; brand: CardBrand };

/** The documented test numbers (integrators read them in docs/payments.md). */
export const TEST_CARDS = {
  /** VISA: 3-D Secure challenge (code 1234 approves, anything else fails), then paid. */
  visaChallenge: '4000000000001000',
  /** MasterCard: 3-D Secure challenge, then paid. */
  mastercardChallenge: '5200000000001005',
  /** VISA not enrolled in 3-D Secure: the bank's page stays blank, the payment fails. */
  visaNotEnrolled: '4000000000002008',
  /** VISA declined by the issuing bank. */
  visaDeclined: '4000000000000002',
  /** MasterCard declined: insufficient funds. */
  mastercardInsufficientFunds: '5200000000009990',
  /** American Express: refused by its number (network not accepted). */
  amex: '378282246310005',
} as const;

/** The 3-D Secure code that approves a challenge. */
export const CHALLENGE_CODE = '1234';

export function brandOf(number: string): CardBrand {
  if (/^3[47]/.test(number)) return 'amex';
  if (/^4/.test(number)) return 'visa';
  const two = Number(number.slice(0, 2));
  const four = Number(number.slice(0, 4));
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'mastercard';
  return 'other';
}

/** The Luhn check digit holds (what every card number carries). */
export function luhnValid(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false;
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let d = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** What paying with this (well-formed) number does. */
export function behaviourOf(number: string): CardBehaviour {
  const brand = brandOf(number);
  if (brand === 'amex') return { kind: 'refused_network', brand, note: 'American Express is not accepted: pay with a VISA or MasterCard card' };
  if (brand === 'other') return { kind: 'refused_network', brand, note: 'Card network not accepted: pay with a VISA or MasterCard card' };
  if (number === TEST_CARDS.visaDeclined) return { kind: 'declined', brand, note: '05 Do not honor: declined by the issuing bank' };
  if (number === TEST_CARDS.mastercardInsufficientFunds) return { kind: 'declined', brand, note: '51 Insufficient funds: declined by the issuing bank' };
  if (number === TEST_CARDS.visaNotEnrolled)
    return { kind: 'not_enrolled', brand, note: '3-D Secure is not activated on this card: the cardholder must ask their bank' };
  return { kind: 'challenge', brand };
}
