import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '@rolefit/config';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { AppModule } from '../app.module';
import { jsonBodyProblem } from '../common/problem/json-depth';
import { problem } from '../common/problem/problem';
import { ProblemDetailsFilter, sendProblem } from '../common/problem/problem-details.filter';
import { createValidationPipe } from '../common/problem/validation.pipe';
import { registerJobPage } from '../job-page';
import { registerPublicPreviewRead } from '../previews';
import { applyDeclaredBodyLimit } from '../common/http/body-limit';
import { setupOpenApi } from './openapi';
import { staticSecurityHeaders } from './security-headers';
import { registerWebApp } from './web-app';

export const API_PREFIX = 'api/v1';
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Builds the HTTP application exactly as production runs it; main.ts, the end-to-end tests
 * and the benchmarks all start it from here.
 */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    // Reuse a caller's X-Request-Id when it is sane, so logs join up across services.
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { maxParamLength: 200 },
    // Behind N proxies the client address (used by rate limits) comes from X-Forwarded-For.
    trustProxy:
      config.TRUST_PROXY_HOPS > 0
        ? (_address: string, hop: number) => hop < config.TRUST_PROXY_HOPS
        : false,
    // The router answers a malformed URL (400) or an over-long path parameter (414) before
    // Nest sees the request; those are problem+json too.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const status = error.statusCode === 414 ? 414 : 400;
      const body = problem(
        status,
        status === 414 ? 'A path parameter is too long' : 'The URL is not valid',
      );
      body.requestId = String(request.id);
      sendProblem(reply, body);
    },
  });
  const fastify = adapter.getInstance();
  // Graceful shutdown. Fastify closes idle keep-alive connections once, when close() starts; a
  // connection whose request was in flight then stayed open after its response, and
  // server.close() waited for the client or keepAliveTimeout (72 s) - the graceful-shutdown
  // fault drill had to SIGKILL the API. While closing, responses say `Connection: close`, and
  // connections that go idle anyway are closed every 100 ms.
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    const sweep = setInterval(() => fastify.server.closeIdleConnections(), 100).unref();
    fastify.server.once('close', () => clearInterval(sweep));
    done();
  });
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) void reply.header('connection', 'close');
    done(null, payload);
  });
  // A route may declare its own body limit where it is declared (@BodyLimit).
  fastify.addHook('onRoute', applyDeclaredBodyLimit);
  // Bodies too deep, too wide or not text are refused before validation spends time on them.
  fastify.addHook('preValidation', async (request, reply) => {
    const refused = request.body === undefined ? undefined : jsonBodyProblem(request.body);
    if (refused) {
      sendProblem(
        reply,
        problem(400, refused, {
          instance: request.url.split('?')[0],
          requestId: String(request.id),
        }),
      );
      return reply;
    }
  });
  // The API speaks JSON only; a text/plain body is 415, not a string to validate.
  fastify.removeContentTypeParser('text/plain');
  fastify.addHook('onRequest', async (request, reply) => {
    (request.raw as { id?: string }).id = String(request.id);
    void reply.header('x-request-id', request.id);
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  // Security headers (helmet's), computed once at start and set in a hook: @fastify/helmet
  // rebuilt and re-ran helmet on every request, about a quarter of the CPU of a cached public
  // preview read (BENCHMARKS.md, "http"). Same helmet, same options, same headers.
  const securityHeaders = staticSecurityHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Swagger UI at /docs needs its inline bootstrap script and styles.
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  fastify.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(securityHeaders);
    done();
  });
  registerPublicPreviewRead(app, API_PREFIX);
  registerJobPage(app);
  setupOpenApi(app, API_PREFIX);
  registerWebApp(app, config.WEB_DIST_DIR);
  // SIGTERM/SIGINT: stop accepting, finish in-flight requests, close pools, then exit 0.
  // Without useProcessExit Nest re-raises the signal after the hooks, so a clean shutdown
  // ended as "killed by SIGTERM" (exit 143), as the graceful-shutdown fault drill showed.
  app.enableShutdownHooks([], { useProcessExit: true });
  return app;
}
