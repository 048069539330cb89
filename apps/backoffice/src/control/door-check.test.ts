import { describe, expect, it } from 'vitest';
import { answerOffline, type DoorList, type DoorRules, type DoorTicket, type ScanState, stateAfter } from './door-check';
import { testKey } from './test-codes';

const NORMAL: DoorRules = { mode: 'normal', direction: 'in', zoneIds: [] };

const DATE = '11111111-1111-4111-8111-111111111111';
const ZONE = '22222222-2222-4222-8222-222222222222';
const OTHER_ZONE = '33333333-3333-4333-8333-333333333333';
let n = 0;
function ticket(over: Partial<DoorTicket> = {}): DoorTicket {
  n += 1;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return { id, barcode: String(n).padStart(18, '0'), dateId: DATE, zoneId: ZONE, status: 'valid', paid: true, scanState: 'unscanned', ...over };
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
    const admitted = new Map<string, ScanState>();
    const first = await answerOffline(await key.sign(t.id), list, admitted);
    expect(first).toEqual({ result: 'accepted', ticket: t });
    admitted.set(t.id, 'in');
    expect((await answerOffline(t.barcode, list, admitted)).result).toBe('already_used');
  });

  it('refuses a ticket the list says is inside', async () => {
    const t = ticket({ scanState: 'in' });
    const { list } = await door([t]);
    expect((await answerOffline(t.barcode, list, new Map())).result).toBe('already_used');
  });

  it.each(['cancelled', 'blacklisted', 'replaced'] as const)('refuses a %s ticket with its status (the revocation list)', async (status) => {
    const t = ticket({ status });
    const { key, list } = await door([t]);
    expect((await answerOffline(await key.sign(t.id), list, new Map())).result).toBe(status);
  });

  it('refuses an unpaid reservation’s ticket as not paid', async () => {
    const t = ticket({ paid: false });
    const { list } = await door([t]);
    expect((await answerOffline(t.barcode, list, new Map())).result).toBe('not_paid');
  });

  it('refuses a genuine code not in the list as another date’s', async () => {
    const { key, list } = await door([ticket()]);
    expect((await answerOffline(await key.sign('99999999-9999-4999-8999-999999999999'), list, new Map())).result).toBe('wrong_date');
  });

  it('does not know a barcode not in the list, or garbage', async () => {
    const { list } = await door([ticket()]);
    expect((await answerOffline('999999999999999999', list, new Map())).result).toBe('unknown');
    expect((await answerOffline('hello', list, new Map())).result).toBe('unknown');
  });

  it('calls a code whose signature does not verify forged', async () => {
    const t = ticket();
    const { list } = await door([t]);
    const impostor = await testKey(list.keys[0].kid);
    expect(await answerOffline(await impostor.sign(t.id), list, new Map())).toEqual({ result: 'forged', ticket: null });
  });
});

describe('the offline answer in each mode', () => {
  const entry: DoorRules = { mode: 'entry_exit', direction: 'in', zoneIds: [] };
  const exit: DoorRules = { ...entry, direction: 'out' };
  const multiple: DoorRules = { mode: 'multiple', direction: 'in', zoneIds: [] };

  /** Scans one after the other, as the device does: each accepted scan moves the ticket where the door sends it. */
  async function scans(t: DoorTicket, doors: DoorRules[]) {
    const { list } = await door([t]);
    const moved = new Map<string, ScanState>();
    const results = [];
    for (const d of doors) {
      const { result } = await answerOffline(t.barcode, list, moved, d);
      if (result === 'accepted') moved.set(t.id, stateAfter(d));
      results.push(result);
    }
    return results;
  }

  it('entry/exit: in and out alternate; a second entry is already inside, an exit of a ticket not in is not inside', async () => {
    expect(await scans(ticket(), [exit, entry, entry, exit, exit, entry])).toEqual([
      'not_inside',
      'accepted',
      'already_inside',
      'accepted',
      'not_inside',
      'accepted',
    ]);
  });

  it('entry/exit: a ticket the list says is inside may go out, not in', async () => {
    expect(await scans(ticket({ scanState: 'in' }), [entry, exit])).toEqual(['already_inside', 'accepted']);
  });

  it('normal: a ticket let out at an entry/exit door may come back once', async () => {
    expect(await scans(ticket({ scanState: 'out' }), [NORMAL, NORMAL])).toEqual(['accepted', 'already_used']);
  });

  it('multiple entries: never refused for having entered', async () => {
    expect(await scans(ticket({ scanState: 'in' }), [multiple, multiple, multiple])).toEqual(['accepted', 'accepted', 'accepted']);
  });

  it.each([
    ['normal', NORMAL],
    ['entry/exit', entry],
    ['multiple', multiple],
  ])('%s: still refuses another date, a revoked ticket and an unpaid one', async (_name, d) => {
    const t = ticket();
    const cancelled = ticket({ status: 'cancelled' });
    const unpaid = ticket({ paid: false });
    const { key, list } = await door([t, cancelled, unpaid]);
    const answer = async (code: string) => (await answerOffline(code, list, new Map(), d)).result;
    expect(await answer(await key.sign('99999999-9999-4999-8999-999999999999'))).toBe('wrong_date');
    expect(await answer(cancelled.barcode)).toBe('cancelled');
    expect(await answer(unpaid.barcode)).toBe('not_paid');
  });

  it('a door scanning some zones refuses a ticket of another zone, in every mode, before its scan state', async () => {
    const mine = ticket({ zoneId: ZONE });
    const theirs = ticket({ zoneId: OTHER_ZONE, scanState: 'in' });
    const { list } = await door([mine, theirs]);
    for (const d of [NORMAL, entry, multiple]) {
      const zoned = { ...d, zoneIds: [ZONE] };
      expect((await answerOffline(theirs.barcode, list, new Map(), zoned)).result).toBe('wrong_zone');
      expect((await answerOffline(mine.barcode, list, new Map(), zoned)).result).toBe('accepted');
    }
  });
});
