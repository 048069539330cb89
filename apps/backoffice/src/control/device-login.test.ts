import { afterEach, describe, expect, it, vi } from 'vitest';
import { loginCodeIn, logInDevice } from './device-login';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the login code in what the door staff typed, scanned or opened', () => {
  it.each([
    ['K7QM-4XRT-9HPW', 'K7QM-4XRT-9HPW'],
    [' k7qm 4xrt 9hpw ', 'K7QM-4XRT-9HPW'],
    ['K7QM4XRT9HPW', 'K7QM-4XRT-9HPW'],
    ['https://billets.example.ch/scan?code=K7QM-4XRT-9HPW', 'K7QM-4XRT-9HPW'],
    ['http://127.0.0.1:5173/t/abc/scan?code=k7qm4xrt9hpw', 'K7QM-4XRT-9HPW'],
  ])('reads %j as %s', (read, code) => {
    expect(loginCodeIn(read)).toBe(code);
  });

  it.each([
    ['too short', 'K7QM-4XRT'],
    ['a symbol the codes never use (O, 0, I, 1)', 'K7QM-4XRT-9HP0'],
    ['a ticket’s barcode', '123456789012345678'],
    ['a link without a code', 'https://billets.example.ch/scan'],
    ['nothing', ''],
  ])('finds no code in %s', (_what, read) => {
    expect(loginCodeIn(read)).toBeNull();
  });
});

describe('logging a device in by code', () => {
  afterEach(() => vi.unstubAllGlobals());

  function server(login: () => Response) {
    const seen: { path: string; auth: string | null; body: unknown }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const path = new URL(request.url).pathname;
        seen.push({ path, auth: request.headers.get('Authorization'), body: request.method === 'POST' ? await request.clone().json() : null });
        if (path.endsWith('/control/login')) return login();
        return json({
          deviceId: 'dev',
          deviceName: 'Téléphone de Léa',
          gate: null,
          doorRole: 'steward',
          ticketingId: 'tkt-2',
          profile: { id: 'p', name: 'Porte nord', dateIds: [], zoneIds: ['z1'], mode: 'entry_exit', createdAt: '2026-12-01T00:00:00.000Z' },
          dates: [],
        });
      }),
    );
    return seen;
  }

  it('gets a device token, then reads its ticketing and profile with it; its dates are chosen next', async () => {
    const seen = server(() =>
      json({ id: 'dev', name: 'Téléphone de Léa', token: 'device-token', profileId: 'p', gate: null, doorRole: 'steward', createdAt: '' }, 201),
    );
    const result = await logInDevice('K7QM-4XRT-9HPW', 'Téléphone de Léa');
    expect(result).toEqual({
      ticketingId: 'tkt-2',
      setup: {
        device: { id: 'dev', name: 'Téléphone de Léa', token: 'device-token' },
        dateIds: [],
        profile: { name: 'Porte nord', mode: 'entry_exit', zoneIds: ['z1'] },
      },
    });
    expect(seen).toEqual([
      { path: '/api/v1/control/login', auth: null, body: { code: 'K7QM-4XRT-9HPW', deviceName: 'Téléphone de Léa' } },
      { path: '/api/v1/control/me', auth: 'Bearer device-token', body: null },
    ]);
  });

  it.each([
    ['CONTROL_LOGIN_CODE_INVALID', 401, 'n’est pas valable'],
    ['CONTROL_LOGIN_CODE_SPENT', 410, 'déjà servi ou a expiré'],
  ])('says %s in the door staff’s words, on the code field', async (code, status, words) => {
    server(() => json({ status, code, title: '', detail: '' }, status));
    const result = await logInDevice('K7QM-4XRT-9HPW', 'Porte');
    expect(result).toEqual({ problem: { detail: expect.stringContaining(words), errors: [{ field: 'code', message: expect.stringContaining(words) }] } });
  });

  it('says the network is needed once when there is none', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const result = await logInDevice('K7QM-4XRT-9HPW', 'Porte');
    expect(result).toEqual({ problem: { detail: expect.stringContaining('Pas de réseau') } });
  });
});
