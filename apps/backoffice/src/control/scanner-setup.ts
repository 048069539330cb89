import { type components, createGuichetClient } from '@guichet/api-client';
import type { DoorRules, ScanMode } from './door-check';

export type ControlSession = components['schemas']['ControlSessionResponse'];

/** What a device logged in with a profile code scans (ADR 0042): its mode and zones (empty: all). */
export interface DoorProfile {
  name: string;
  mode: ScanMode;
  zoneIds: string[];
}

/** This browser's scanning device and the dates it checks, for one ticketing. */
export interface ScannerSetup {
  device: { id: string; name: string; token: string };
  dateIds: string[];
  /** From `GET /control/me`; absent or null: a device without a profile, scanning everything in normal mode. */
  profile?: DoorProfile | null;
}

/** The profile as the page keeps it, from the device's session. */
export function profileOf(session: Pick<ControlSession, 'profile'>): DoorProfile | null {
  const p = session.profile;
  return p ? { name: p.name, mode: p.mode, zoneIds: p.zoneIds } : null;
}

/** How this setup scans; the direction is the door's choice of the moment. */
export function doorRules(setup: ScannerSetup, direction: DoorRules['direction'] = 'in'): DoorRules {
  const mode = setup.profile?.mode ?? 'normal';
  return { mode, direction: mode === 'entry_exit' ? direction : 'in', zoneIds: setup.profile?.zoneIds ?? [] };
}

const keyOf = (ticketingId: string) => `guichet.scanner.${ticketingId}`;
const LAST = 'guichet.scanner.last';

/** Kept in localStorage: the device token is shown once by the API, and a reload must not ask again. */
export const scannerSetup = {
  load(ticketingId: string): ScannerSetup | null {
    return JSON.parse(localStorage.getItem(keyOf(ticketingId)) ?? 'null') as ScannerSetup | null;
  },
  save(ticketingId: string, setup: ScannerSetup): void {
    localStorage.setItem(keyOf(ticketingId), JSON.stringify(setup));
    localStorage.setItem(LAST, ticketingId);
  },
  forget(ticketingId: string): void {
    localStorage.removeItem(keyOf(ticketingId));
  },
  /** Where the installed scanner opens. */
  lastTicketing: (): string | null => localStorage.getItem(LAST),
};

/** The API as the device: its own token, not the user's, and no log-out on a 401. */
export function deviceApi(token: string) {
  return createGuichetClient({ baseUrl: '', token: () => token });
}
export type DeviceApi = ReturnType<typeof deviceApi>;
