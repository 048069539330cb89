import type { Problem } from '@guichet/api-client';
import { describe, expect, it } from 'vitest';
import { collectPages } from './pages';

describe('collectPages', () => {
  it('follows the cursor until the last page and keeps the order', async () => {
    const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
      start: { items: [1, 2], nextCursor: 'b' },
      b: { items: [3], nextCursor: 'c' },
      c: { items: [4, 5], nextCursor: null },
    };
    const asked: (string | undefined)[] = [];
    const read = await collectPages(async (cursor) => {
      asked.push(cursor);
      return { data: pages[cursor ?? 'start'] };
    });
    expect(read).toEqual({ items: [1, 2, 3, 4, 5], problem: null });
    expect(asked).toEqual([undefined, 'b', 'c']);
  });

  it('stops at the first problem and returns it, in the catalog’s words, with what was read before it', async () => {
    const problem = { type: 'about:blank', title: 'Forbidden', status: 403, code: 'FORBIDDEN' } as Problem;
    let calls = 0;
    const read = await collectPages<number>(async (cursor) => {
      calls += 1;
      return cursor ? { error: problem } : { data: { items: [7], nextCursor: 'next' } };
    });
    expect(read).toEqual({ items: [7], problem: { ...problem, detail: 'Votre rôle ne permet pas cette action.' } });
    expect(calls).toBe(2);
  });
});
