import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../common/auth/current-user';
import { CandidateRateLimits, tooManyRequests } from '../assessments/rate-limits';
import { clientAddress } from '../common/rate-limit/client-address';
import { ApplicationDto, ApplyDto } from './applications.dto';
import { ApplicationsService } from './applications.service';

/** No account needed: a candidate who read the preview applies and gets a private link. */
@ApiTags('public')
@Public()
@Controller('public/previews')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly limits: CandidateRateLimits,
  ) {}

  @Post(':slug/applications')
  @ApiOperation({
    summary: 'Apply from a published preview: returns the assessment token once',
    description:
      'Records the preview version seen. The same email applying again to the same role ' +
      'while its assessment is open gets that assessment back (with a fresh token), not a ' +
      'second one.',
  })
  @ApiCreatedResponse({ type: ApplicationDto })
  @ApiNotFoundResponse({ description: 'No published preview under this slug.' })
  @ApiConflictResponse({ description: 'The role is not taking assessments yet.' })
  @ApiTooManyRequestsResponse({ description: 'Too many applications from this address.' })
  apply(
    @Param('slug') slug: string,
    @Body() dto: ApplyDto,
    @Req() request: FastifyRequest,
  ): Promise<ApplicationDto> {
    const decision = this.limits.applications.hit(clientAddress(request));
    if (!decision.allowed) throw tooManyRequests(decision.retryAfterSeconds, 'applications');
    return this.applications.apply(slug, dto);
  }
}
