import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Public } from '../common/auth/current-user';
import { ProblemException } from '../common/problem/problem-exception';
import { RedisHealthIndicator } from './redis-health.indicator';

@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  /** The process is up and serving; says nothing about its dependencies. */
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @Get('live')
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Ready to take traffic: PostgreSQL and Redis both answer. */
  @ApiOperation({ summary: 'Readiness: PostgreSQL and Redis are reachable' })
  @Get('ready')
  @HealthCheck()
  @ApiOkResponse({ description: 'Database and Redis are up.' })
  @ApiServiceUnavailableResponse({ description: 'problem+json naming what is down.' })
  async ready(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.database.pingCheck('database').withTimeout(1500),
        () => this.redis.check('redis'),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const result = error.getResponse() as HealthCheckResult;
      const down = Object.keys(result.error ?? {});
      throw new ProblemException(
        503,
        `Not ready: ${down.join(', ') || 'dependencies'} unavailable`,
        undefined,
        {
          'retry-after': '5',
        },
      );
    }
  }
}
