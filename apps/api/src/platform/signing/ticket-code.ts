import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject, randomBytes, randomInt, sign, verify } from 'node:crypto';

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

/**
 * A ticket's barcode (ADR 0041): 18 random digits (about 60 bits), printed as a Code 128 for the
 * scanners that read no QR code. Unlike the signed code it proves nothing by itself: the door
 * looks it up, so only a ticket issued by this ticketing opens with it, and guessing one among
 * 10^18 is hopeless. An even count of digits keeps Code 128 in set C (two digits per symbol):
 * about 50 mm on a thermal ticket.
 */
export function newTicketBarcode(): string {
  const nine = () => String(randomInt(0, 1_000_000_000)).padStart(9, '0');
  return nine() + nine();
}

/** What a scanned barcode looks like, beside the signed code. */
export const isTicketBarcode = (code: string): boolean => /^\d{18}$/.test(code.trim());
