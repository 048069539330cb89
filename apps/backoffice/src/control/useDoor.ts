import type { components } from '@guichet/api-client';
import { computed, onBeforeUnmount, ref, shallowRef } from 'vue';
import { beep } from './beeps';
import { answerOffline, type DoorList, type ScanDirection, type ScanResult, stateAfter } from './door-check';
import { ScanLog } from './scan-log';
import { type ControlSession, deviceApi, doorRules, profileOf, type ScannerSetup, scannerSetup } from './scanner-setup';
import { verdictLook, type VerdictLook, type Verdict } from './verdicts';

type ScannedTicket = components['schemas']['ScannedTicketResponse'];

/** What the page shows after a scan. */
export interface ShownVerdict extends VerdictLook {
  verdict: Verdict;
  code: string;
  /** The server's scan, to annul it or override its refusal (ADR 0045); null when answered offline. */
  scanId: string | null;
  at: string;
  /** Answered by the device from its list, not by the server. */
  offline: boolean;
  ticket: ScannedTicket | null;
  /** `out`: an exit at an entry/exit door (an accepted one lets the holder out, not in). */
  direction: ScanDirection;
  firstScannedAt: string | null;
  /** The device that first admitted it, as the server knows. */
  firstScannedBy: string | null;
}

/** A scan request that has not answered after this long is a network that failed: answer from the list. */
const SCAN_TIMEOUT_MS = 3000;
/** While offline or with scans to upload, how often the device tries the server again. */
const RETRY_MS = 10_000;
/** Online, the list is read again this often, so cancellations made meanwhile reach the door. */
const LIST_REFRESH_MS = 5 * 60_000;
/** At an entry/exit door, how often the "inside now" counts are read again (other doors move them too). */
const INSIDE_REFRESH_MS = 30_000;

/** A chosen date's "inside now" count (entry/exit mode). */
export interface InsideCount {
  dateId: string;
  eventName: string;
  startsAt: string;
  insideNow: number;
}

const listKey = (ticketingId: string) => `guichet.scanner.${ticketingId}.door-list`;

/**
 * The door, online first and offline when it must (ADR 0044): a scan asks the server; when the
 * request fails or times out, or the browser says it is offline, the device goes offline by itself,
 * answers from the door list it keeps and logs each scan with a nonce; it uploads them and goes
 * back online as soon as the server answers again.
 */
export function useDoor(ticketingId: string, setup: ScannerSetup) {
  const api = deviceApi(setup.device.token);
  const log = new ScanLog(localStorage, `guichet.scanner.${ticketingId}.log.${setup.device.id}`);
  const online = ref(navigator.onLine);
  const pending = ref(log.pendingCount);
  const verdict = shallowRef<ShownVerdict | null>(null);
  const list = shallowRef<DoorList | null>(readList());
  const uploadFailed = ref(false);
  /** The server no longer knows this device's token (revoked): scanning stops until it is registered again. */
  const revoked = ref(false);
  /** The profile's mode and zones, as last read from the server (a profile may change during the evening). */
  const profile = shallowRef(setup.profile ?? null);
  const mode = computed(() => doorRules({ ...setup, profile: profile.value }).mode);
  /** In or out, at an entry/exit door: the steward's toggle. */
  const direction = ref<ScanDirection>('in');
  const inside = shallowRef<InsideCount[]>([]);
  /** Steward or supervisor (ADR 0045), from the same session read; null until known (the page then offers only what a steward may). */
  const role = ref<ControlSession['doorRole'] | null>(null);
  const rules = () => doorRules({ ...setup, profile: profile.value }, direction.value);
  let listReadAt = 0;
  let sessionReadAt = 0;
  let syncing = false;

  function readList(): DoorList | null {
    const saved = JSON.parse(localStorage.getItem(listKey(ticketingId)) ?? 'null') as (DoorList & { dateIds: string[] }) | null;
    // A list of other dates would refuse this door's tickets as unknown.
    return saved && saved.dateIds.join() === setup.dateIds.join() ? saved : null;
  }

  async function fetchList(): Promise<boolean> {
    const { data, response } = await api.GET('/api/v1/control/door-list', {
      params: { query: { dateIds: setup.dateIds.join(',') } },
      signal: AbortSignal.timeout(15_000),
    });
    if (response.status === 401) revoked.value = true;
    if (!data) return false;
    list.value = data;
    listReadAt = Date.now();
    localStorage.setItem(listKey(ticketingId), JSON.stringify({ ...data, dateIds: setup.dateIds }));
    return true;
  }

  /** The device's profile and the dates' "inside now" counts: the profile's mode and zones may have changed. */
  async function readSession(): Promise<boolean> {
    const { data, response } = await api.GET('/api/v1/control/me', { signal: AbortSignal.timeout(15_000) });
    if (response.status === 401) revoked.value = true;
    if (!data) return false;
    sessionReadAt = Date.now();
    showSession(data);
    return true;
  }

  function showSession(session: ControlSession) {
    role.value = session.doorRole;
    const read = profileOf(session);
    if (JSON.stringify(read) !== JSON.stringify(profile.value)) {
      profile.value = read;
      scannerSetup.save(ticketingId, { ...setup, profile: read });
    }
    inside.value = session.dates
      .filter((d) => setup.dateIds.includes(d.dateId))
      .map(({ dateId, eventName, startsAt, insideNow }) => ({ dateId, eventName, startsAt, insideNow }));
  }

  /** An accepted scan moves one person in or out until the server's counts are read again. */
  function countMove(ticketId: string | undefined, door: ReturnType<typeof rules>) {
    const dateId = list.value?.tickets.find((t) => t.id === ticketId)?.dateId;
    if (door.mode !== 'entry_exit' || !dateId) return;
    const step = door.direction === 'out' ? -1 : 1;
    inside.value = inside.value.map((d) => (d.dateId === dateId ? { ...d, insideNow: Math.max(0, d.insideNow + step) } : d));
  }

  function show(
    result: ScanResult | Verdict,
    code: string,
    offline: boolean,
    first: { ticket?: ScannedTicket | null; at?: string | null; by?: string | null; scanId?: string } = {},
    scannedDirection: ScanDirection = 'in',
  ) {
    const look = verdictLook(result);
    verdict.value = {
      ...look,
      code,
      scanId: first.scanId ?? null,
      at: new Date().toISOString(),
      offline,
      ticket: first.ticket ?? null,
      direction: scannedDirection,
      firstScannedAt: first.at ?? null,
      firstScannedBy: first.by ?? null,
    };
    beep(look.sound);
  }

  async function scanOffline(code: string) {
    online.value = false;
    const at = new Date().toISOString();
    const door = rules();
    const answer = list.value ? await answerOffline(code, list.value, log.movedTickets, door) : { result: 'unknown' as const, ticket: null };
    const ticketId = answer.ticket?.id ?? null;
    log.recordOffline({ nonce: crypto.randomUUID(), code, at, result: answer.result, ticketId, mode: door.mode, direction: door.direction }, stateAfter(door));
    pending.value = log.pendingCount;
    if (answer.result === 'accepted') countMove(answer.ticket?.id, door);
    const firstAt = ticketId ? (log.admittedIds.get(ticketId) ?? null) : null;
    const refusedAsInside = answer.result === 'already_used' || answer.result === 'already_inside';
    show(answer.result, code, true, { at: refusedAsInside ? firstAt : null }, door.direction);
  }

  async function scan(raw: string, retried = false): Promise<void> {
    const code = raw.trim();
    if (!code) return;
    if (!online.value || !navigator.onLine) return scanOffline(code);
    const door = rules();
    try {
      // The chosen dates: a ticket of another date is `wrong_date`, as offline. The mode is sent so that a
      // page out of step with its profile is refused (422) rather than silently overruled.
      const { data, response } = await api.POST('/api/v1/control/scans', {
        body: { code, dateIds: setup.dateIds, mode: door.mode, ...(door.mode === 'entry_exit' ? { direction: door.direction } : {}) },
        signal: AbortSignal.timeout(SCAN_TIMEOUT_MS),
      });
      if (!data) {
        // The server or its proxy is down; a refused request (bad code) is still an answer: unknown.
        if (response.status >= 500) return scanOffline(code);
        if (response.status === 401) return void (revoked.value = true);
        // The profile changed meanwhile (another mode or zones): read it, and scan again in its terms.
        if (response.status === 422 && !retried && (await readSession())) return scan(code, true);
        return show('unknown', code, false);
      }
      if (data.result === 'accepted' && data.ticket) {
        log.admit(data.ticket.id, data.scannedAt, stateAfter(data));
        countMove(data.ticket.id, { ...door, mode: data.mode, direction: data.direction });
      }
      show(data.result, code, false, { ticket: data.ticket, at: data.firstScannedAt, by: data.firstScannedBy, scanId: data.scanId }, data.direction);
    } catch {
      await scanOffline(code);
    }
  }

  /** Uploads what was scanned offline (a re-upload is harmless: nonces), then reads the list again if it is old. */
  async function sync() {
    if (syncing) return;
    syncing = true;
    try {
      while (log.pendingCount > 0) {
        const batch = log.nextBatch();
        const { data, response } = await api.POST('/api/v1/control/offline-scans', {
          body: { scans: batch.map(({ nonce, code, at, result, mode, direction }) => ({ nonce, code, at, result, mode, direction })) },
          signal: AbortSignal.timeout(15_000),
        });
        uploadFailed.value = !data;
        if (response.status === 401) revoked.value = true;
        if (!data) return;
        log.markUploaded(data.receipts.map((r) => r.nonce));
        pending.value = log.pendingCount;
        online.value = true;
      }
      if (!list.value || Date.now() - listReadAt > LIST_REFRESH_MS || !online.value) {
        online.value = await fetchList();
        if (online.value) await readSession();
      } else if (mode.value === 'entry_exit' && Date.now() - sessionReadAt > INSIDE_REFRESH_MS) await readSession();
    } catch {
      online.value = false;
    } finally {
      syncing = false;
    }
  }

  const goOffline = () => (online.value = false);
  window.addEventListener('online', sync);
  window.addEventListener('offline', goOffline);
  const timer = setInterval(() => {
    const insideOld = mode.value === 'entry_exit' && Date.now() - sessionReadAt > INSIDE_REFRESH_MS;
    if (!online.value || log.pendingCount > 0 || Date.now() - listReadAt > LIST_REFRESH_MS || insideOld) void sync();
  }, RETRY_MS);
  onBeforeUnmount(() => {
    clearInterval(timer);
    window.removeEventListener('online', sync);
    window.removeEventListener('offline', goOffline);
  });
  void sync();

  return { online, pending, verdict, list, uploadFailed, revoked, profile, role, mode, direction, inside, scan, sync };
}
