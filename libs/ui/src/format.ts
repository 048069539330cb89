// The organizers are Swiss: dates are always shown in Zurich time, whatever the browser's zone.
const TIME_ZONE = 'Europe/Zurich';
const LOCALE = 'fr-CH';

const dateTime = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const shortDateTime = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTime.format(new Date(iso)) : '—';
}

/** Compact form for tables, e.g. `22.11.2026 11:53`. */
export function formatShortDateTime(iso: string | null | undefined): string {
  return iso ? shortDateTime.format(new Date(iso)) : '—';
}
