import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiAcceptedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../common/auth/current-user';
import { CandidateRateLimits, tooManyRequests } from '../assessments';
import { clientAddress } from '../common/rate-limit/client-address';
import { ApplicationDto, ApplyDto } from './applications.dto';
import { ApplicationsService } from './applications.service';

/** No account needed: a candidate who read the preview applies; the link arrives by email. */
@ApiTags('public')
@Public()
@Controller('public/previews')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly limits: CandidateRateLimits,
  ) {}

  @Post(':slug/applications')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Apply from a published preview: the private link is emailed',
    description:
      'Records the preview version seen and emails the candidate their private link ' +
      '({PUBLIC_URL}/a#{token}). The same email applying again to the same role while its ' +
      'assessment is open gets its existing link re-sent (at most every 10 minutes), never a ' +
      'new one; within RETAKE_COOLDOWN_DAYS of a submission nothing is sent. The answer is ' +
      'always 202 {status: "sent"}, so it reveals nothing about the address.',
  })
  @ApiAcceptedResponse({ type: ApplicationDto })
  @ApiNotFoundResponse({ description: 'No published preview under this slug.' })
  @ApiConflictResponse({ description: 'The role is not taking assessments yet.' })
  @ApiTooManyRequestsResponse({ description: 'Too many applications from this address.' })
  async apply(
    @Param('slug') slug: string,
    @Body() dto: ApplyDto,
    @Req() request: FastifyRequest,
  ): Promise<ApplicationDto> {
    const decision = await this.limits.applications.hit(clientAddress(request));
    if (!decision.allowed) throw tooManyRequests(decision.retryAfterSeconds, 'applications');
    return this.applications.apply(slug, dto);
  }
}
