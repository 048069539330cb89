import type { Problem } from '@guichet/api-client';
import type { ProblemLike } from '@guichet/ui';
import { t } from '../i18n/i18n';
import { inWords } from '../i18n/problems';
import { deviceApi, profileOf, type ScannerSetup } from './scanner-setup';

/** A login code's 12 symbols (ADR 0042): digits and capitals without 0/O and 1/I. */
const CODE = /^[2-9A-HJ-NP-Z]{12}$/;

/**
 * The login code in what was typed, scanned from the backoffice's QR code (its text) or opened as a
 * link to the scanner (`…/scan?code=K7QM-4XRT-9HPW`); null when it holds none. Dashes, spaces and
 * case do not matter, as for the API.
 */
export function loginCodeIn(read: string): string | null {
  let text = read.trim();
  if (/^https?:\/\//i.test(text)) {
    try {
      text = new URL(text).searchParams.get('code') ?? '';
    } catch {
      return null;
    }
  }
  const symbols = text.toUpperCase().replace(/[\s-]/g, '');
  return CODE.test(symbols) ? symbols.match(/.{4}/g)!.join('-') : null;
}

export type DeviceLogin = { ticketingId: string; setup: ScannerSetup } | { problem: ProblemLike };

/**
 * Logs this browser in as a door device with the organizer code or a profile code (spent by this
 * use), then reads what it may scan: the ticketing, its profile's mode and zones. Its dates are
 * chosen next. Without the user's client: a refused code must not end a backoffice session.
 */
export async function logInDevice(code: string, deviceName: string): Promise<DeviceLogin> {
  try {
    const { data: device, error } = await deviceApi('').POST('/api/v1/control/login', { body: { code, deviceName } });
    if (error) return { problem: codeProblem(error) };
    const { data: session, error: sessionError } = await deviceApi(device.token).GET('/api/v1/control/me');
    if (sessionError) return { problem: inWords(sessionError) };
    return {
      ticketingId: session.ticketingId,
      setup: { device: { id: device.id, name: device.name, token: device.token }, dateIds: [], profile: profileOf(session) },
    };
  } catch {
    // Logging in needs the server once; scanning offline comes after.
    return { problem: { detail: t('scanner.login.noNetwork') } };
  }
}

/** The door staff's words for a refused code: they cannot generate one, they ask for it. */
function codeProblem(error: Problem): ProblemLike {
  if (error.code === 'CONTROL_LOGIN_CODE_INVALID')
    return { detail: t('scanner.login.codeInvalid'), errors: [{ field: 'code', message: t('scanner.login.codeInvalid') }] };
  if (error.code === 'CONTROL_LOGIN_CODE_SPENT')
    return { detail: t('scanner.login.codeSpent'), errors: [{ field: 'code', message: t('scanner.login.codeSpent') }] };
  return inWords(error);
}
