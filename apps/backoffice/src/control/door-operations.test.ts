import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '../i18n/i18n';
import { doorOperations, OVERRIDABLE, overriddenVerdict, placeOf, useQuickCancellation, verdictActions } from './door-operations';
import { deviceApi } from './scanner-setup';
import type { ShownVerdict } from './useDoor';
import { verdictLook, type Verdict } from './verdicts';

const shown = (result: Verdict, over: Partial<ShownVerdict> = {}): ShownVerdict => ({
  ...verdictLook(result),
  code: 'G1.k.t',
  scanId: '42',
  at: '2026-12-02T19:00:00.000Z',
  direction: 'in',
  offline: false,
  ticket: null,
  firstScannedAt: null,
  firstScannedBy: null,
  ...over,
});

const REFUSALS: Verdict[] = [
  'already_used',
  'already_inside',
  'not_inside',
  'unknown',
  'forged',
  'cancelled',
  'blacklisted',
  'replaced',
  'not_paid',
  'wrong_date',
  'wrong_zone',
];
const offered = (o: { offered: boolean }) => o.offered;

describe('what the door may do with a verdict (ADR 0045)', () => {
  it('offers « Annuler l’entrée » after an accepted scan to stewards and supervisors alike: the API decides whose scan', () => {
    for (const role of ['steward', 'supervisor', null] as const) {
      expect(verdictActions(shown('accepted'), role, true, null)).toEqual({ annul: { offered: true, disabledBecause: null }, override: { offered: false } });
    }
  });

  it('offers « Laisser entrer » only to a supervisor, only for a refusal of a genuine, valid ticket', () => {
    const overridable = REFUSALS.filter((r) => offered(verdictActions(shown(r), 'supervisor', true, null).override));
    expect(overridable).toEqual(['already_used', 'already_inside', 'not_paid', 'wrong_date', 'wrong_zone']);
    expect(new Set(overridable)).toEqual(new Set(OVERRIDABLE));
    expect(REFUSALS.filter((r) => offered(verdictActions(shown(r), 'steward', true, null).override))).toEqual([]);
    // Until the role is known, the page offers only what a steward may.
    expect(REFUSALS.filter((r) => offered(verdictActions(shown(r), null, true, null).override))).toEqual([]);
    expect(REFUSALS.filter((r) => offered(verdictActions(shown(r), 'supervisor', true, null).annul))).toEqual([]);
  });

  it('shows the actions disabled with the reason while the page is offline', () => {
    const actions = verdictActions(shown('already_used'), 'supervisor', false, null);
    expect(actions.override).toEqual({ offered: true, disabledBecause: t('door.needsNetwork') });
    expect(verdictActions(shown('accepted'), 'steward', false, null).annul).toEqual({ offered: true, disabledBecause: t('door.needsNetwork') });
  });

  it('offers nothing for a verdict answered offline (no server scan to act on) nor for no verdict', () => {
    expect(verdictActions(shown('accepted', { offline: true, scanId: null }), 'supervisor', true, null)).toEqual({
      annul: { offered: false },
      override: { offered: false },
    });
    expect(verdictActions(null, 'supervisor', true, null)).toEqual({ annul: { offered: false }, override: { offered: false } });
  });

  it('offers nothing more once the entry is annulled', () => {
    expect(verdictActions(shown('accepted'), 'supervisor', true, { scanId: '42', kind: 'annulled' })).toEqual({
      annul: { offered: false },
      override: { offered: false },
    });
    // Another scan's annulment does not hide this one's action.
    expect(verdictActions(shown('accepted'), 'steward', true, { scanId: '41', kind: 'annulled' }).annul.offered).toBe(true);
  });

  it('after an override shows the override’s own accepted scan, which may be annulled in turn', () => {
    const refused = shown('already_used', {
      firstScannedAt: '2026-12-02T18:50:00.000Z',
      ticket: { id: 't', eventName: 'Concert', startsAt: '', zoneName: 'Salle', priceName: 'Plein' },
    });
    const entry = overriddenVerdict(refused, {
      scanId: '43',
      result: 'accepted',
      valid: true,
      message: '',
      mode: 'normal',
      direction: 'in',
      ticket: null,
      scannedAt: '2026-12-02T19:01:00.000Z',
    });
    expect(entry).toMatchObject({ verdict: 'accepted', tone: 'accepted', scanId: '43', code: refused.code, ticket: refused.ticket, firstScannedAt: null });
    expect(verdictActions(entry, 'supervisor', true, { scanId: '43', kind: 'overridden' })).toEqual({
      annul: { offered: true, disabledBecause: null },
      override: { offered: false },
    });
  });
});

describe('the door operations’ answers', () => {
  afterEach(() => vi.unstubAllGlobals());
  const answer = (response: () => Response | Promise<Response>) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => response()),
    );

  it('gives a refusal in the catalog’s words', async () => {
    answer(
      () =>
        new Response(JSON.stringify({ status: 403, code: 'DOOR_SUPERVISOR_ONLY', detail: 'Only a supervisor device may do this' }), {
          status: 403,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    );
    const outcome = await doorOperations(deviceApi('token')).override('42', 'Vérifié');
    expect(outcome).toEqual({ ok: false, problem: expect.objectContaining({ code: 'DOOR_SUPERVISOR_ONLY', detail: t('problems.DOOR_SUPERVISOR_ONLY') }) });
  });

  it('says nothing was done when the network fails', async () => {
    answer(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await doorOperations(deviceApi('token')).annul('42', 'Tourniquet bloqué')).toEqual({ ok: false, problem: { detail: t('door.networkFailed') } });
  });

  it('keeps the quick cancellations newest first, and counts the tickets put back on sale', async () => {
    const cancelled = {
      ticketId: 't',
      orderId: 'o',
      orderNumber: '1001',
      eventName: 'Concert',
      startsAt: '',
      zoneName: 'Parterre',
      seatLabel: 'Rang C, place 12',
    };
    const replies = [
      () => new Response(JSON.stringify(cancelled), { status: 200, headers: { 'Content-Type': 'application/json' } }),
      () =>
        new Response(JSON.stringify({ status: 409, code: 'TICKET_SOLD', detail: 'paid' }), {
          status: 409,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    ];
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => replies.shift()!()),
    );
    const quick = useQuickCancellation(doorOperations(deviceApi('token')));
    await quick.cancel(' 123456789012345678 ');
    await quick.cancel('G1.k.sold');
    expect(await quick.cancel('   ')).toBeNull();
    expect(quick.results.value.map((r) => [r.code, r.ok])).toEqual([
      ['G1.k.sold', false],
      ['123456789012345678', true],
    ]);
    expect(quick.cancelledCount.value).toBe(1);
    const [sold, done] = quick.results.value;
    expect(!sold.ok && sold.problem.detail).toBe(t('problems.TICKET_SOLD'));
    expect(done.ok && placeOf(done.data)).toBe('Concert · Parterre · Rang C, place 12');
  });
});
