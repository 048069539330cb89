import type { ScanDirection, ScanMode, ScanResult, ScanState } from './door-check';

/** One scan this device answered by itself, waiting to be uploaded (ADR 0043). */
export interface OfflineScan {
  /** Chosen here: a re-upload of the same nonce is recognised by the server, never counted twice. */
  nonce: string;
  code: string;
  at: string;
  result: ScanResult;
  ticketId: string | null;
  /** As scanned: the server applies an uploaded admission by its mode and direction (ADR 0043). Absent in logs of older builds: normal, in. */
  mode?: ScanMode;
  direction?: ScanDirection;
}

/** The server takes at most 500 scans per upload. */
export const UPLOAD_BATCH = 500;

/**
 * The device's own record of the door, kept in storage so a reload or a dead battery loses nothing:
 * the scans made offline and not uploaded yet, the tickets this device saw enter, and where its own
 * accepted scans left each ticket (in or out), so the same ticket is refused the second time — or let
 * out after it came in — even while the server cannot tell.
 */
export class ScanLog {
  private scans: OfflineScan[];
  /** Ticket id → when this device saw it enter. */
  private admitted: Map<string, string>;
  /** Ticket id → where this device's last accepted scan of it left it. */
  private moves: Map<string, ScanState>;

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'>,
    private readonly key: string,
  ) {
    const saved = JSON.parse(storage.getItem(key) ?? 'null') as { scans: OfflineScan[]; admitted: [string, string][]; moves?: [string, ScanState][] } | null;
    this.scans = saved?.scans ?? [];
    this.admitted = new Map(saved?.admitted ?? []);
    // A log of an older build knew only entries.
    this.moves = new Map(saved?.moves ?? [...this.admitted.keys()].map((id): [string, ScanState] => [id, 'in']));
  }

  /** Where this device last left each ticket (its own accepted scans, online or offline). */
  get movedTickets(): ReadonlyMap<string, ScanState> {
    return this.moves;
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

  /** A ticket let in (or out) online: the server knows, but this device must too if it goes offline. */
  admit(ticketId: string, at: string, to: ScanState = 'in'): void {
    this.move(ticketId, at, to);
    this.save();
  }

  /** `to`: where the scan left the ticket when it was accepted. */
  recordOffline(scan: OfflineScan, to: ScanState = 'in'): void {
    this.scans.push(scan);
    if (scan.result === 'accepted' && scan.ticketId) this.move(scan.ticketId, scan.at, to);
    this.save();
  }

  private move(ticketId: string, at: string, to: ScanState): void {
    this.moves.set(ticketId, to);
    if (to === 'in' && !this.admitted.has(ticketId)) this.admitted.set(ticketId, at);
  }

  /** Uploaded scans are dropped: the server holds them, and `admitted` still remembers who entered. */
  markUploaded(nonces: Iterable<string>): void {
    const done = new Set(nonces);
    this.scans = this.scans.filter((s) => !done.has(s.nonce));
    this.save();
  }

  private save(): void {
    this.storage.setItem(this.key, JSON.stringify({ scans: this.scans, admitted: [...this.admitted.entries()], moves: [...this.moves.entries()] }));
  }
}
