import { newIdempotencyKey } from '@guichet/api-client';

/**
 * The `Idempotency-Key` of a checkout attempt. A try that got no answer (the connection dropped,
 * a server error, the first try still running) is retried with the same key, so a lost answer
 * never makes a second order and the retry gets the order the first try made. A try that got an
 * answer, or a changed request (another email), starts a new attempt with a new key.
 */
export class CheckoutAttempt {
  private current: { request: string; key: string } | null = null;

  constructor(private readonly newKey: () => string = newIdempotencyKey) {}

  /** The key to send with this request. */
  keyFor(request: unknown): string {
    const fingerprint = JSON.stringify(request);
    if (this.current?.request !== fingerprint) this.current = { request: fingerprint, key: this.newKey() };
    return this.current.key;
  }

  /** What the try got: `null` when no answer arrived (the request failed on the way). */
  settle(answer: { status: number; code?: string } | null): void {
    const retryable = answer === null || answer.status >= 500 || answer.code === 'IDEMPOTENCY_KEY_IN_FLIGHT';
    if (!retryable) this.current = null;
  }
}
