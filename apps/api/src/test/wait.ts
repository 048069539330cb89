/**
 * How long a test waits for what another process does in its own time (the worker, the relay,
 * an email): far above what a busy machine takes, so reaching it means something is broken.
 */
export const PATIENCE_MS = 45_000;

/**
 * Asks `probe` again until `done` accepts its answer, and returns that answer: a test waits for
 * the condition itself, never for a fixed time. Fails after `timeoutMs` with the last answer.
 */
export async function waitUntil<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = PATIENCE_MS): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() >= until) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
