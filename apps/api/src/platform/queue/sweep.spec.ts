import type { Logger } from '@nestjs/common';
import { SweepFailedError, sweepEach } from './sweep';

describe('sweepEach', () => {
  const logged: [Record<string, unknown>, string][] = [];
  const logger = { error: (fields: Record<string, unknown>, message: string) => logged.push([fields, message]) } as unknown as Logger;
  beforeEach(() => (logged.length = 0));

  it('acts on every item and counts those it acted on', async () => {
    const seen: string[] = [];
    const acted = await sweepEach(
      logger,
      'deadline',
      ['a', 'b', 'c'],
      async (x) => (seen.push(x), x !== 'b'),
      (x) => ({ orderId: x }),
    );
    expect(acted).toBe(2);
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(logged).toEqual([]);
  });

  it('goes on past the items that fail, names each in the log, then fails with the counts and the first cause', async () => {
    const seen: string[] = [];
    const sweep = sweepEach(
      logger,
      'deadline',
      ['a', 'b', 'c', 'd'],
      async (x) => {
        seen.push(x);
        if (x === 'a' || x === 'c') throw new Error(`lost ${x}`);
        return true;
      },
      (x) => ({ orderId: x }),
    );
    await expect(sweep).rejects.toThrow(new SweepFailedError('deadline', 2, 4, 2, new Error('lost a')));
    await expect(sweep).rejects.toThrow('deadline: 2 of 4 failed (2 acted on); the first: lost a');
    expect(seen).toEqual(['a', 'b', 'c', 'd']);
    expect(logged).toEqual([
      [{ orderId: 'a', err: 'lost a' }, 'deadline: failed, the sweep goes on'],
      [{ orderId: 'c', err: 'lost c' }, 'deadline: failed, the sweep goes on'],
    ]);
  });
});
