import type { components } from '@guichet/api-client';
import { renameFields, type ProblemLike } from '@guichet/ui';
import { ref } from 'vue';
import { inWords, type ShownProblem } from '../../i18n/problems';

type EventResponse = components['schemas']['EventResponse'];
type EventWriteResult = { data: EventResponse; error?: never } | { data?: never; error: ShownProblem };

/**
 * The editor cards' writes: `busy` while one runs, its refusal (in the catalog's words, fields renamed to the
 * inputs by `rename`) in `problem`, and the event it returns handed to `updated`. Resolves whether it
 * was saved.
 */
export function useEventWrite(updated: (event: EventResponse) => void) {
  const busy = ref(false);
  const problem = ref<ProblemLike | null>(null);

  async function write(call: () => Promise<EventWriteResult>, rename?: (field: string) => string): Promise<boolean> {
    busy.value = true;
    problem.value = null;
    const result = await call();
    busy.value = false;
    if (result.error) {
      problem.value = inWords(rename ? renameFields(result.error, rename) : result.error);
      return false;
    }
    updated(result.data);
    return true;
  }

  return { busy, problem, write };
}
