import type { ScanResult } from './door-check';

/** One scan this device answered by itself, waiting to be uploaded (ADR 0043). */
export interface OfflineScan {
  /** Chosen here: a re-upload of the same nonce is recognised by the server, never counted twice. */
  nonce: string;
  code: string;
  at: string;
  result: ScanResult;
  ticketId: string | null;
}

/** The server takes at most 500 scans per upload. */
export const UPLOAD_BATCH = 500;

/**
 * The device's own record of the door, kept in storage so a reload or a dead battery loses nothing:
 * the scans made offline and not uploaded yet and the tickets this device saw enter, so the same
 * ticket is refused the second time even while the server cannot tell.
 */
export class ScanLog {
  private scans: OfflineScan[];
  /** Ticket id → when this device saw it enter. */
  private admitted: Map<string, string>;

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'>,
    private readonly key: string,
  ) {
    const saved = JSON.parse(storage.getItem(key) ?? 'null') as { scans: OfflineScan[]; admitted: [string, string][] } | null;
    this.scans = saved?.scans ?? [];
    this.admitted = new Map(saved?.admitted ?? []);
  }

  get admittedIds(): ReadonlyMap<string, string> {
    return this.admitted;
  }

  get pendingCount(): number {
    return this.scans.length;
  }

  /** The next scans to upload, oldest first. */
  nextBatch(): OfflineScan[] {
    return this.scans.slice(0, UPLOAD_BATCH);
  }

  /** A ticket admitted online: the server knows, but this device must too if it goes offline. */
  admit(ticketId: string, at: string): void {
    if (!this.admitted.has(ticketId)) this.admitted.set(ticketId, at);
    this.save();
  }

  recordOffline(scan: OfflineScan): void {
    this.scans.push(scan);
    if (scan.result === 'accepted' && scan.ticketId) this.admitted.set(scan.ticketId, scan.at);
    this.save();
  }

  /** Uploaded scans are dropped: the server holds them, and `admitted` still remembers who entered. */
  markUploaded(nonces: Iterable<string>): void {
    const done = new Set(nonces);
    this.scans = this.scans.filter((s) => !done.has(s.nonce));
    this.save();
  }

  private save(): void {
    this.storage.setItem(this.key, JSON.stringify({ scans: this.scans, admitted: [...this.admitted.entries()] }));
  }
}
