import type { components } from '@guichet/api-client';
import { onBeforeUnmount, ref, shallowRef } from 'vue';
import { beep } from './beeps';
import { answerOffline, type DoorList, type ScanResult } from './door-check';
import { ScanLog } from './scan-log';
import { deviceApi, type ScannerSetup } from './scanner-setup';
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
  let listReadAt = 0;
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

  function show(
    result: ScanResult | Verdict,
    code: string,
    offline: boolean,
    first: { ticket?: ScannedTicket | null; at?: string | null; by?: string | null; scanId?: string } = {},
  ) {
    const look = verdictLook(result);
    verdict.value = {
      ...look,
      code,
      scanId: first.scanId ?? null,
      at: new Date().toISOString(),
      offline,
      ticket: first.ticket ?? null,
      firstScannedAt: first.at ?? null,
      firstScannedBy: first.by ?? null,
    };
    beep(look.sound);
  }

  async function scanOffline(code: string) {
    online.value = false;
    const at = new Date().toISOString();
    const answer = list.value ? await answerOffline(code, list.value, log.admittedIds) : { result: 'unknown' as const, ticket: null };
    log.recordOffline({ nonce: crypto.randomUUID(), code, at, result: answer.result, ticketId: answer.ticket?.id ?? null });
    pending.value = log.pendingCount;
    const firstAt = answer.ticket ? (log.admittedIds.get(answer.ticket.id) ?? null) : null;
    show(answer.result, code, true, { at: answer.result === 'already_used' ? firstAt : null });
  }

  async function scan(raw: string) {
    const code = raw.trim();
    if (!code) return;
    if (!online.value || !navigator.onLine) return scanOffline(code);
    try {
      // The chosen dates: a ticket of another date is `wrong_date`, as offline.
      const { data, response } = await api.POST('/api/v1/control/scans', {
        body: { code, dateIds: setup.dateIds },
        signal: AbortSignal.timeout(SCAN_TIMEOUT_MS),
      });
      if (!data) {
        // The server or its proxy is down; a refused request (bad code) is still an answer: unknown.
        if (response.status >= 500) return scanOffline(code);
        if (response.status === 401) return void (revoked.value = true);
        return show('unknown', code, false);
      }
      if (data.result === 'accepted' && data.ticket) log.admit(data.ticket.id, data.scannedAt);
      show(data.result, code, false, { ticket: data.ticket, at: data.firstScannedAt, by: data.firstScannedBy, scanId: data.scanId });
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
          body: { scans: batch.map(({ nonce, code, at, result }) => ({ nonce, code, at, result })) },
          signal: AbortSignal.timeout(15_000),
        });
        uploadFailed.value = !data;
        if (response.status === 401) revoked.value = true;
        if (!data) return;
        log.markUploaded(data.receipts.map((r) => r.nonce));
        pending.value = log.pendingCount;
        online.value = true;
      }
      if (!list.value || Date.now() - listReadAt > LIST_REFRESH_MS || !online.value) online.value = await fetchList();
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
    if (!online.value || log.pendingCount > 0 || Date.now() - listReadAt > LIST_REFRESH_MS) void sync();
  }, RETRY_MS);
  onBeforeUnmount(() => {
    clearInterval(timer);
    window.removeEventListener('online', sync);
    window.removeEventListener('offline', goOffline);
  });
  void sync();

  return { online, pending, verdict, list, uploadFailed, revoked, scan, sync };
}
