import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

/** Processes that may die within a minute before the supervisor gives up: past that, a new one will not mend it. */
const RESTARTS_PER_MINUTE = 10;

/**
 * Runs the API as `count` processes sharing one port (ADR 0055): node's cluster, whose primary
 * accepts each connection and hands it to the next process in turn. It works because nothing in an
 * API process is state another process needs (docs/architecture.md, "Growing past one machine").
 *
 * - A process that dies after it listened is replaced (a crash takes its own requests, not the port).
 * - One that dies before it ever listened ends everything: a start-up failure (the database out of
 *   reach, a migration missing) would only fail again, and the caller must see it.
 * - SIGTERM or SIGINT on the primary stops every process gracefully (each closes its server and
 *   pool: Nest's shutdown hooks), then the primary exits.
 *
 * Returns once every process has been started; `done` settles with the exit code the primary should end with.
 */
export function superviseApiProcesses(count: number, log: Logger): { done: Promise<number> } {
  let stopping = false;
  const restarts: number[] = [];
  let finish: (code: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => (finish = resolve));

  const listening = new WeakSet<Worker>();
  const fork = () => {
    const worker = cluster.fork();
    worker.once('listening', () => listening.add(worker));
    return worker;
  };

  const stopAll = (signal: NodeJS.Signals, code: number) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping the API processes');
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    if (workers.length === 0) return finish(code);
    let left = workers.length;
    for (const worker of workers) {
      worker.once('exit', () => --left === 0 && finish(code));
      worker.process.kill(signal);
    }
  };

  cluster.on('exit', (worker, exitCode, signal) => {
    if (stopping) return;
    if (!listening.has(worker)) {
      log.error({ process: worker.process.pid, exitCode, signal }, 'an API process failed before it listened: stopping');
      return stopAll('SIGTERM', exitCode || 1);
    }
    const now = performance.now(); // counting restarts, not business time: no Clock
    restarts.push(now);
    while (restarts[0] < now - 60_000) restarts.shift();
    if (restarts.length > RESTARTS_PER_MINUTE) {
      log.error({ restarts: restarts.length }, 'API processes keep dying: stopping');
      return stopAll('SIGTERM', 1);
    }
    log.warn({ process: worker.process.pid, exitCode, signal }, 'an API process died: starting another');
    fork();
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => stopAll(signal, 0));

  for (let i = 0; i < count; i++) fork();
  log.info({ processes: count }, 'API processes started');
  return { done };
}
