import type { components } from '@guichet/api-client';
import type { ProblemLike } from '@guichet/ui';
import { ref } from 'vue';
import { t } from '../i18n/i18n';
import { inWords, type ShownProblem } from '../i18n/problems';
import type { DeviceApi } from './scanner-setup';
import type { ShownVerdict } from './useDoor';
import { verdictLook, type Verdict } from './verdicts';

export type DoorRole = components['schemas']['ControlSessionResponse']['doorRole'];
export type DoorOrder = components['schemas']['DoorOrderResponse'];
export type DoorOrderTicket = components['schemas']['DoorOrderTicketResponse'];
export type QuickCancellation = components['schemas']['QuickCancellationResponse'];
type ScanResponse = components['schemas']['ScanResponse'];

/**
 * Refusals a supervisor may admit anyway (ADR 0045): the ticket is genuine and valid. Not forged or
 * unknown (no ticket), not cancelled, blacklisted or replaced (made invalid on purpose), not an exit.
 */
export const OVERRIDABLE: readonly Verdict[] = ['already_used', 'already_inside', 'wrong_date', 'wrong_zone', 'not_paid'];

/** The short reasons a door gives most, one tap each; the words are the catalog's (`door.annulReasons`, `door.overrideReasons`). */
export const ANNUL_REASONS = ['turnstile', 'wrongTicket', 'scannedTwice', 'leftAgain'] as const;
export const OVERRIDE_REASONS = ['checked', 'reentry', 'paidOnSite', 'seatChange'] as const;

/** What the door did at the scan on screen: annulled it, or it is the entry a supervisor forced. */
export interface DoneOperation {
  scanId: string;
  kind: 'annulled' | 'overridden';
}

/** An action under the verdict: not offered, or offered (disabled with the reason when it cannot run now). */
export type Offer = { offered: false } | { offered: true; disabledBecause: string | null };

const NOT_OFFERED: Offer = { offered: false };

/**
 * What the door may do with the verdict on screen. « Annuler l'entrée » after an accepted scan the
 * server made, for any device (its own scan; the API decides the 15 minutes); « Laisser entrer »
 * after an overridable refusal, for supervisors only. Both need the network: offline they are shown
 * disabled, with why. A verdict answered offline has no server scan to act on.
 */
export function verdictActions(
  verdict: ShownVerdict | null,
  role: DoorRole | null,
  online: boolean,
  done: DoneOperation | null,
): { annul: Offer; override: Offer } {
  if (!verdict?.scanId || verdict.offline || (done?.scanId === verdict.scanId && done.kind === 'annulled'))
    return { annul: NOT_OFFERED, override: NOT_OFFERED };
  const offer: Offer = { offered: true, disabledBecause: online ? null : t('door.needsNetwork') };
  return {
    annul: verdict.verdict === 'accepted' ? offer : NOT_OFFERED,
    override: role === 'supervisor' && OVERRIDABLE.includes(verdict.verdict) ? offer : NOT_OFFERED,
  };
}

/** The verdict after a supervisor let the ticket in: the override's own accepted scan (which may be annulled in turn). */
export function overriddenVerdict(refused: ShownVerdict, answer: ScanResponse): ShownVerdict {
  return {
    ...verdictLook(answer.result),
    code: refused.code,
    scanId: answer.scanId,
    at: answer.scannedAt,
    offline: false,
    ticket: answer.ticket ?? refused.ticket,
    firstScannedAt: null,
    firstScannedBy: null,
    direction: answer.direction,
  };
}

/** A call's outcome: the answer, or a problem in the catalog's words (a network failure included). */
export type Outcome<T> = { ok: true; data: T } | { ok: false; problem: ProblemLike };

/** A door operation waits a little longer than a scan: nobody is queueing behind a supervisor's decision. */
const OPERATION_TIMEOUT_MS = 8000;

async function call<T>(request: (signal: AbortSignal) => Promise<{ data?: T; error?: unknown }>): Promise<Outcome<T>> {
  try {
    const { data, error } = await request(AbortSignal.timeout(OPERATION_TIMEOUT_MS));
    if (data !== undefined) return { ok: true, data };
    const problem = error as ShownProblem | undefined;
    return { ok: false, problem: problem?.code ? inWords(problem) : { detail: t('door.networkFailed') } };
  } catch {
    return { ok: false, problem: { detail: t('door.networkFailed') } };
  }
}

/** The API's door operations, as this device (ADR 0045). */
export function doorOperations(api: DeviceApi) {
  return {
    annul: (scanId: string, reason: string) => call((signal) => api.POST('/api/v1/control/scan-annulments', { body: { scanId, reason }, signal })),
    override: (scanId: string, reason: string) => call((signal) => api.POST('/api/v1/control/scan-overrides', { body: { scanId, reason }, signal })),
    quickCancel: (code: string) => call((signal) => api.POST('/api/v1/control/quick-cancellations', { body: { code }, signal })),
    searchOrders: (q: string) => call((signal) => api.GET('/api/v1/control/orders', { params: { query: { q } }, signal })),
  };
}
export type DoorOperations = ReturnType<typeof doorOperations>;

/** Where the place that went back on sale is, in words. */
export function placeOf(c: Pick<QuickCancellation, 'eventName' | 'zoneName' | 'seatLabel'>): string {
  return c.seatLabel
    ? t('door.quick.placeSeat', { event: c.eventName, zone: c.zoneName, seat: c.seatLabel })
    : t('door.quick.place', { event: c.eventName, zone: c.zoneName });
}

/** One scan in quick cancellation mode: the ticket it cancelled, or why not. */
export type QuickResult = { key: number; code: string } & ({ ok: true; data: QuickCancellation } | { ok: false; problem: ProblemLike });

/** The quick cancellation mode's scans, newest first (the few last ones: a stack of tickets goes by fast). */
export function useQuickCancellation(ops: DoorOperations) {
  const results = ref<QuickResult[]>([]);
  const cancelledCount = ref(0);
  let next = 0;
  async function cancel(raw: string): Promise<QuickResult | null> {
    const code = raw.trim();
    if (!code) return null;
    const outcome = await ops.quickCancel(code);
    const result: QuickResult = { key: next++, code, ...outcome };
    if (result.ok) cancelledCount.value++;
    results.value = [result, ...results.value].slice(0, 8);
    return result;
  }
  function reset() {
    results.value = [];
    cancelledCount.value = 0;
  }
  return { results, cancelledCount, cancel, reset };
}
