import { createHash } from 'node:crypto';
import { ValidationFailedError } from '../problem';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';

/** How long a key and its answer are kept: a retry within a day gets the first answer. */
export const KEY_TTL_MS = 24 * 60 * 60 * 1000;

/** The methods that take a key: every write. */
export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The response headers a replay gives back besides status and body (not the correlation id, which is the new request's). */
export const STORED_HEADERS = ['content-type', 'location', 'content-disposition', 'etag'];

const KEY = /^[\x21-\x7e]{1,255}$/;

/** The request's key, if it sent one: 1–255 visible ASCII characters, else a 400 naming the header. */
export function idempotencyKeyOf(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) throw keyRefused('must be sent once');
  if (!KEY.test(value)) throw keyRefused('must be 1 to 255 visible ASCII characters');
  return value;
}

export function keyRefused(message: string): ValidationFailedError {
  return new ValidationFailedError([{ field: IDEMPOTENCY_HEADER, message }], `The ${IDEMPOTENCY_HEADER} header is not valid`);
}

/** JSON with object keys sorted, so the same body sent with its members in another order is the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** SHA-256 of the parsed body: the same key with another body is another request (422). */
export function bodyFingerprint(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}
