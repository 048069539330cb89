import { getPublicKeyAsync, signAsync, utils } from '@noble/ed25519';

/** Test helpers: a ticketing's key and codes signed as `platform/signing/ticket-code.ts` signs them. */
export const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

export async function testKey(kid = '0123456789') {
  const secret = utils.randomSecretKey();
  const publicKey = toBase64Url(await getPublicKeyAsync(secret));
  return {
    kid,
    publicKey,
    async sign(ticketId: string): Promise<string> {
      const id = Uint8Array.from(ticketId.replace(/-/g, '').match(/../g)!, (h) => parseInt(h, 16));
      const signed = `G1.${kid}.${toBase64Url(id)}`;
      return `${signed}.${toBase64Url(await signAsync(new TextEncoder().encode(signed), secret))}`;
    },
  };
}
