import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { problem } from '../common/problem/problem';
import { sendProblem } from '../common/problem/problem-details.filter';

/** Paths the single-page app answers (its router shows the page, or its own 404). */
export const WEB_APP_PATHS = ['/', '/a', '/a/*', '/app', '/app/*'] as const;

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg', '.json', '.txt']);
/** Vite names every file under /assets/ by its content hash: it never changes at that URL. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface StaticFile {
  body: Buffer;
  type: string;
  gzip?: Buffer;
  br?: Buffer;
}

/**
 * Serves the built web app (dist/web) from the API process, on the API's port:
 * - `/assets/*` (hashed names) with a year of immutable caching, gzip or brotli when asked;
 * - the app's HTML for `/`, `/a`, `/a/*` (the candidate's link) and `/app/*` deep links, never cached (`no-store`), so a
 *   new deployment's asset names are picked up at once;
 * - everything else (an unknown `/api/...` path included) stays with the API: problem+json.
 * Files are read and compressed once at start; they are small and never change while running.
 */
export function registerWebApp(app: NestFastifyApplication, distDir: string): void {
  const logger = new Logger('WebApp');
  const root = resolve(distDir);
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) {
    logger.warn(`No web app at ${root} (run npm run build); serving the API only`);
    return;
  }
  const index = loadFile(indexPath);
  const assets = new Map<string, StaticFile>();
  const assetsDir = join(root, 'assets');
  if (existsSync(assetsDir)) {
    for (const path of walk(assetsDir)) {
      assets.set(relative(assetsDir, path).split(sep).join('/'), loadFile(path));
    }
  }
  const fastify = app.getHttpAdapter().getInstance();

  const sendHtml = (request: FastifyRequest, reply: FastifyReply) => {
    void reply.header('cache-control', 'no-store');
    // The questionnaire's token lives in the URL fragment; no page of the app sends a Referer.
    void reply.header('referrer-policy', 'no-referrer');
    return send(request, reply, index);
  };
  for (const path of WEB_APP_PATHS) fastify.get(path, sendHtml);

  fastify.get<{ Params: { '*': string } }>('/assets/*', (request, reply) => {
    const file = assets.get(request.params['*']);
    if (!file) {
      sendProblem(
        reply,
        problem(404, 'No such file', {
          instance: request.url.split('?')[0],
          requestId: String(request.id),
        }),
      );
      return reply;
    }
    void reply.header('cache-control', IMMUTABLE);
    return send(request, reply, file);
  });
}

function send(request: FastifyRequest, reply: FastifyReply, file: StaticFile): FastifyReply {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  void reply.header('content-type', file.type);
  if (file.gzip) void reply.header('vary', 'accept-encoding');
  if (file.br && /\bbr\b/.test(accepted)) {
    return reply.header('content-encoding', 'br').send(file.br);
  }
  if (file.gzip && /\bgzip\b/.test(accepted)) {
    return reply.header('content-encoding', 'gzip').send(file.gzip);
  }
  return reply.send(file.body);
}

function loadFile(path: string): StaticFile {
  const extension = extname(path);
  const body = readFileSync(path);
  const file: StaticFile = {
    body,
    type: CONTENT_TYPES[extension] ?? 'application/octet-stream',
  };
  if (COMPRESSIBLE.has(extension) && body.length > 512) {
    file.gzip = gzipSync(body, { level: 9 });
    file.br = brotliCompressSync(body, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
  }
  return file;
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
