import { describe, expect, it } from 'vitest';
import { ago, eventChoices, qrModules, readProfileDraft, zoneChoices } from './control-admin';

const date = (id: string, startsAt: string, status: 'scheduled' | 'cancelled' = 'scheduled') => ({ id, startsAt, status }) as never;
const zone = (id: string, name: string) => ({ id, name }) as never;
const events = eventChoices([
  { id: 'late', name: 'Requiem', dates: [date('r1', '2027-03-02T19:00:00Z')], zones: [zone('z-nef', 'Nef')] },
  { id: 'gone', name: 'Annulé', dates: [date('g1', '2027-01-01T19:00:00Z', 'cancelled')], zones: [zone('z-x', 'X')] },
  {
    id: 'early',
    name: 'Carmen',
    dates: [date('c2', '2027-02-10T19:00:00Z'), date('c1', '2027-02-09T19:00:00Z')],
    zones: [zone('z-par', 'Parterre'), zone('z-bal', 'Balcon')],
  },
]);
const words = { nameMissing: 'Un nom', checkFields: 'Vérifiez' };

describe('the profile form’s choices', () => {
  it('groups the scheduled dates by event, soonest first, and leaves out events with none', () => {
    expect(events.map((e) => [e.eventName, e.dates.map((d) => d.id)])).toEqual([
      ['Carmen', ['c1', 'c2']],
      ['Requiem', ['r1']],
    ]);
  });

  it('offers the zones of the events whose dates are chosen, every event’s when none is, and keeps a zone already chosen', () => {
    expect(zoneChoices(events, []).map((e) => e.eventId)).toEqual(['early', 'late']);
    expect(zoneChoices(events, ['c2']).map((e) => e.eventId)).toEqual(['early']);
    expect(zoneChoices(events, ['c2'], ['z-nef']).map((e) => e.eventId)).toEqual(['early', 'late']);
  });

  it('needs a name, trimmed, and sends empty dates and zones as they are (every date, every zone)', () => {
    expect(readProfileDraft({ name: '  ', dateIds: [], zoneIds: [], mode: 'normal' }, words)).toEqual({
      problem: { detail: 'Vérifiez', errors: [{ field: 'name', message: 'Un nom' }] },
    });
    expect(readProfileDraft({ name: ' Parterre ', dateIds: ['c1'], zoneIds: [], mode: 'entry_exit' }, words)).toEqual({
      body: { name: 'Parterre', dateIds: ['c1'], zoneIds: [], mode: 'entry_exit' },
    });
  });
});

describe('a device’s last activity', () => {
  const now = Date.parse('2026-12-02T20:00:00Z');
  it.each([
    ['2026-12-02T19:59:30Z', { unit: 'now', n: 0 }],
    ['2026-12-02T19:57:00Z', { unit: 'minutes', n: 3 }],
    ['2026-12-02T17:10:00Z', { unit: 'hours', n: 2 }],
    ['2026-11-29T19:00:00Z', { unit: 'days', n: 3 }],
    // A clock a little ahead on the server is "now", not the future.
    ['2026-12-02T20:00:20Z', { unit: 'now', n: 0 }],
  ])('%s is %o', (iso, expected) => expect(ago(iso, now)).toEqual(expected));
});

describe('a login code’s QR code', () => {
  it('is a version 1 symbol (21 modules) with a 4-module quiet zone, drawn as unit squares, and differs by code', () => {
    const qr = qrModules('K7QM-4XRT-9HPW');
    expect(qr.size).toBe(29);
    expect(qr.path).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
    // The top-left finder pattern starts at the quiet zone's edge.
    expect(qr.path.startsWith('M4 4h1v1h-1z')).toBe(true);
    expect(qrModules('K7QM-4XRT-9HPX').path).not.toBe(qr.path);
  });
});
