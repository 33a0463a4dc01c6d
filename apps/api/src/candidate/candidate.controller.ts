import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/auth/current-user';
import {
  CandidateAssessmentDto,
  CandidateLocaleQuery,
  SaveAnswersDto,
  SavedAnswersDto,
  SubmittedDto,
} from './candidate.dto';
import { CandidateService } from './candidate.service';
import { clientAddress } from '../common/rate-limit/client-address';

/**
 * The candidate's side, reached with the private token from the invitation or application.
 * No account; the token is the credential, so responses are never cached.
 */
@ApiTags('candidate')
@Public()
@ApiParam({ name: 'token', description: 'The private assessment token.' })
@ApiNotFoundResponse({ description: 'Unknown, malformed or expired token (all the same).' })
@ApiTooManyRequestsResponse({
  description: 'Too many failed lookups from this address, or too many saves; see Retry-After.',
})
@Controller('candidate/assessments')
export class CandidateController {
  constructor(private readonly candidate: CandidateService) {}

  @Get(':token')
  @ApiOperation({ summary: 'The questionnaire to answer, without anything that scores it' })
  @ApiOkResponse({ type: CandidateAssessmentDto })
  read(
    @Param('token') token: string,
    @Query() query: CandidateLocaleQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CandidateAssessmentDto> {
    void reply.header('cache-control', 'no-store');
    return this.candidate.read(token, clientAddress(request), query.locale);
  }

  @Put(':token/answers')
  @ApiOperation({ summary: 'Autosave some answers (partial; null clears one)' })
  @ApiOkResponse({ type: SavedAnswersDto })
  @ApiUnprocessableEntityResponse({ description: 'An answer or item key is not valid.' })
  @ApiConflictResponse({ description: 'Already submitted.' })
  saveAnswers(
    @Param('token') token: string,
    @Body() dto: SaveAnswersDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SavedAnswersDto> {
    void reply.header('cache-control', 'no-store');
    return this.candidate.saveAnswers(token, clientAddress(request), dto.answers);
  }

  @Post(':token/submit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Submit once: scores the answers',
    description: 'Submitting again returns the same receipt and never scores again.',
  })
  @ApiOkResponse({ type: SubmittedDto })
  @ApiUnprocessableEntityResponse({ description: 'Unanswered items, listed in errors.' })
  submit(
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubmittedDto> {
    void reply.header('cache-control', 'no-store');
    return this.candidate.submit(token, clientAddress(request));
  }
}
