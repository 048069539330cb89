import { dateFormat } from './locale';

// The organizers are Swiss: dates are always shown in Zurich time, whatever the browser's zone.
const TIME_ZONE = 'Europe/Zurich';

/** e.g. "sam. 12 décembre 2026 à 20:00" in French, "Sa., 12. Dezember 2026 um 20:00" in German. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso
    ? dateFormat({ timeZone: TIME_ZONE, weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(
        new Date(iso),
      )
    : '—';
}

/** A day, e.g. "23 décembre 2026" in French, "23. Dezember 2026" in German (for a deadline in a sentence). */
export function formatDate(iso: string | null | undefined): string {
  return iso ? dateFormat({ timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso)) : '—';
}

/** Compact form for tables, e.g. `22.11.2026 11:53`. */
export function formatShortDateTime(iso: string | null | undefined): string {
  return iso
    ? dateFormat({ timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso))
    : '—';
}
