/** Every BullMQ queue of Guichet. Payloads carry ids, never entities. */
export enum QueueName {
  Mail = 'mail',
  Documents = 'documents',
  Deadlines = 'deadlines',
  Webhooks = 'webhooks',
  /** Long jobs (a CSV file of orders) that must not hold up the mail or the documents. */
  Imports = 'imports',
}

export const ALL_QUEUES = Object.values(QueueName);

/** Retention keeps finished jobs long enough that a relayed duplicate (same job id) is ignored. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential' as const, delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600 },
  removeOnFail: { age: 30 * 24 * 3600 },
};
