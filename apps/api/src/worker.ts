import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadConfig } from './platform/config/app-config';
import { JobHandlers } from './platform/queue/job-handlers';
import { WorkerModule } from './worker.module';

/**
 * The worker runs with a small young generation (ADR 0054): its jobs (a bank file, a batch of PDFs)
 * churn short-lived objects, and V8's default 16 MB semi-spaces keep ~50 MB of that garbage resident.
 * It is a start-up flag (V8 sizes the heap before any code runs), so every launcher passes it; this
 * only says so when one does not.
 */
const YOUNG_GENERATION_FLAG = '--max-semi-space-size';

async function main(): Promise<void> {
  loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  const logger = app.get(Logger);
  logger.log({ jobs: app.get(JobHandlers).names() }, 'worker started: outbox relay and one processor per queue');
  if (![...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes(YOUNG_GENERATION_FLAG))) {
    logger.warn(`worker started without ${YOUNG_GENERATION_FLAG}=4: its peak memory is ~60 MB higher (docs/adr/0054)`);
  }
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
