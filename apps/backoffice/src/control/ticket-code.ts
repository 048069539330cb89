import { verifyAsync } from '@noble/ed25519';

/**
 * What a scanner read, as the API reads it (`platform/signing/ticket-code.ts`): an 18-digit barcode
 * to look up (ADR 0041), a signed code `G1.<kid>.<ticket id>.<signature>` to verify, or neither.
 */
export type ReadCode =
  { kind: 'barcode'; barcode: string } | { kind: 'signed'; kid: string; ticketId: string; signed: string; signature: Uint8Array } | { kind: 'malformed' };

/** A public key of the ticketing, as the door list gives it: the raw 32 bytes in base64url. */
export interface DoorKey {
  kid: string;
  publicKey: string;
}

export type CodeCheck = { status: 'genuine'; ticketId: string } | { status: 'forged' | 'unknown_key' | 'malformed' };

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

function bytesToUuid(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function readCode(raw: string): ReadCode {
  const code = raw.trim();
  if (/^\d{18}$/.test(code)) return { kind: 'barcode', barcode: code };
  const parts = code.split('.');
  if (parts.length !== 4 || parts[0] !== 'G1' || !/^[0-9a-f]{10}$/.test(parts[1])) return { kind: 'malformed' };
  const id = fromBase64Url(parts[2]);
  const signature = fromBase64Url(parts[3]);
  if (id?.length !== 16 || signature?.length !== 64) return { kind: 'malformed' };
  return { kind: 'signed', kid: parts[1], ticketId: bytesToUuid(id), signed: parts.slice(0, 3).join('.'), signature };
}

/** Verifies a signed code with the ticketing's keys, as the server does: a key it does not hold is not this ticketing's. */
export async function checkSignedCode(code: Extract<ReadCode, { kind: 'signed' }>, keys: DoorKey[]): Promise<CodeCheck> {
  const key = keys.find((k) => k.kid === code.kid);
  const publicKey = key ? fromBase64Url(key.publicKey) : null;
  if (publicKey?.length !== 32) return { status: 'unknown_key' };
  try {
    const genuine = await verifyAsync(code.signature, new TextEncoder().encode(code.signed), publicKey);
    return genuine ? { status: 'genuine', ticketId: code.ticketId } : { status: 'forged' };
  } catch {
    // A key or signature that is not a curve point cannot have signed anything.
    return { status: 'forged' };
  }
}
