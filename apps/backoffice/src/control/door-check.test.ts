import { describe, expect, it } from 'vitest';
import { answerOffline, type DoorList, type DoorTicket } from './door-check';
import { testKey } from './test-codes';

const DATE = '11111111-1111-4111-8111-111111111111';
let n = 0;
function ticket(over: Partial<DoorTicket> = {}): DoorTicket {
  n += 1;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return { id, barcode: String(n).padStart(18, '0'), dateId: DATE, zoneId: DATE, status: 'valid', paid: true, scanState: 'unscanned', ...over };
}

async function door(tickets: DoorTicket[]) {
  const key = await testKey();
  const list: DoorList = { generatedAt: new Date().toISOString(), keys: [{ kid: key.kid, publicKey: key.publicKey }], tickets };
  return { key, list };
}

describe('the offline answer', () => {
  it('lets a valid paid ticket in once: the second scan, by the same code or its barcode, is already used', async () => {
    const t = ticket();
    const { key, list } = await door([t]);
    const admitted = new Set<string>();
    const first = await answerOffline(await key.sign(t.id), list, admitted);
    expect(first).toEqual({ result: 'accepted', ticket: t });
    admitted.add(t.id);
    expect((await answerOffline(t.barcode, list, admitted)).result).toBe('already_used');
  });

  it('refuses a ticket the list says is inside', async () => {
    const t = ticket({ scanState: 'in' });
    const { list } = await door([t]);
    expect((await answerOffline(t.barcode, list, new Set())).result).toBe('already_used');
  });

  it.each(['cancelled', 'blacklisted', 'replaced'] as const)('refuses a %s ticket with its status (the revocation list)', async (status) => {
    const t = ticket({ status });
    const { key, list } = await door([t]);
    expect((await answerOffline(await key.sign(t.id), list, new Set())).result).toBe(status);
  });

  it('refuses an unpaid reservation’s ticket as not paid', async () => {
    const t = ticket({ paid: false });
    const { list } = await door([t]);
    expect((await answerOffline(t.barcode, list, new Set())).result).toBe('not_paid');
  });

  it('refuses a genuine code not in the list as another date’s', async () => {
    const { key, list } = await door([ticket()]);
    expect((await answerOffline(await key.sign('99999999-9999-4999-8999-999999999999'), list, new Set())).result).toBe('wrong_date');
  });

  it('does not know a barcode not in the list, or garbage', async () => {
    const { list } = await door([ticket()]);
    expect((await answerOffline('999999999999999999', list, new Set())).result).toBe('unknown');
    expect((await answerOffline('hello', list, new Set())).result).toBe('unknown');
  });

  it('calls a code whose signature does not verify forged', async () => {
    const t = ticket();
    const { list } = await door([t]);
    const impostor = await testKey(list.keys[0].kid);
    expect(await answerOffline(await impostor.sign(t.id), list, new Set())).toEqual({ result: 'forged', ticket: null });
  });
});
