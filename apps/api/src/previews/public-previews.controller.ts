import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../common/auth/current-user';
import { ProblemException } from '../common/problem/problem-exception';
import { ReactionDto, ReactionRecordedDto } from './previews.dto';
import { PublicPreviewsService } from './public-previews.service';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,128}$/;

/** No account needed: candidates read the real job and say whether it is for them. */
@ApiTags('public')
@Public()
@Controller('public/previews')
export class PublicPreviewsController {
  constructor(private readonly previews: PublicPreviewsService) {}

  // GET :slug is served by a plain Fastify route: see public-preview-read.route.ts.

  @ApiOperation({
    summary: 'Say "interested" or "not for me" (with a reason) to a published preview',
  })
  @Post(':slug/reactions')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'A random key (16–128 letters, digits, "-" or "_") the client makes once per reaction: ' +
      'sending the same key again (a double click, a retry) records the reaction only once.',
  })
  @ApiCreatedResponse({ type: ReactionRecordedDto })
  react(
    @Param('slug') slug: string,
    @Body() dto: ReactionDto,
    // Read from the request, not @Headers(): that would document the header as required.
    @Req() request: FastifyRequest,
  ): Promise<ReactionRecordedDto> {
    const header = request.headers['idempotency-key'];
    const idempotencyKey = Array.isArray(header) ? header[0] : header;
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new ProblemException(400, 'The request is invalid', [
        {
          field: 'Idempotency-Key',
          message: 'must be 16 to 128 letters, digits, "-" or "_"',
        },
      ]);
    }
    return this.previews.react(slug, dto, idempotencyKey);
  }
}
