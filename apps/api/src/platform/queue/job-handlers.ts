import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { QueueName } from './queues';

/** What a module does with one kind of job: a thin adapter that calls the module's façade. */
export type JobHandler = (data: Record<string, unknown>, job: Job) => Promise<unknown>;

/** A job nobody registered a handler for: it fails loudly (and is kept among the failed jobs). */
export class UnknownJobError extends Error {
  constructor(queue: string, name: string) {
    super(`no handler for job "${name}" on queue "${queue}": register one with JobHandlers.register`);
  }
}

/**
 * The handlers that modules register for the jobs they own, by queue and job name. Each queue has
 * one processor (`queue.processors.ts`) that hands every job to the handler registered for its
 * name, so several modules can share the `mail` queue without taking each other's jobs.
 */
@Injectable()
export class JobHandlers {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly repeating: { queue: QueueName; name: string; everyMs: number }[] = [];

  /** `everyMs`: also run it on that period (a safety-net sweep), scheduled by the worker. */
  register(queue: QueueName, name: string, handler: JobHandler, options: { everyMs?: number } = {}): void {
    const key = `${queue}/${name}`;
    if (this.handlers.has(key)) throw new Error(`job "${name}" on queue "${queue}" already has a handler`);
    this.handlers.set(key, handler);
    if (options.everyMs) this.repeating.push({ queue, name, everyMs: options.everyMs });
  }

  /** The sweeps to schedule. */
  repeatable(): readonly { queue: QueueName; name: string; everyMs: number }[] {
    return this.repeating;
  }

  dispatch(queue: QueueName, job: Job): Promise<unknown> {
    const handler = this.handlers.get(`${queue}/${job.name}`);
    if (!handler) throw new UnknownJobError(queue, job.name);
    return handler(job.data as Record<string, unknown>, job);
  }

  /** Registered job names, for the worker's start-up line. */
  names(): string[] {
    return [...this.handlers.keys()].sort();
  }
}
