import { describe, expect, it } from 'vitest';
import { ScanLog, UPLOAD_BATCH } from './scan-log';

function memory(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

const scan = (nonce: string, result: 'accepted' | 'already_used' = 'accepted', ticketId: string | null = 'ticket-1') => ({
  nonce,
  code: '123456789012345678',
  at: '2026-12-02T20:00:00.000Z',
  result,
  ticketId,
});

describe('the offline scan log', () => {
  it('keeps offline scans to upload and the tickets admitted, across a reload', () => {
    const storage = memory();
    const log = new ScanLog(storage, 'k');
    log.recordOffline(scan('n1'));
    log.recordOffline(scan('n2', 'already_used'));
    const reloaded = new ScanLog(storage, 'k');
    expect(reloaded.pendingCount).toBe(2);
    expect(reloaded.nextBatch().map((s) => s.nonce)).toEqual(['n1', 'n2']);
    expect(reloaded.admittedIds.get('ticket-1')).toBe('2026-12-02T20:00:00.000Z');
  });

  it('drops what the server acknowledged and keeps the rest, still remembering who entered', () => {
    const log = new ScanLog(memory(), 'k');
    log.recordOffline(scan('n1'));
    log.recordOffline(scan('n2', 'already_used'));
    log.markUploaded(['n1']);
    expect(log.nextBatch().map((s) => s.nonce)).toEqual(['n2']);
    expect(log.admittedIds.has('ticket-1')).toBe(true);
  });

  it('uploads at most what the server takes at once', () => {
    const log = new ScanLog(memory(), 'k');
    for (let i = 0; i < UPLOAD_BATCH + 3; i++) log.recordOffline(scan(`n${i}`, 'already_used'));
    expect(log.nextBatch()).toHaveLength(UPLOAD_BATCH);
  });

  it('remembers tickets admitted online and when, with nothing to upload', () => {
    const log = new ScanLog(memory(), 'k');
    log.admit('ticket-9', '2026-12-02T19:00:00.000Z');
    log.admit('ticket-9', '2026-12-02T19:30:00.000Z');
    // The first admission is the one the door reports.
    expect(log.admittedIds.get('ticket-9')).toBe('2026-12-02T19:00:00.000Z');
    expect(log.pendingCount).toBe(0);
  });

  it('remembers where its own accepted scans left each ticket, in or out, across a reload', () => {
    const storage = memory();
    const log = new ScanLog(storage, 'k');
    log.admit('ticket-1', '2026-12-02T19:00:00.000Z');
    log.recordOffline({ ...scan('n1'), mode: 'entry_exit', direction: 'out' }, 'out');
    log.recordOffline({ ...scan('n2', 'already_used', 'ticket-2') }, 'in');
    const reloaded = new ScanLog(storage, 'k');
    expect(reloaded.movedTickets.get('ticket-1')).toBe('out');
    // A refusal moves nothing.
    expect(reloaded.movedTickets.has('ticket-2')).toBe(false);
    // Out again, but it did enter, and when is still known.
    expect(reloaded.admittedIds.get('ticket-1')).toBe('2026-12-02T19:00:00.000Z');
    expect(reloaded.nextBatch()[0]).toMatchObject({ mode: 'entry_exit', direction: 'out' });
  });

  it('reads a log of an older build, which knew only entries, as tickets inside', () => {
    const storage = memory();
    storage.setItem('k', JSON.stringify({ scans: [], admitted: [['ticket-1', '2026-12-02T19:00:00.000Z']] }));
    expect(new ScanLog(storage, 'k').movedTickets.get('ticket-1')).toBe('in');
  });
});
