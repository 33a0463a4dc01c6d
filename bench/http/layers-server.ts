/**
 * The real API (createApp, as main.ts builds it) with one layer taken out, for the
 * "http-layers" investigation of where the public preview read spends its CPU:
 *   LAYERS=app                  the application as shipped
 *   LAYERS=noop-middleware      the request-logging middleware replaced by an empty one
 *   LAYERS=no-request-logging   no per-request logging middleware at all
 *   LAYERS=per-request-helmet   the app plus @fastify/helmet registered as before the fix in
 *                               create-app.ts (it rebuilds helmet on every request): the cost
 *                               that fix removed, measured the same way
 * Env as for the API (DATABASE_URL, PORT, …); prints "layers server listening" when ready.
 */
import fastifyHelmet from '@fastify/helmet';
import { RequestMethod } from '@nestjs/common';
import type { MiddlewareConsumer } from '@nestjs/common';
import { loadConfig } from '@rolefit/config';
import { LoggerModule } from 'nestjs-pino';
import { createApp } from '../../apps/api/src/bootstrap/create-app';

async function main(): Promise<void> {
  const layers = process.env.LAYERS ?? 'app';
  const proto = LoggerModule.prototype as unknown as {
    configure(consumer: MiddlewareConsumer): void;
  };
  if (layers === 'no-request-logging') {
    proto.configure = () => undefined;
  } else if (layers === 'noop-middleware') {
    proto.configure = (consumer) => {
      consumer
        .apply((_req: unknown, _res: unknown, next: () => void) => next())
        .forRoutes({ path: '{/*splat}', method: RequestMethod.ALL });
    };
  } else if (layers !== 'app' && layers !== 'per-request-helmet') {
    throw new Error(`unknown LAYERS=${layers}`);
  }
  const config = loadConfig();
  const app = await createApp(config);
  if (layers === 'per-request-helmet') {
    await app.register(fastifyHelmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", "'unsafe-inline'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
        },
      },
    });
  }
  await app.listen({ port: config.PORT, host: '127.0.0.1' });
  console.log('layers server listening');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
