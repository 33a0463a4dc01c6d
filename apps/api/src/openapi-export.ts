import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppModule } from './app.module';
import { API_PREFIX } from './bootstrap/create-app';
import { buildOpenApiDocument, serializeOpenApiDocument } from './bootstrap/openapi';

/**
 * `npm run openapi`: writes apps/api/openapi.json from the controllers. Nest's preview mode
 * reads the modules' metadata without instantiating providers, so no database or Redis is
 * needed. The web app's types are generated from this file.
 */
async function main(): Promise<void> {
  const target = resolve(process.argv[2] ?? 'apps/api/openapi.json');
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  app.setGlobalPrefix(API_PREFIX);
  writeFileSync(target, serializeOpenApiDocument(buildOpenApiDocument(app, API_PREFIX)));
  await app.close();
  console.log(`OpenAPI document written to ${target}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
