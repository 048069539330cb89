import { describe, expect, it } from 'vitest';
import { CheckoutAttempt } from './checkout-attempt';

const request = { customer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.ch' }, paymentMethod: 'on_site' };

describe('CheckoutAttempt', () => {
  it('makes keys the API takes: 32 hex characters, a new one each time', () => {
    const first = new CheckoutAttempt().keyFor(request);
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(new CheckoutAttempt().keyFor(request)).not.toBe(first);
  });

  it('keeps the key for a retry of a try that got no answer', () => {
    const attempt = new CheckoutAttempt();
    const key = attempt.keyFor(request);
    attempt.settle(null);
    expect(attempt.keyFor(request)).toBe(key);
    attempt.settle({ status: 502 });
    expect(attempt.keyFor(request)).toBe(key);
    attempt.settle({ status: 409, code: 'IDEMPOTENCY_KEY_IN_FLIGHT' });
    expect(attempt.keyFor(request)).toBe(key);
  });

  it('starts a new attempt after an answer, or when the request changed', () => {
    const attempt = new CheckoutAttempt();
    const key = attempt.keyFor(request);
    attempt.settle({ status: 422, code: 'PROMO_CODE_UNAVAILABLE' });
    const next = attempt.keyFor(request);
    expect(next).not.toBe(key);
    attempt.settle(null);
    expect(attempt.keyFor({ ...request, customer: { ...request.customer, email: 'ada@lovelace.ch' } })).not.toBe(next);
  });
});
