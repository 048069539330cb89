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

let mounted: { unmount(): void } | null = null;

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The composable inside a component, as the page uses it; `fetch` answers as the test says. */
function door(answer: (path: string, body: unknown) => Response | Promise<Response>) {
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
        state = useDoor(TICKETING, SETUP);
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
        : json(LIST),
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
      return json(LIST);
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
    const { state } = door((path) => (path.endsWith('/scans') ? json({ status: 502 }, 502) : json(LIST)));
    await settle();
    await state.scan(BARCODE);
    expect(state.verdict.value).toMatchObject({ verdict: 'accepted', offline: true });
    expect(state.online.value).toBe(false);
  });

  it('stops and says so when the device is revoked, instead of refusing tickets', async () => {
    const { state } = door((path) => (path.endsWith('/scans') ? json({ status: 401, code: 'UNAUTHENTICATED' }, 401) : json(LIST)));
    await settle();
    await state.scan(BARCODE);
    expect(state.revoked.value).toBe(true);
    expect(state.verdict.value).toBeNull();
  });
});
