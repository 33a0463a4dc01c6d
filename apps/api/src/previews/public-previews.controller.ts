import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiNotModifiedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '@rolefit/config';
import { Public } from '../common/auth/current-user';
import { ProblemException } from '../common/problem/problem-exception';
import { clientAddress } from '../common/rate-limit/client-address';
import { FixedWindowLimiter } from '../common/rate-limit/fixed-window-limiter';
import { PublicPreviewDto, ReactionDto, ReactionRecordedDto } from './previews.dto';
import { PublicPreviewsService } from './public-previews.service';

/** No account needed: candidates read the real job and say whether it is for them. */
@ApiTags('public')
@Public()
@Controller('public/previews')
export class PublicPreviewsController {
  /** Off by default (PUBLIC_READ_RATE_LIMIT=0): reads are cached and cheap. */
  private readonly readLimiter?: FixedWindowLimiter;

  constructor(
    private readonly previews: PublicPreviewsService,
    config: AppConfig,
  ) {
    if (config.PUBLIC_READ_RATE_LIMIT > 0) {
      this.readLimiter = new FixedWindowLimiter({
        limit: config.PUBLIC_READ_RATE_LIMIT,
        windowMs: 60_000,
      });
    }
  }

  @Get(':slug')
  @ApiHeader({ name: 'If-None-Match', required: false })
  @ApiOkResponse({ type: PublicPreviewDto })
  @ApiNotModifiedResponse({ description: 'The ETag still matches the published version.' })
  async read(
    @Param('slug') slug: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PublicPreviewDto | undefined> {
    const decision = this.readLimiter?.hit(clientAddress(request));
    if (decision && !decision.allowed) {
      throw new ProblemException(429, 'Too many requests; retry shortly', undefined, {
        'retry-after': String(decision.retryAfterSeconds),
      });
    }
    const preview = await this.previews.read(slug);
    this.previews.recordView(preview.versionId);
    void reply.header('etag', preview.etag);
    void reply.header('cache-control', 'public, max-age=60, stale-while-revalidate=300');
    if (request.headers['if-none-match'] === preview.etag) {
      void reply.status(304);
      return undefined;
    }
    return preview.body;
  }

  @Post(':slug/reactions')
  @ApiCreatedResponse({ type: ReactionRecordedDto })
  react(@Param('slug') slug: string, @Body() dto: ReactionDto): Promise<ReactionRecordedDto> {
    return this.previews.react(slug, dto);
  }
}
