/**
 * What Guichet needs of a card acquirer (PAY-1). The built-in test provider implements it over HTTP;
 * a real acquirer (Datatrans, Saferpay, Stripe…) is another implementation of the same interface.
 */
export interface PaymentProvider {
  /** Its name in the transactions (`test`). */
  readonly name: string;
  /** Opens a hosted payment page for this amount; the customer's browser is sent to `redirectUrl`. */
  openSession(input: { reference: string; amount: number; currency: string; description: string; returnUrl: string; callbackUrl: string }): Promise<{
    session: string;
    redirectUrl: string;
  }>;
  /** Reads a signed outcome the provider posted; null when the signature does not hold. */
  readOutcome(rawBody: string, signature: string | undefined): ProviderOutcome | null;
  /**
   * Asks how a session ended (null while the customer has not finished): what settles an attempt
   * whose callback was lost — the API down when it came, or killed while handling it.
   */
  fetchOutcome(session: string): Promise<ProviderOutcome | null>;
  /** Gives money back to the card of a captured session. */
  refund(input: { session: string; amount: number }): Promise<{ ok: boolean; reference: string | null; note: string }>;
}

export interface ProviderOutcome {
  session: string;
  status: 'succeeded' | 'failed';
  amount: number;
  currency: string;
  brand: string | null;
  last4: string | null;
  note: string;
}

/** Nest injection token of the configured provider. */
export const PAYMENT_PROVIDER = Symbol('PAYMENT_PROVIDER');
