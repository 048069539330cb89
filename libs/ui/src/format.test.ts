import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from './format';
import { setDisplayLocale } from './locale';

describe('formatDate', () => {
  afterEach(() => setDisplayLocale('fr-CH'));

  it('writes the Zurich day in the display language, whatever the hour in UTC', () => {
    expect(formatDate('2026-12-23T09:36:00Z')).toBe('23 décembre 2026');
    // 23:30 UTC is already the next day in Zurich.
    expect(formatDate('2026-12-23T23:30:00Z')).toBe('24 décembre 2026');
    setDisplayLocale('de-CH');
    expect(formatDate('2026-12-23T09:36:00Z')).toBe('23. Dezember 2026');
    expect(formatDate(null)).toBe('—');
  });
});
