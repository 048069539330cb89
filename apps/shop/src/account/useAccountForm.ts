import type { Problem } from '@guichet/api-client';
import { ref } from 'vue';
import { inWords } from '../i18n/problems';

/** A form of the account pages: busy while the API answers, and its refusal in the catalog's words. */
export function useAccountForm() {
  const busy = ref(false);
  const problem = ref<Problem | null>(null);
  /** The call's answer, or null when it was refused (then `problem` says why). */
  async function submit<T>(call: () => Promise<{ data?: T; error?: Problem }>): Promise<{ data: T | undefined } | null> {
    busy.value = true;
    problem.value = null;
    try {
      const { data, error } = await call();
      if (error) {
        const shown = inWords(error);
        // Two rules a field breaks (too short, no digit) read the same in the catalog's words: say it once.
        const errors = shown.errors?.filter((e, i, all) => all.findIndex((o) => o.field === e.field && o.message === e.message) === i);
        problem.value = { ...shown, ...(errors ? { errors } : {}) };
        return null;
      }
      return { data };
    } finally {
      busy.value = false;
    }
  }
  return { busy, problem, submit };
}
