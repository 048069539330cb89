import type { ScanResult } from './door-check';

/** Every answer the scanner shows: the API's results. */
export type Verdict = ScanResult;

export interface VerdictLook {
  /** The CSS colour class; never alone on screen (words and icon say the same). */
  tone: 'accepted' | 'used' | 'refused' | 'fraud' | 'elsewhere' | 'payment';
  icon: string;
  /** One high beep lets in; two low beeps stop. */
  sound: 'accept' | 'refuse';
}

const LOOKS: Record<Verdict, VerdictLook> = {
  accepted: { tone: 'accepted', icon: '✓', sound: 'accept' },
  already_used: { tone: 'used', icon: '⟲', sound: 'refuse' },
  already_inside: { tone: 'used', icon: '⟲', sound: 'refuse' },
  not_inside: { tone: 'refused', icon: '↰', sound: 'refuse' },
  unknown: { tone: 'refused', icon: '?', sound: 'refuse' },
  forged: { tone: 'fraud', icon: '⚠', sound: 'refuse' },
  cancelled: { tone: 'refused', icon: '✕', sound: 'refuse' },
  blacklisted: { tone: 'fraud', icon: '⊘', sound: 'refuse' },
  replaced: { tone: 'refused', icon: '⇄', sound: 'refuse' },
  not_paid: { tone: 'payment', icon: '¤', sound: 'refuse' },
  wrong_date: { tone: 'elsewhere', icon: '◷', sound: 'refuse' },
  wrong_zone: { tone: 'elsewhere', icon: '⇥', sound: 'refuse' },
};

/** How a verdict looks and sounds; an answer this build does not know yet is shown as a refusal, never as an entry. */
export function verdictLook(result: string): VerdictLook & { verdict: Verdict } {
  const verdict = (result in LOOKS ? result : 'unknown') as Verdict;
  return { verdict, ...LOOKS[verdict] };
}
