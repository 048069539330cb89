import { describe, expect, it } from 'vitest';
import { t } from '../i18n/i18n';
import { type Verdict, verdictLook } from './verdicts';

const ALL: Verdict[] = [
  'accepted',
  'already_used',
  'already_inside',
  'not_inside',
  'unknown',
  'forged',
  'cancelled',
  'blacklisted',
  'replaced',
  'not_paid',
  'wrong_date',
  'wrong_zone',
];

describe('how a verdict looks and sounds', () => {
  it('lets in with one high beep on green only for accepted', () => {
    expect(verdictLook('accepted')).toMatchObject({ tone: 'accepted', sound: 'accept' });
    for (const v of ALL.filter((x) => x !== 'accepted')) expect(verdictLook(v).sound, v).toBe('refuse');
  });

  it('gives every verdict its words and an icon, so colour is never alone', () => {
    for (const v of ALL) {
      expect(verdictLook(v).icon.trim(), v).not.toBe('');
      expect(t(`scanner.verdict.${v}`), v).not.toMatch(/^scanner\./);
    }
    expect(new Set(ALL.map((v) => t(`scanner.verdict.${v}`))).size).toBe(ALL.length);
  });

  it('shows an answer this build does not know as a refusal', () => {
    expect(verdictLook('too_early')).toMatchObject({ verdict: 'unknown', sound: 'refuse' });
  });
});
