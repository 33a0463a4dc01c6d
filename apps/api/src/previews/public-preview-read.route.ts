import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '@rolefit/config';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { replyWithProblem } from '../common/problem/problem-details.filter';
import { ProblemException } from '../common/problem/problem-exception';
import { clientAddress } from '../common/rate-limit/client-address';
import { FixedWindowLimiter } from '../common/rate-limit/fixed-window-limiter';
import { PublicPreviewsService } from './public-previews.service';

export const PUBLIC_PREVIEW_READ_PATH = 'public/previews/:slug';

/**
 * GET /public/previews/:slug — the one hot, anonymous, cacheable read — as a plain Fastify
 * route. Nest's router, guards, pipes and per-request access log cost more than the read
 * itself here (BENCHMARKS.md, "http-layers"); everything that matters stays: the same
 * service and cache, security headers and request id (Fastify hooks), ETag/304, the
 * optional per-address limit, view counting, and problem+json errors. Documented in the
 * OpenAPI document by `addPublicPreviewReadToOpenApi`.
 */
export function registerPublicPreviewRead(app: NestFastifyApplication, prefix: string): void {
  const previews = app.get(PublicPreviewsService);
  const config = app.get(AppConfig);
  const logger = new Logger('PublicPreviewRead');
  const limiter =
    config.PUBLIC_READ_RATE_LIMIT > 0
      ? new FixedWindowLimiter({ limit: config.PUBLIC_READ_RATE_LIMIT, windowMs: 60_000 })
      : undefined;

  app
    .getHttpAdapter()
    .getInstance()
    .get<{ Params: { slug: string } }>(
      `/${prefix}/${PUBLIC_PREVIEW_READ_PATH}`,
      async (request: FastifyRequest<{ Params: { slug: string } }>, reply: FastifyReply) => {
        try {
          const decision = limiter?.hit(clientAddress(request));
          if (decision && !decision.allowed) {
            throw new ProblemException(429, 'Too many requests; retry shortly', undefined, {
              'retry-after': String(decision.retryAfterSeconds),
            });
          }
          const preview = await previews.read(request.params.slug);
          previews.recordView(preview.versionId);
          void reply.header('etag', preview.etag);
          void reply.header('cache-control', 'public, max-age=60, stale-while-revalidate=300');
          if (request.headers['if-none-match'] === preview.etag) {
            return reply.status(304).send();
          }
          return reply.type('application/json; charset=utf-8').send(preview.json);
        } catch (error) {
          replyWithProblem(request, reply, error, logger);
          return reply;
        }
      },
    );
}
