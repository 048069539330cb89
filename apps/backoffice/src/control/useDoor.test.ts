import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, nextTick } from 'vue';
import type { DoorList } from './door-check';
import type { ScannerSetup } from './scanner-setup';
import { useDoor } from './useDoor';

const TICKETING = 'tkt';
const DATE = '11111111-1111-4111-8111-111111111111';
const BARCODE = '123456789012345678';
const SETUP: ScannerSetup = { device: { id: 'dev', name: 'Porte', token: 'device-token' }, dateIds: [DATE] };
const LIST: DoorList = {
  generatedAt: '2026-12-02T19:00:00.000Z',
  keys: [],
  tickets: [{ id: 't1', barcode: BARCODE, dateId: DATE, zoneId: DATE, status: 'valid', paid: true, scanState: 'unscanned' }],
};

const session = (profile: { mode: 'normal' | 'entry_exit' | 'multiple'; zoneIds?: string[] } | null, insideNow = 0) => ({
  deviceId: 'dev',
  deviceName: 'Porte',
  gate: null,
  doorRole: 'steward',
  ticketingId: TICKETING,
  profile: profile && { id: 'p', name: 'Porte nord', dateIds: [], zoneIds: [], createdAt: '2026-12-01T00:00:00.000Z', ...profile },
  dates: [{ dateId: DATE, eventId: 'e', eventName: 'Concert', startsAt: '2026-12-02T20:00:00.000Z', zones: [], insideNow }],
});

let mounted: { unmount(): void } | null = null;

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
/** The device's session and its door list, as the server answers them. */
const other = (path: string, me: unknown = session(null)) => (path.endsWith('/control/me') ? json(me) : json(LIST));

/** The composable inside a component, as the page uses it; `fetch` answers as the test says. */
function door(answer: (path: string, body: unknown) => Response | Promise<Response>, setup: ScannerSetup = SETUP) {
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      calls.push(`${request.method} ${path}`);
      return answer(path, request.method === 'POST' ? await request.clone().json() : null);
    }),
  );
  let state!: ReturnType<typeof useDoor>;
  mounted = mount(
    defineComponent({
      setup() {
        state = useDoor(TICKETING, setup);
        return () => null;
      },
    }),
  );
  return { state, calls };
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
  await nextTick();
};

describe('the door’s online and offline states', () => {
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem(`guichet.scanner.${TICKETING}.door-list`, JSON.stringify({ ...LIST, dateIds: [DATE] }));
  });
  afterEach(() => {
    // Its retry timer and listeners go with the page.
    mounted?.unmount();
    vi.unstubAllGlobals();
  });

  it('asks the server while it answers', async () => {
    const { state, calls } = door((path) =>
      path.endsWith('/scans')
        ? json({ result: 'accepted', valid: true, message: '', ticket: null, firstScannedAt: null, scannedAt: '2026-12-02T20:00:00.000Z' })
        : other(path),
    );
    await settle();
    await state.scan(BARCODE);
    expect(state.verdict.value).toMatchObject({ verdict: 'accepted', offline: false });
    expect(state.online.value).toBe(true);
    expect(calls).toContain('POST /api/v1/control/scans');
  });

  it('goes offline when the request fails, answers from the list, and uploads once the server answers again', async () => {
    let up = true;
    const uploads: unknown[] = [];
    const { state } = door((path, body) => {
      if (!up) throw new TypeError('Failed to fetch');
      if (path.endsWith('/offline-scans')) {
        uploads.push(body);
        const scans = (body as { scans: { nonce: string }[] }).scans;
        return json({ receipts: scans.map((s) => ({ nonce: s.nonce, status: 'recorded', conflict: false })) });
      }
      return other(path);
    });
    await settle();
    up = false;
    await state.scan(BARCODE);
    expect(state.online.value).toBe(false);
    expect(state.verdict.value).toMatchObject({ verdict: 'accepted', offline: true });
    // Offline already: the list answers at once, and remembers who entered.
    await state.scan(BARCODE);
    expect(state.verdict.value).toMatchObject({ verdict: 'already_used', offline: true });
    expect(state.pending.value).toBe(2);

    up = true;
    await state.sync();
    expect(state.online.value).toBe(true);
    expect(state.pending.value).toBe(0);
    expect(uploads).toEqual([{ scans: [expect.objectContaining({ code: BARCODE, result: 'accepted' }), expect.objectContaining({ result: 'already_used' })] }]);
  });

  it('answers from the list when the server is down behind its proxy (5xx)', async () => {
    const { state } = door((path) => (path.endsWith('/scans') ? json({ status: 502 }, 502) : other(path)));
    await settle();
    await state.scan(BARCODE);
    expect(state.verdict.value).toMatchObject({ verdict: 'accepted', offline: true });
    expect(state.online.value).toBe(false);
  });

  it('stops and says so when the device is revoked, instead of refusing tickets', async () => {
    const { state } = door((path) => (path.endsWith('/scans') ? json({ status: 401, code: 'UNAUTHENTICATED' }, 401) : other(path)));
    await settle();
    await state.scan(BARCODE);
    expect(state.revoked.value).toBe(true);
    expect(state.verdict.value).toBeNull();
  });

  const ENTRY_EXIT: ScannerSetup = { ...SETUP, profile: { name: 'Porte nord', mode: 'entry_exit', zoneIds: [] } };
  const scanned = (over: object) =>
    json({
      scanId: '1',
      result: 'accepted',
      valid: true,
      message: '',
      mode: 'entry_exit',
      direction: 'in',
      ticket: null,
      firstScannedAt: null,
      firstScannedBy: null,
      scannedAt: '2026-12-02T20:00:00.000Z',
      ...over,
    });

  it('at an entry/exit door, sends the mode and the direction chosen, and shows the inside count it reads', async () => {
    const bodies: unknown[] = [];
    const { state } = door((path, body) => {
      if (!path.endsWith('/scans')) return other(path, session({ mode: 'entry_exit' }, 7));
      bodies.push(body);
      return scanned({
        direction: (body as { direction: string }).direction,
        ticket: { id: 't1', eventName: 'Concert', startsAt: '', zoneName: 'Salle', priceName: 'Plein' },
      });
    }, ENTRY_EXIT);
    await settle();
    expect(state.mode.value).toBe('entry_exit');
    expect(state.inside.value).toEqual([expect.objectContaining({ dateId: DATE, insideNow: 7 })]);
    await state.scan(BARCODE);
    state.direction.value = 'out';
    await state.scan(BARCODE);
    expect(bodies).toEqual([
      { code: BARCODE, dateIds: [DATE], mode: 'entry_exit', direction: 'in' },
      { code: BARCODE, dateIds: [DATE], mode: 'entry_exit', direction: 'out' },
    ]);
    expect(state.verdict.value).toMatchObject({ verdict: 'accepted', direction: 'out' });
    // One in, one out: back to the server's count until it is read again.
    expect(state.inside.value[0].insideNow).toBe(7);
  });

  it('offline at an entry/exit door, lets in and out in turn and uploads each scan with its mode and direction', async () => {
    let up = true;
    const uploads: { scans: object[] }[] = [];
    const { state } = door((path, body) => {
      if (!up) throw new TypeError('Failed to fetch');
      if (path.endsWith('/offline-scans')) {
        uploads.push(body as { scans: object[] });
        const scans = (body as { scans: { nonce: string }[] }).scans;
        return json({ receipts: scans.map((s) => ({ nonce: s.nonce, status: 'recorded', conflict: false })) });
      }
      return other(path, session({ mode: 'entry_exit' }));
    }, ENTRY_EXIT);
    await settle();
    up = false;
    await state.scan(BARCODE);
    expect(state.verdict.value).toMatchObject({ verdict: 'accepted', offline: true, direction: 'in' });
    await state.scan(BARCODE);
    expect(state.verdict.value).toMatchObject({ verdict: 'already_inside' });
    state.direction.value = 'out';
    await state.scan(BARCODE);
    expect(state.verdict.value).toMatchObject({ verdict: 'accepted', direction: 'out' });
    up = true;
    await state.sync();
    expect(uploads[0].scans).toEqual([
      expect.objectContaining({ result: 'accepted', mode: 'entry_exit', direction: 'in' }),
      expect.objectContaining({ result: 'already_inside', mode: 'entry_exit', direction: 'in' }),
      expect.objectContaining({ result: 'accepted', mode: 'entry_exit', direction: 'out' }),
    ]);
  });

  it('follows its profile when it changed on the server: reads it and scans again in its mode', async () => {
    const bodies: { mode: string }[] = [];
    let profileMode: 'normal' | 'multiple' = 'normal';
    const { state } = door(
      (path, body) => {
        if (!path.endsWith('/scans')) return other(path, session({ mode: profileMode }));
        bodies.push(body as { mode: string });
        if ((body as { mode: string }).mode !== profileMode) return json({ status: 422, code: 'SCAN_SELECTION_INVALID' }, 422);
        return scanned({ mode: profileMode });
      },
      { ...SETUP, profile: { name: 'Porte nord', mode: 'normal', zoneIds: [] } },
    );
    await settle();
    profileMode = 'multiple';
    await state.scan(BARCODE);
    expect(bodies.map((b) => b.mode)).toEqual(['normal', 'multiple']);
    expect(state.verdict.value).toMatchObject({ verdict: 'accepted' });
    expect(state.mode.value).toBe('multiple');
  });
});
