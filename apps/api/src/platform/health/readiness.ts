import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Database } from '../database/database';
import { QueueName } from '../queue/queues';

/** Probes the process's dependencies, each with a short timeout. */
@Injectable()
export class Readiness {
  constructor(
    private readonly db: Database,
    @InjectQueue(QueueName.Mail) private readonly mail: Queue,
  ) {}

  async check(): Promise<Record<string, string>> {
    const checks: Record<string, string> = {};
    const probe = async (name: string, f: () => Promise<unknown>) => {
      try {
        await Promise.race([f(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000))]);
        checks[name] = 'ok';
      } catch (e) {
        checks[name] = (e as Error).message;
      }
    };
    await Promise.all([probe('database', () => this.db.platformQuery('SELECT 1')), probe('redis', () => this.mail.getJobCounts('waiting'))]);
    return checks;
  }
}
