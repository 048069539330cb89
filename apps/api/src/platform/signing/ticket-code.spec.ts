import { randomUUID } from 'node:crypto';
import { generateSigningKey, parseTicketCode, signTicketCode, toPrivateKey, toPublicKey, verifyTicketCode } from './ticket-code';

describe('ticket codes', () => {
  const key = generateSigningKey();
  const other = generateSigningKey();

  it('round-trips the ticket id and verifies with the signing key', () => {
    const ticketId = randomUUID();
    const code = signTicketCode(key.kid, toPrivateKey(key.privateKeyPem), ticketId);
    const parsed = parseTicketCode(code);
    expect(parsed).toMatchObject({ kid: key.kid, ticketId });
    expect(verifyTicketCode(parsed!, toPublicKey(key.publicKeyPem))).toBe(true);
  });

  it('refuses a code signed by another key', () => {
    const code = signTicketCode(key.kid, toPrivateKey(other.privateKeyPem), randomUUID());
    expect(verifyTicketCode(parseTicketCode(code)!, toPublicKey(key.publicKeyPem))).toBe(false);
  });

  it('refuses a code whose ticket id was changed', () => {
    const code = signTicketCode(key.kid, toPrivateKey(key.privateKeyPem), randomUUID());
    const parts = code.split('.');
    parts[2] = Buffer.from(randomUUID().replace(/-/g, ''), 'hex').toString('base64url');
    expect(verifyTicketCode(parseTicketCode(parts.join('.'))!, toPublicKey(key.publicKeyPem))).toBe(false);
  });

  it.each(['', 'hello', 'G1.zz.abc.def', 'G2.0011223344.AAAA.BBBB'])('does not parse %p', (code) => {
    expect(parseTicketCode(code)).toBeNull();
  });
});
