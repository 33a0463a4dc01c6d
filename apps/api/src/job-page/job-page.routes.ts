import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '@rolefit/config';
import { localeFromAcceptLanguage } from '@rolefit/domain';
import { REACTION_KINDS, REACTION_REASONS } from '@rolefit/persistence';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApplicationsService, ApplyDto } from '../applications';
import { CandidateRightsService } from '../rights';
import { CandidateRateLimits } from '../assessments';
import { replyWithProblem } from '../common/problem/problem-details.filter';
import { ProblemException } from '../common/problem/problem-exception';
import { clientAddress } from '../common/rate-limit/client-address';
import { PublicPreviewsService } from '../previews';
import {
  ASSET_PREFIX,
  FormOutcome,
  JobPageBundle,
  loadJobPageBundle,
  PageLocale,
  RenderablePreview,
  StaticAsset,
} from './job-page-bundle';
import { RenderedPage, renderedPage, RenderedPageCache } from './rendered-page-cache';
import { acceptsGzip, etagMatches } from '../common/http/negotiation';

type SlugRequest = FastifyRequest<{ Params: { slug: string } }>;
const HTML = 'text/html; charset=utf-8';
/** Like the JSON read: browsers and proxies may keep it a minute, then revalidate (304). */
const PAGE_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

/**
 * The public job page, `/jobs/:slug`: the published preview as a complete HTML document,
 * rendered once per published version by the web app's server renderer and then served from
 * memory (gzip or identity, ETag/304). Plain Fastify routes, like the JSON read, so the hot
 * path costs a cache lookup. Also serves the page's one script (`/jobs/assets/…`, immutable)
 * and accepts its two forms posted without JavaScript.
 */
export function registerJobPage(app: NestFastifyApplication, bundle = loadJobPageBundle()): void {
  const logger = new Logger('JobPage');
  if (!bundle) {
    logger.warn('The job page is not built (npm run build); /jobs/:slug answers 503 until it is');
  }
  const previews = app.get(PublicPreviewsService);
  const rights = app.get(CandidateRightsService);
  const config = app.get(AppConfig);
  const baseUrl = config.PUBLIC_URL;
  const pages = new RenderedPageCache();
  const notFoundPages = new Map<PageLocale, RenderedPage>();
  const fastify = app.getHttpAdapter().getInstance();

  const notBuilt = () =>
    new ProblemException(503, 'The job page has not been built; run `npm run build`');

  fastify.get('/jobs/:slug', async (request: SlugRequest, reply: FastifyReply) => {
    try {
      if (!bundle) throw notBuilt();
      const preview = await readPreview(previews, request.params.slug);
      if (!preview) {
        const locale = preferredLocale(request.headers['accept-language']);
        let page = notFoundPages.get(locale);
        if (!page) {
          page = renderedPage(bundle.renderer.renderNotFoundPage(locale));
          notFoundPages.set(locale, page);
        }
        void reply.header('vary', 'accept-encoding, accept-language');
        return sendPage(request, reply, page, 404, 'no-cache');
      }
      previews.recordView(preview.versionId);
      // The organisation's privacy notice, shown before applying; its version goes with the
      // application. A new notice version renders the page anew.
      const notice = await rights.noticeForSlug(request.params.slug);
      const locale: PageLocale = (preview.body as { locale?: PageLocale }).locale ?? 'en';
      const page = pages.getOrRender(`${preview.versionId}:${notice.version}`, () =>
        bundle.renderer.renderJobPage({
          preview: preview.body as unknown as RenderablePreview,
          baseUrl,
          islandSrc: bundle.islandSrc,
          privacyNotice: { version: notice.version, text: notice.text[locale] },
        }),
      );
      return sendPage(request, reply, page, 200, PAGE_CACHE_CONTROL);
    } catch (error) {
      replyWithProblem(request, reply, error, logger);
      return reply;
    }
  });

  fastify.get(
    `${ASSET_PREFIX}:file`,
    async (request: FastifyRequest<{ Params: { file: string } }>, reply: FastifyReply) => {
      const asset = bundle?.assets.get(request.params.file);
      if (!asset) {
        replyWithProblem(request, reply, new ProblemException(404, 'No such file'), logger);
        return reply;
      }
      return sendAsset(request, reply, asset);
    },
  );

  if (bundle) {
    void fastify.register(async (scope) => registerFormPosts(scope, app, bundle, logger));
  }
}

/** The preview read, or undefined for a slug with no published preview. */
async function readPreview(previews: PublicPreviewsService, slug: string) {
  try {
    return await previews.read(slug);
  } catch (error) {
    if (error instanceof ProblemException && error.getStatus() === 404) return undefined;
    throw error;
  }
}

function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: RenderedPage,
  status: number,
  cacheControl: string,
) {
  void reply.header('etag', page.etag);
  void reply.header('cache-control', cacheControl);
  if (!reply.hasHeader('vary')) void reply.header('vary', 'accept-encoding');
  if (status === 200 && etagMatches(request.headers['if-none-match'], page.etag)) {
    return reply.status(304).send();
  }
  const gzip = acceptsGzip(request.headers['accept-encoding']);
  if (gzip) void reply.header('content-encoding', 'gzip');
  return reply
    .status(status)
    .type(HTML)
    .send(gzip ? page.gzip : page.html);
}

function sendAsset(request: FastifyRequest, reply: FastifyReply, asset: StaticAsset) {
  // The file name carries its content hash: a new build is a new name.
  void reply.header('cache-control', 'public, max-age=31536000, immutable');
  void reply.header('vary', 'accept-encoding');
  const gzip = acceptsGzip(request.headers['accept-encoding']);
  if (gzip) void reply.header('content-encoding', 'gzip');
  return reply.type(asset.contentType).send(gzip ? asset.gzip : asset.body);
}

/** Norwegian (nb, no, nn) when the browser asks for it before English; English otherwise. */
export function preferredLocale(header: string | undefined): PageLocale {
  return localeFromAcceptLanguage(header);
}

/**
 * The reaction and application forms, posted as ordinary HTML forms when JavaScript is off.
 * The answer is a short page in the preview's language (thanks, check your email, or what
 * went wrong) with a link back. Same services, same rules and limits as the JSON routes.
 * (Nest's Fastify adapter already parses application/x-www-form-urlencoded bodies.)
 */
async function registerFormPosts(
  scope: FastifyInstance,
  app: NestFastifyApplication,
  bundle: JobPageBundle,
  logger: Logger,
): Promise<void> {
  const previews = app.get(PublicPreviewsService);
  const applications = app.get(ApplicationsService);
  const limits = app.get(CandidateRateLimits);
  const outcomePage = (
    reply: FastifyReply,
    status: number,
    input: Parameters<JobPageBundle['renderer']['renderFormOutcomePage']>[0],
  ) =>
    reply
      .status(status)
      .header('cache-control', 'no-store')
      .type(HTML)
      .send(bundle.renderer.renderFormOutcomePage(input));

  scope.post(
    '/jobs/:slug/reaction',
    async (request: FastifyRequest<{ Params: { slug: string }; Body: unknown }>, reply) => {
      try {
        const slug = request.params.slug;
        const preview = await readPreview(previews, slug);
        if (!preview) return reply.redirect(`/jobs/${encodeURIComponent(slug)}`, 303);
        const locale: PageLocale = preview.body.locale ?? 'en';
        const form = formFields(request.body);
        const reaction = REACTION_KINDS.find((k) => k === form.reaction);
        if (!reaction) return outcomePage(reply, 400, { locale, slug, outcome: 'failed' });
        const reason =
          reaction === 'not_for_me' ? REACTION_REASONS.find((r) => r === form.reason) : undefined;
        await previews.react(slug, reason ? { reaction, reason } : { reaction });
        return outcomePage(reply, 200, {
          locale,
          slug,
          outcome: reaction === 'interested' ? 'interested' : 'notForMe',
        });
      } catch (error) {
        replyWithProblem(request, reply, error, logger);
        return reply;
      }
    },
  );

  scope.post(
    '/jobs/:slug/apply',
    async (request: FastifyRequest<{ Params: { slug: string }; Body: unknown }>, reply) => {
      const slug = request.params.slug;
      const preview = await readPreview(previews, slug).catch(() => undefined);
      if (!preview) return reply.redirect(`/jobs/${encodeURIComponent(slug)}`, 303);
      const locale: PageLocale = preview.body.locale ?? 'en';
      const form = formFields(request.body);
      const dto = plainToInstance(ApplyDto, {
        name: form.name ?? '',
        email: form.email ?? '',
        privacyNoticeVersion: Number(form.privacyNoticeVersion),
      });
      if ((await validate(dto)).length > 0) {
        return outcomePage(reply, 400, { locale, slug, outcome: 'invalid' });
      }
      const decision = await limits.applications.hit(clientAddress(request));
      if (!decision.allowed) {
        void reply.header('retry-after', String(decision.retryAfterSeconds));
        return outcomePage(reply, 429, { locale, slug, outcome: 'tooMany' });
      }
      try {
        await applications.apply(slug, dto);
        return outcomePage(reply, 200, { locale, slug, outcome: 'sent', email: dto.email });
      } catch (error) {
        const status = error instanceof ProblemException ? error.getStatus() : 500;
        const outcome: FormOutcome =
          status === 409
            ? 'conflict'
            : status === 404
              ? 'closed'
              : status < 500
                ? 'invalid'
                : 'failed';
        if (status >= 500)
          logger.error({ err: error, requestId: request.id }, 'application failed');
        return outcomePage(reply, status >= 500 ? 503 : status, { locale, slug, outcome });
      }
    },
  );
}

function formFields(body: unknown): Record<string, string | undefined> {
  return body && typeof body === 'object' ? (body as Record<string, string>) : {};
}
