import Fastify, { FastifyInstance } from 'fastify';
import formbody from '@fastify/formbody';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { Agent, request } from 'undici';
import { behaviourOf, CHALLENGE_CODE, luhnValid } from './cards';

/**
 * Guichet's built-in test payment provider: a stand-in for an acquirer, run as its own process on its
 * own port (ADR 0022). The merchant (Guichet's API) opens a session server to server; the customer's
 * browser pays on the provider's hosted page — card numbers never reach Guichet — through a 3-D Secure
 * challenge; the outcome is posted back to the merchant, signed with the shared secret, and the browser
 * is sent back to the shop. It keeps its sessions in memory: it is for tests and demos only.
 */

export interface Session {
  id: string;
  amount: number;
  currency: string;
  /** The merchant's reference (Guichet's transaction id). */
  reference: string;
  description: string;
  returnUrl: string;
  callbackUrl: string;
  status: 'open' | 'challenge' | 'succeeded' | 'failed';
  brand?: string;
  last4?: string;
  note?: string;
  refunded: number;
  /** The outcome's notification to the merchant: tries so far, and whether the merchant took it. */
  notification: { attempts: number; delivered: boolean };
}

/** What the provider posts to the merchant when a payment ends. */
export interface ProviderOutcome {
  sessionId: string;
  reference: string;
  status: 'succeeded' | 'failed';
  amount: number;
  currency: string;
  brand: string | null;
  last4: string | null;
  note: string;
}

export const SIGNATURE_HEADER = 'x-test-provider-signature';

/** `sha256=<hex>`: the HMAC of the exact body with the shared secret. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export interface TestProviderOptions {
  /** Shared with the merchant: authenticates its calls and signs the outcomes. */
  secret: string;
  /** How an outcome reaches the merchant (default: an HTTP POST to the session's callback URL); throws when it did not. */
  deliver?: (url: string, body: string, signature: string) => Promise<void>;
  /** Waits before each new try of an outcome the merchant did not take (default: 1 s, 2 s, 5 s, 10 s, 30 s, 1 min, 5 min). */
  retryDelaysMs?: number[];
}

const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000, 60_000, 300_000];

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const money = (amount: number, currency: string) => `${(amount / 100).toFixed(2)} ${currency}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)}</title><style>
body{font-family:system-ui,sans-serif;background:#eef1f5;margin:0;display:flex;justify-content:center;padding:2rem 1rem;color:#1d2330}
main{background:#fff;border-radius:12px;box-shadow:0 4px 20px #0002;padding:1.5rem;max-width:26rem;width:100%}
h1{font-size:1.2rem;margin:0 0 .25rem}.amount{font-size:1.6rem;font-weight:700;margin:.5rem 0 1rem}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}input{width:100%;box-sizing:border-box;padding:.6rem;font-size:1rem;border:1px solid #b8c0cc;border-radius:6px}
.row{display:flex;gap:.75rem}.row>div{flex:1}button{margin-top:1.25rem;width:100%;padding:.75rem;font-size:1rem;font-weight:700;border:0;border-radius:6px;background:#1d4ed8;color:#fff;cursor:pointer}
.error{color:#b3261e;font-weight:600}.muted{color:#5b6472;font-size:.85rem}.brands{font-size:.8rem;color:#5b6472}
</style></head><body><main>${body}</main></body></html>`;
}

export function createTestProvider(options: TestProviderOptions): FastifyInstance {
  const sessions = new Map<string, Session>();
  const app = Fastify({ logger: false });
  void app.register(formbody);
  // Outcomes go to the merchant over kept-alive connections, as an acquirer's do.
  const agent = new Agent({ keepAliveTimeout: 30_000, headersTimeout: 10_000, bodyTimeout: 10_000 });
  const deliver =
    options.deliver ??
    (async (url: string, body: string, signature: string) => {
      const res = await request(url, {
        method: 'POST',
        dispatcher: agent,
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature },
        body,
      });
      await res.body.dump();
      if (res.statusCode < 200 || res.statusCode >= 300) throw new Error(`the merchant answered ${res.statusCode}`);
    });
  const retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const retries = new Set<ReturnType<typeof setTimeout>>();
  app.addHook('onClose', async () => {
    retries.forEach(clearTimeout);
    await agent.close();
  });

  /**
   * Posts an outcome until the merchant takes it, as acquirers do: a merchant that was down (or died
   * while handling it) gets it again later, signed the same — the same outcome, however many times.
   */
  async function post(session: Session, url: string, body: string, signature: string, attempt = 0): Promise<void> {
    session.notification.attempts++;
    try {
      await deliver(url, body, signature);
      session.notification.delivered = true;
    } catch {
      if (attempt >= retryDelays.length) return;
      const timer = setTimeout(() => {
        retries.delete(timer);
        void post(session, url, body, signature, attempt + 1);
      }, retryDelays[attempt]);
      retries.add(timer);
    }
  }

  const merchant = (authorization: string | undefined) => authorization === `Bearer ${options.secret}`;

  async function finish(session: Session, status: 'succeeded' | 'failed', note: string): Promise<void> {
    session.status = status;
    session.note = note;
    const outcome = outcomeOf(session)!;
    const body = JSON.stringify(outcome);
    await post(session, session.callbackUrl, body, signBody(options.secret, body));
  }

  const outcomeOf = (session: Session): ProviderOutcome | null =>
    session.status === 'succeeded' || session.status === 'failed'
      ? {
          sessionId: session.id,
          reference: session.reference,
          status: session.status,
          amount: session.amount,
          currency: session.currency,
          brand: session.brand ?? null,
          last4: session.last4 ?? null,
          note: session.note ?? '',
        }
      : null;

  const back = (session: Session) => {
    const url = new URL(session.returnUrl);
    url.searchParams.set('transaction', session.reference);
    return url.toString();
  };

  app.get('/health', async () => ({ status: 'ok' }));

  // — Server to server (the merchant) —

  app.post<{ Body: Partial<Pick<Session, 'amount' | 'currency' | 'reference' | 'description' | 'returnUrl' | 'callbackUrl'>> }>(
    '/sessions',
    async (req, reply) => {
      if (!merchant(req.headers.authorization)) return reply.code(401).send({ error: 'unauthorized' });
      const b = req.body ?? {};
      if (!Number.isInteger(b.amount) || (b.amount ?? 0) <= 0 || !b.currency || !b.reference || !b.returnUrl || !b.callbackUrl)
        return reply.code(400).send({ error: 'amount, currency, reference, returnUrl and callbackUrl are required' });
      const id = `ts_${randomBytes(12).toString('hex')}`;
      sessions.set(id, {
        id,
        amount: b.amount!,
        currency: b.currency,
        reference: b.reference,
        description: b.description ?? '',
        returnUrl: b.returnUrl,
        callbackUrl: b.callbackUrl,
        status: 'open',
        refunded: 0,
        notification: { attempts: 0, delivered: false },
      });
      const base = `${req.protocol}://${req.headers.host}`;
      return reply.code(201).send({ id, redirectUrl: `${base}/pay/${id}` });
    },
  );

  // How a session ended, asked by the merchant when the customer is back and no callback came (yet).
  app.get<{ Params: { id: string } }>('/sessions/:id', async (req, reply) => {
    if (!merchant(req.headers.authorization)) return reply.code(401).send({ error: 'unauthorized' });
    const session = sessions.get(req.params.id);
    if (!session) return reply.code(404).send({ error: 'unknown session' });
    return { id: session.id, status: session.status, outcome: outcomeOf(session), notification: session.notification };
  });

  app.post<{ Body: { sessionId?: string; amount?: number } }>('/refunds', async (req, reply) => {
    if (!merchant(req.headers.authorization)) return reply.code(401).send({ error: 'unauthorized' });
    const session = sessions.get(req.body?.sessionId ?? '');
    const amount = req.body?.amount ?? 0;
    if (!session || session.status !== 'succeeded') return reply.code(409).send({ status: 'failed', note: 'No captured payment to refund' });
    if (!Number.isInteger(amount) || amount <= 0 || session.refunded + amount > session.amount)
      return reply.code(409).send({ status: 'failed', note: 'The refund exceeds what was captured' });
    session.refunded += amount;
    return reply.code(201).send({ status: 'succeeded', refundId: `tr_${randomUUID()}`, note: 'Refunded to the card' });
  });

  // — The customer's browser —

  const form = (session: Session, error?: string) =>
    page(
      'Paiement',
      `<h1>Paiement sécurisé</h1><p class="muted">${escape(session.description)}</p><p class="amount" data-testid="provider-amount">${money(session.amount, session.currency)}</p>
${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/pay/${session.id}">
<label for="number">Numéro de carte</label><input id="number" name="number" inputmode="numeric" autocomplete="cc-number" required>
<div class="row"><div><label for="expiry">Expiration (MM/AA)</label><input id="expiry" name="expiry" autocomplete="cc-exp" required></div>
<div><label for="cvc">CVC</label><input id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" required></div></div>
<button type="submit">Payer ${money(session.amount, session.currency)}</button></form>
<p class="brands">VISA · MasterCard — fournisseur de test de Guichet</p>`,
    );

  app.get<{ Params: { id: string } }>('/pay/:id', async (req, reply) => {
    const session = sessions.get(req.params.id);
    if (!session) return reply.code(404).type('text/html').send(page('Introuvable', '<h1>Session de paiement introuvable</h1>'));
    if (session.status === 'succeeded' || session.status === 'failed') return reply.redirect(back(session), 303);
    return reply.type('text/html').send(session.status === 'challenge' ? challenge(session) : form(session));
  });

  app.post<{ Params: { id: string }; Body: { number?: string; expiry?: string; cvc?: string } }>('/pay/:id', async (req, reply) => {
    const session = sessions.get(req.params.id);
    if (!session || session.status !== 'open') return reply.code(409).type('text/html').send(page('Paiement', '<h1>Ce paiement n’est plus ouvert</h1>'));
    const number = (req.body?.number ?? '').replace(/[\s-]/g, '');
    const expiry = /^(0[1-9]|1[0-2])\/?(\d{2})$/.exec((req.body?.expiry ?? '').trim());
    if (!luhnValid(number)) return reply.type('text/html').send(form(session, 'Ce numéro de carte n’est pas valable.'));
    if (!expiry) return reply.type('text/html').send(form(session, 'La date d’expiration s’écrit MM/AA.'));
    if (!/^\d{3,4}$/.test(req.body?.cvc ?? '')) return reply.type('text/html').send(form(session, 'Le CVC a 3 ou 4 chiffres.'));
    const behaviour = behaviourOf(number);
    session.brand = behaviour.brand;
    session.last4 = number.slice(-4);
    if (behaviour.kind === 'refused_network' || behaviour.kind === 'declined') {
      await finish(session, 'failed', behaviour.note);
      return reply.redirect(back(session), 303);
    }
    if (behaviour.kind === 'not_enrolled') {
      // The bank has no 3-D Secure page for this card: the customer sees a blank page (seed 003).
      await finish(session, 'failed', behaviour.note);
      return reply
        .type('text/html')
        .send('<!doctype html><html lang="fr"><head><meta charset="utf-8"><title></title></head><body data-testid="blank-3ds"></body></html>');
    }
    session.status = 'challenge';
    return reply.type('text/html').send(challenge(session));
  });

  const challenge = (session: Session) =>
    page(
      '3-D Secure',
      `<h1>Votre banque vérifie le paiement</h1><p class="muted">3-D Secure · ${escape(session.brand ?? '')} •••• ${escape(session.last4 ?? '')}</p>
<p class="amount">${money(session.amount, session.currency)}</p>
<form method="post" action="/pay/${session.id}/3ds"><label for="code">Code reçu par SMS (test : ${CHALLENGE_CODE})</label>
<input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required><button type="submit">Confirmer</button></form>`,
    );

  app.post<{ Params: { id: string }; Body: { code?: string } }>('/pay/:id/3ds', async (req, reply) => {
    const session = sessions.get(req.params.id);
    if (!session || session.status !== 'challenge') return reply.code(409).type('text/html').send(page('Paiement', '<h1>Ce paiement n’est plus ouvert</h1>'));
    if (req.body?.code === CHALLENGE_CODE) await finish(session, 'succeeded', 'Authorised (3-D Secure authenticated)');
    else await finish(session, 'failed', '3-D Secure authentication failed');
    return reply.redirect(back(session), 303);
  });

  return app;
}
