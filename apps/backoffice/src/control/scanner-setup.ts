import { createGuichetClient } from '@guichet/api-client';

/** This browser's scanning device and the dates it checks, for one ticketing. */
export interface ScannerSetup {
  device: { id: string; name: string; token: string };
  dateIds: string[];
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
