import { describe, expect, it } from 'vitest';
import { testKey } from './test-codes';
import { checkSignedCode, readCode } from './ticket-code';

const TICKET = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

describe('reading a scanned code', () => {
  it('takes 18 digits as a barcode to look up, spaces around it ignored', () => {
    expect(readCode(' 123456789012345678\n')).toEqual({ kind: 'barcode', barcode: '123456789012345678' });
    expect(readCode('12345678901234567').kind).toBe('malformed');
  });

  it('splits a signed code into its key id, ticket id and signature', async () => {
    const key = await testKey();
    const code = readCode(await key.sign(TICKET));
    expect(code).toMatchObject({ kind: 'signed', kid: key.kid, ticketId: TICKET });
  });

  it.each(['', 'hello', 'G2.0123456789.AAAAAAAAAAAAAAAAAAAAAA.x', 'G1.ABC.AAAAAAAAAAAAAAAAAAAAAA.x', 'G1.0123456789.AAAA.AAAA', 'G1.0123456789.*.*'])(
    'takes %j as neither',
    (raw) => expect(readCode(raw).kind).toBe('malformed'),
  );
});

describe('verifying a signed code offline', () => {
  it('finds a code signed by a key of the list genuine', async () => {
    const key = await testKey();
    const code = readCode(await key.sign(TICKET));
    if (code.kind !== 'signed') throw new Error('not signed');
    expect(await checkSignedCode(code, [key])).toEqual({ status: 'genuine', ticketId: TICKET });
  });

  it('finds a code with another ticket id under the signature forged', async () => {
    const key = await testKey();
    const [g1, kid, , signature] = (await key.sign(TICKET)).split('.');
    const other = await key.sign('00000000-0000-4000-8000-000000000001');
    const code = readCode([g1, kid, other.split('.')[2], signature].join('.'));
    if (code.kind !== 'signed') throw new Error('not signed');
    expect(await checkSignedCode(code, [key])).toEqual({ status: 'forged' });
  });

  it('does not know a code whose key is not the ticketing’s', async () => {
    const key = await testKey();
    const stranger = await testKey('abcdefabcd');
    const code = readCode(await stranger.sign(TICKET));
    if (code.kind !== 'signed') throw new Error('not signed');
    expect(await checkSignedCode(code, [key])).toEqual({ status: 'unknown_key' });
  });

  it('finds a code signed by another key under the same key id forged', async () => {
    const key = await testKey();
    const impostor = await testKey(key.kid);
    const code = readCode(await impostor.sign(TICKET));
    if (code.kind !== 'signed') throw new Error('not signed');
    expect(await checkSignedCode(code, [key])).toEqual({ status: 'forged' });
  });
});
