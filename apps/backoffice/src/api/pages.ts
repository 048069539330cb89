import type { Problem } from '@guichet/api-client';
import { inWords } from '../i18n/problems';

type Page<T> = { data?: { items: T[]; nextCursor?: string | null }; error?: Problem };

/**
 * Follows a cursor-paginated list to its end, for screens that show a whole (small) collection
 * at once. Stops at the first problem and returns it, in the catalog's words, with what was read so far.
 */
export async function collectPages<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): Promise<{ items: T[]; problem: Problem | null }> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const { data, error } = await fetchPage(cursor);
    if (error || !data) return { items, problem: error ? inWords(error) : null };
    items.push(...data.items);
    cursor = data.nextCursor ?? undefined;
  } while (cursor);
  return { items, problem: null };
}
