/**
 * Parses an amount typed by an organizer ("25.50", "25,5", "1'200") into integer minor units
 * (2550, 2550, 120000) from the digits themselves, so no floating-point rounding can creep in.
 * Returns null when the text is not a non-negative amount with at most two decimals.
 */
export function parseMoneyInput(text: string): number | null {
  const normalized = text
    .trim()
    .replace(/[\s'’]/g, '')
    .replace(',', '.');
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(normalized);
  if (!match) return null;
  const minor = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units as the text an input shows and `parseMoneyInput` reads back: 2550 → "25.50". */
export function formatMoneyInput(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
