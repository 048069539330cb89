import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, randomBytes, sign, verify } from 'node:crypto';

/**
 * Ticket codes: `G1.<kid>.<ticket id, base64url>.<Ed25519 signature, base64url>`.
 * The signature covers everything before it, so a scanner holding the public key can tell a
 * forged code from a real one without the server.
 */
const VERSION = 'G1';

export interface KeyPairPem {
  kid: string;
  publicKeyPem: string;
  privateKeyPem: string;
}

export interface ParsedCode {
  kid: string;
  ticketId: string;
  signed: string;
  signature: Buffer;
}

export function generateSigningKey(): KeyPairPem {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    kid: randomBytes(5).toString('hex'),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

const uuidToBytes = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex');
const bytesToUuid = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

export function signTicketCode(kid: string, privateKey: KeyObject, ticketId: string): string {
  const signed = `${VERSION}.${kid}.${uuidToBytes(ticketId).toString('base64url')}`;
  return `${signed}.${sign(null, Buffer.from(signed), privateKey).toString('base64url')}`;
}

/** Splits a code into its parts; null when it is not shaped like a Guichet code at all. */
export function parseTicketCode(code: string): ParsedCode | null {
  const parts = code.trim().split('.');
  if (parts.length !== 4 || parts[0] !== VERSION || !/^[0-9a-f]{10}$/.test(parts[1])) return null;
  const id = Buffer.from(parts[2], 'base64url');
  const signature = Buffer.from(parts[3], 'base64url');
  if (id.length !== 16 || signature.length !== 64) return null;
  return { kid: parts[1], ticketId: bytesToUuid(id), signed: parts.slice(0, 3).join('.'), signature };
}

export function verifyTicketCode(parsed: ParsedCode, publicKey: KeyObject): boolean {
  return verify(null, Buffer.from(parsed.signed), publicKey, parsed.signature);
}

export const toPrivateKey = (pem: string) => createPrivateKey(pem);
export const toPublicKey = (pem: string) => createPublicKey(pem);
