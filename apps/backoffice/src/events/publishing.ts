import type { Problem } from '@guichet/api-client';
import { hasMessage, type MessageKey, t } from '../i18n/i18n';
import { inWords } from '../i18n/problems';

/**
 * A refused publication in the catalog's words; EVENT_NOT_PUBLISHABLE also says what to add
 * ("ajoutez-lui une date programmée et un tarif") from the fields the API names, never its English.
 */
export function publishRefusal(problem: Problem): Problem {
  const shown = inWords(problem);
  if (problem.code !== 'EVENT_NOT_PUBLISHABLE') return shown;
  const missing = (problem.errors ?? [])
    .map((e) => `events.publishMissing.${e.field}`)
    .filter((key) => hasMessage(key))
    .map((key) => t(key as MessageKey));
  if (missing.length === 0) return shown;
  const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} et ${missing[missing.length - 1]}`;
  return { ...shown, detail: t('events.publishRefused', { missing: list }) };
}
