import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Queue } from 'bullmq';
import { Public } from '../auth/access.decorators';
import { Database } from '../database/database';
import { ApiProblems } from '../http/api-problems';
import { DomainError } from '../http/problem';
import { QueueName } from '../queue/queues';

export class HealthResponse {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { database: 'ok', redis: 'ok' } })
  checks: Record<string, string>;
}

@ApiTags('platform')
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly db: Database,
    @InjectQueue(QueueName.Mail) private readonly mail: Queue,
  ) {}

  @Get('health')
  @ApiOperation({ operationId: 'getHealth', summary: 'Liveness: the process answers' })
  @ApiOkResponse({ type: HealthResponse })
  getHealth(): HealthResponse {
    return { status: 'ok', checks: {} };
  }

  @Get('ready')
  @HttpCode(200)
  @ApiOperation({ operationId: 'getReadiness', summary: 'Readiness: PostgreSQL and Redis reachable' })
  @ApiOkResponse({ type: HealthResponse })
  @ApiProblems(503)
  async getReadiness(): Promise<HealthResponse> {
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
    if (Object.values(checks).some((v) => v !== 'ok')) throw new DomainError('NOT_READY', 503, `Not ready: ${JSON.stringify(checks)}`, undefined, { checks });
    return { status: 'ok', checks };
  }
}
