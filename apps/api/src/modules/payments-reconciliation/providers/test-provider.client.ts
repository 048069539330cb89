import { createHmac, timingSafeEqual } from 'node:crypto';
import { Agent, request } from 'undici';
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
  /**
   * Kept-alive connections to the provider, as to any acquirer: a payment opened at checkout is one
   * round trip on a warm socket (undici's `request`; `fetch` costs several times its CPU per call).
   */
  private readonly agent = new Agent({ keepAliveTimeout: 30_000, headersTimeout: 10_000, bodyTimeout: 10_000 });

  constructor(
    private readonly baseUrl: string,
    private readonly secret: string,
  ) {}

  private async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const res = await request(`${this.baseUrl}${path}`, {
      method,
      dispatcher: this.agent,
      headers: { authorization: `Bearer ${this.secret}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.statusCode, body: (await res.body.json()) as T };
  }

  async openSession(input: { reference: string; amount: number; currency: string; description: string; returnUrl: string; callbackUrl: string }) {
    const res = await this.call<{ id: string; redirectUrl: string }>('POST', '/sessions', input);
    if (res.status !== 201) throw new Error(`test provider: opening a session answered ${res.status}`);
    return { session: res.body.id, redirectUrl: res.body.redirectUrl };
  }

  readOutcome(rawBody: string, signature: string | undefined): ProviderOutcome | null {
    const expected = Buffer.from(`sha256=${createHmac('sha256', this.secret).update(rawBody).digest('hex')}`);
    const given = Buffer.from(signature ?? '');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    return outcomeFrom(JSON.parse(rawBody) as PostedOutcome);
  }

  async fetchOutcome(session: string): Promise<ProviderOutcome | null> {
    const res = await this.call<{ outcome: PostedOutcome | null }>('GET', `/sessions/${encodeURIComponent(session)}`);
    if (res.status !== 200) throw new Error(`test provider: reading a session answered ${res.status}`);
    return res.body.outcome ? outcomeFrom(res.body.outcome) : null;
  }

  async refund(input: { session: string; amount: number }) {
    const res = await this.call<{ status: string; refundId?: string; note?: string }>('POST', '/refunds', { sessionId: input.session, amount: input.amount });
    return { ok: res.status === 201 && res.body.status === 'succeeded', reference: res.body.refundId ?? null, note: res.body.note ?? '' };
  }

  /** Nest calls it at shutdown: the kept-alive sockets go with the app. */
  onApplicationShutdown(): Promise<void> {
    return this.agent.close();
  }
}
