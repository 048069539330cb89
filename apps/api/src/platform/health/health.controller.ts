import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { ApiProblems } from '../http/api-problems';
import { DomainError, HttpProblems } from '../http/problem';
import { Readiness } from './readiness';

export class HealthResponse {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { database: 'ok', redis: 'ok' } })
  checks: Record<string, string>;
}

@ApiTags('platform')
@Public()
@Controller()
export class HealthController {
  constructor(private readonly readiness: Readiness) {}

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
  @ApiProblems(HttpProblems.NOT_READY)
  async getReadiness(): Promise<HealthResponse> {
    const checks = await this.readiness.check();
    if (Object.values(checks).some((v) => v !== 'ok'))
      throw new DomainError(HttpProblems.NOT_READY, `Not ready: ${JSON.stringify(checks)}`, undefined, { checks });
    return { status: 'ok', checks };
  }
}
