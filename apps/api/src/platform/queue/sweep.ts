import type { Logger } from '@nestjs/common';

/** Some items of a sweep failed; the others were acted on (the job shows failed, the next run retries them). */
export class SweepFailedError extends Error {
  constructor(what: string, failed: number, of: number, acted: number, cause: unknown) {
    super(`${what}: ${failed} of ${of} failed (${acted} acted on); the first: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/**
 * A sweep's loop (the deadlines' safety nets): `act` on each item in turn, counting those it acted on.
 * One item's unexpected failure (a bug, a lost connection) is logged with what names it and does not
 * stop the others — else the same failing order, first in line at every run, would keep every later
 * one from being cancelled. The sweep fails at the end when any item did.
 */
export async function sweepEach<T>(
  logger: Logger,
  what: string,
  items: readonly T[],
  act: (item: T) => Promise<boolean>,
  name: (item: T) => Record<string, string>,
): Promise<number> {
  let acted = 0;
  let failed = 0;
  let first: unknown;
  for (const item of items) {
    try {
      if (await act(item)) acted++;
    } catch (error) {
      if (!failed++) first = error;
      logger.error({ ...name(item), err: error instanceof Error ? error.message : String(error) }, `${what}: failed, the sweep goes on`);
    }
  }
  if (failed) throw new SweepFailedError(what, failed, items.length, acted, first);
  return acted;
}
