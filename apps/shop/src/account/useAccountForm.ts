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
        problem.value = inWords(error);
        return null;
      }
      return { data };
    } finally {
      busy.value = false;
    }
  }
  return { busy, problem, submit };
}
