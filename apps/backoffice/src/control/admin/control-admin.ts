import type { components } from '@guichet/api-client';
import type { ProblemLike } from '@guichet/ui';
import QRCode from 'qrcode';

type Schemas = components['schemas'];
type EventResponse = Schemas['EventResponse'];
export type ControlProfile = Schemas['ControlProfileResponse'];
export type ControlProfileBody = Schemas['ControlProfileRequest'];
export type ControlDevice = Schemas['ControlDeviceResponse'];
export type ScanMode = ControlProfile['mode'];

export const SCAN_MODES: readonly ScanMode[] = ['normal', 'entry_exit', 'multiple'];

/** An event as the profile form offers it: its scheduled dates to choose, soonest first, and its zones. */
export interface EventChoice {
  eventId: string;
  eventName: string;
  dates: { id: string; startsAt: string }[];
  zones: { id: string; name: string }[];
}

/** The events whose dates a profile may name: those with a scheduled date, by their first date. */
export function eventChoices(events: Pick<EventResponse, 'id' | 'name' | 'dates' | 'zones'>[]): EventChoice[] {
  return events
    .map((e) => ({
      eventId: e.id,
      eventName: e.name,
      dates: e.dates
        .filter((d) => d.status === 'scheduled')
        .map((d) => ({ id: d.id, startsAt: d.startsAt }))
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
      zones: e.zones.map((z) => ({ id: z.id, name: z.name })),
    }))
    .filter((e) => e.dates.length > 0)
    .sort((a, b) => a.dates[0].startsAt.localeCompare(b.dates[0].startsAt));
}

/**
 * The zones a profile may name: those of the events whose dates it chose, or of every event when it
 * chose none (every date). A zone already chosen stays offered, so unchecking a date never hides a choice silently.
 */
export function zoneChoices(events: EventChoice[], dateIds: readonly string[], chosenZoneIds: readonly string[] = []): EventChoice[] {
  const chosen = new Set(dateIds);
  return events
    .filter((e) => chosen.size === 0 || e.dates.some((d) => chosen.has(d.id)) || e.zones.some((z) => chosenZoneIds.includes(z.id)))
    .filter((e) => e.zones.length > 0);
}

/** The profile form: a name is needed; empty dates or zones mean all of them (the API's reading). */
export interface ProfileDraft {
  name: string;
  dateIds: string[];
  zoneIds: string[];
  mode: ScanMode;
}

export const emptyDraft = (): ProfileDraft => ({ name: '', dateIds: [], zoneIds: [], mode: 'normal' });
export const draftOf = (p: ControlProfile): ProfileDraft => ({ name: p.name, dateIds: [...p.dateIds], zoneIds: [...p.zoneIds], mode: p.mode });

/** The request body, or the fields to fix — said in the words given (the catalog's). */
export function readProfileDraft(
  draft: ProfileDraft,
  words: { nameMissing: string; checkFields: string },
): { body: ControlProfileBody } | { problem: ProblemLike } {
  const name = draft.name.trim();
  if (!name) return { problem: { detail: words.checkFields, errors: [{ field: 'name', message: words.nameMissing }] } };
  return { body: { name, dateIds: [...draft.dateIds], zoneIds: [...draft.zoneIds], mode: draft.mode } };
}

/** How long ago, in whole units, for « il y a 3 min »: under a minute is now. */
export function ago(iso: string, nowMs: number): { unit: 'now' | 'minutes' | 'hours' | 'days'; n: number } {
  const minutes = Math.floor(Math.max(0, nowMs - Date.parse(iso)) / 60_000);
  if (minutes < 1) return { unit: 'now', n: 0 };
  if (minutes < 60) return { unit: 'minutes', n: minutes };
  if (minutes < 24 * 60) return { unit: 'hours', n: Math.floor(minutes / 60) };
  return { unit: 'days', n: Math.floor(minutes / (24 * 60)) };
}

/**
 * A login code's QR code as one SVG path of its dark modules, in module units, with the 4-module
 * quiet zone scanners need around it. The content is the code itself, as the scanner page reads it.
 */
export function qrModules(code: string): { size: number; path: string } {
  const { modules } = QRCode.create(code, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  return { size: modules.size + 2 * quiet, path };
}
