import { Controller, Delete, Get, HttpCode, Param, Req, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/auth/current-user';
import { clientAddress } from '../common/rate-limit/client-address';
import { CandidateRightsService } from './candidate-rights.service';
import { CandidateProfileDto, PublicPrivacyNoticeDto, WithdrawalReceiptDto } from './rights.dto';

/** The candidate's rights from their private link (no account: the token is the credential). */
@ApiTags('candidate')
@Public()
@ApiParam({ name: 'token', description: 'The private assessment token.' })
@ApiNotFoundResponse({ description: 'Unknown, malformed, expired or erased token (all the same).' })
@ApiTooManyRequestsResponse({ description: 'Too many failed lookups from this address.' })
@Controller('candidate/assessments')
export class CandidateRightsController {
  constructor(private readonly rights: CandidateRightsService) {}

  @Get(':token/profile')
  @ApiOperation({
    summary: 'Your own result, in plain words per dimension',
    description:
      'Only your own scores, with a band and a sentence in English and Norwegian per ' +
      'dimension — never the role’s targets or weights, a rank, or other candidates.',
  })
  @ApiOkResponse({ type: CandidateProfileDto })
  @ApiForbiddenResponse({ description: 'The organisation does not share results.' })
  @ApiConflictResponse({ description: 'Not submitted yet.' })
  profile(
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CandidateProfileDto> {
    void reply.header('cache-control', 'no-store');
    return this.rights.profile(token, clientAddress(request));
  }

  @Get(':token/export')
  @ApiOperation({
    summary: 'Download everything held about you (JSON)',
    description:
      'Name, email, answers, stage history, the result and the privacy notice version you saw.',
  })
  @ApiProduces('application/json')
  @ApiOkResponse({ schema: { type: 'object', additionalProperties: true } })
  async export(
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Record<string, unknown>> {
    const data = await this.rights.export(token, clientAddress(request));
    void reply
      .header('cache-control', 'no-store')
      .header('content-disposition', 'attachment; filename="rolefit-my-data.json"');
    return data;
  }

  @Delete(':token')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Withdraw: your personal data is erased at once; returns a receipt',
    description:
      'Your stage becomes withdrawn, your name, email and answers are removed and this link ' +
      'stops working. Scores are kept without identity for statistics.',
  })
  @ApiOkResponse({ type: WithdrawalReceiptDto })
  withdraw(
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WithdrawalReceiptDto> {
    void reply.header('cache-control', 'no-store');
    return this.rights.withdraw(token, clientAddress(request));
  }
}

@ApiTags('public')
@Public()
@Controller('public/previews')
export class PublicPrivacyNoticeController {
  constructor(private readonly rights: CandidateRightsService) {}

  @Get(':slug/privacy-notice')
  @ApiOperation({
    summary: 'The privacy notice to show before applying (send its version with the application)',
  })
  @ApiOkResponse({ type: PublicPrivacyNoticeDto })
  @ApiNotFoundResponse({ description: 'No published preview under this slug.' })
  notice(@Param('slug') slug: string): Promise<PublicPrivacyNoticeDto> {
    return this.rights.noticeForSlug(slug);
  }
}
