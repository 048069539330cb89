import createClient, { type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './schema.js';

export type { components, operations, paths };
export type Schemas = components['schemas'];

/** The RFC 9457 problem every error response carries. */
export type Problem = Schemas['ProblemDto'];

/** Every problem code the API can answer (the contract's `ProblemCode` enum). */
export type ProblemCode = Schemas['ProblemCode'];

export interface ClientOptions {
  /** Origin of the API, e.g. `http://127.0.0.1:3000`; empty for same-origin (the SPAs' proxy). */
  baseUrl?: string;
  /** Returns the bearer token to send, if any (user or device token). */
  token?: () => string | null | undefined;
  fetch?: typeof fetch;
}

/** A typed Guichet API client generated from openapi/openapi.json. */
export function createGuichetClient(options: ClientOptions = {}) {
  const client = createClient<paths>({ baseUrl: options.baseUrl ?? '', fetch: options.fetch });
  const auth: Middleware = {
    onRequest({ request }) {
      const token = options.token?.();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
  client.use(auth);
  return client;
}

export type GuichetClient = ReturnType<typeof createGuichetClient>;

/**
 * A new `Idempotency-Key`: 128 random bits in hex. `crypto.getRandomValues` (unlike `randomUUID`)
 * works outside secure contexts too, e.g. a shop served over plain HTTP on a local network.
 */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
