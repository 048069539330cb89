import { createHmac, timingSafeEqual } from 'node:crypto';
import { PaymentProvider, ProviderOutcome } from './payment-provider';

/** An outcome as the test provider writes it. */
interface PostedOutcome {
  sessionId: string;
  status: 'succeeded' | 'failed';
  amount: number;
  currency: string;
  brand: string | null;
  last4: string | null;
  note: string;
}

const outcomeFrom = (o: PostedOutcome): ProviderOutcome => ({
  session: o.sessionId,
  status: o.status,
  amount: o.amount,
  currency: o.currency,
  brand: o.brand,
  last4: o.last4,
  note: o.note,
});

/** The built-in test provider (apps/api/src/test-provider), reached over HTTP like any acquirer. */
export class TestProviderClient implements PaymentProvider {
  readonly name = 'test';

  constructor(
    private readonly baseUrl: string,
    private readonly secret: string,
  ) {}

  async openSession(input: { reference: string; amount: number; currency: string; description: string; returnUrl: string; callbackUrl: string }) {
    const res = await fetch(`${this.baseUrl}/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.secret}` },
      body: JSON.stringify(input),
      signal: AbortSignal.timeout(10_000),
    });
    if (res.status !== 201) throw new Error(`test provider: opening a session answered ${res.status}`);
    const body = (await res.json()) as { id: string; redirectUrl: string };
    return { session: body.id, redirectUrl: body.redirectUrl };
  }

  readOutcome(rawBody: string, signature: string | undefined): ProviderOutcome | null {
    const expected = Buffer.from(`sha256=${createHmac('sha256', this.secret).update(rawBody).digest('hex')}`);
    const given = Buffer.from(signature ?? '');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    return outcomeFrom(JSON.parse(rawBody) as PostedOutcome);
  }

  async fetchOutcome(session: string): Promise<ProviderOutcome | null> {
    const res = await fetch(`${this.baseUrl}/sessions/${encodeURIComponent(session)}`, {
      headers: { authorization: `Bearer ${this.secret}` },
      signal: AbortSignal.timeout(10_000),
    });
    if (res.status !== 200) throw new Error(`test provider: reading a session answered ${res.status}`);
    const body = (await res.json()) as { outcome: PostedOutcome | null };
    return body.outcome ? outcomeFrom(body.outcome) : null;
  }

  async refund(input: { session: string; amount: number }) {
    const res = await fetch(`${this.baseUrl}/refunds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.secret}` },
      body: JSON.stringify({ sessionId: input.session, amount: input.amount }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await res.json()) as { status: string; refundId?: string; note?: string };
    return { ok: res.status === 201 && body.status === 'succeeded', reference: body.refundId ?? null, note: body.note ?? '' };
  }
}
