import { declareProblems } from '../problem';

/** What a write carrying an `Idempotency-Key` may meet besides its own rules (ADR 0023). */
export const IdempotencyProblems = declareProblems('idempotency', {
  IDEMPOTENCY_KEY_IN_FLIGHT: { status: 409, summary: 'A request with this Idempotency-Key is still being processed; retry once it has been answered' },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    summary: 'This Idempotency-Key was already used with another request (method, path or body); use a new key for a new request',
  },
});
