import type { components } from '@guichet/api-client';
import type { ProblemLike } from '@guichet/ui';
import { t } from '../i18n/i18n';

type VatSettings = components['schemas']['VatSettingsResponse'];
type VatRequest = components['schemas']['VatSettingsRequest'];

/** What the VAT card edits: the number as typed, the rate in percent as typed (« 8.1 » or « 8,1 »). */
export interface VatDraft {
  vatNumber: string;
  rate: string;
}

/** 810 basis points → « 8.1 »; none → empty. */
export function draftFrom(s: Pick<VatSettings, 'vatNumber' | 'rateBp'> | null): VatDraft {
  return { vatNumber: s?.vatNumber ?? '', rate: s?.rateBp === null || s?.rateBp === undefined ? '' : String(s.rateBp / 100) };
}

/** « 8,1 » → 810; null when it is not a percentage with at most two decimals. */
export function rateBp(rate: string): number | null {
  const text = rate.trim().replace(',', '.').replace(/\s*%$/, '');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return null;
  return Math.round(Number(text) * 100);
}

/**
 * The request: both fields empty clear the settings; otherwise both are sent as typed (the API names
 * what is wrong). A rate that is not a number is said here, under its field, before anything is sent.
 */
export function vatRequest(d: VatDraft): { body: VatRequest } | { problem: ProblemLike } {
  const vatNumber = d.vatNumber.trim();
  if (!vatNumber && !d.rate.trim()) return { body: { vatNumber: null, rateBp: null } };
  const bp = d.rate.trim() ? rateBp(d.rate) : null;
  if (d.rate.trim() && bp === null)
    return { problem: { detail: t('vatSettings.checkFields'), errors: [{ field: 'rateBp', message: t('vatSettings.rateInvalid') }] } };
  return { body: { vatNumber: vatNumber || null, rateBp: bp } };
}

/** The API's refusal of a field, said in this card's words: what a VAT number and a rate look like. */
export function vatProblemInWords(problem: ProblemLike): ProblemLike {
  const words: Record<string, string> = { vatNumber: t('vatSettings.vatNumberInvalid'), rateBp: t('vatSettings.rateInvalid') };
  const errors = problem.errors?.filter((e, i, all) => all.findIndex((o) => o.field === e.field) === i);
  return { ...problem, errors: errors?.map((e) => ({ ...e, message: words[e.field] ?? e.message })) };
}
