import type { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { addPublicPreviewReadToOpenApi, PublicPreviewDto } from '../previews';
import { describeProblemTypes } from '../common/problem/problem-types';
import { applyOpenApiConventions, operationIdFor } from './openapi-conventions';

/**
 * The OpenAPI document, generated from the controllers and DTOs. The same function feeds
 * /docs, the committed apps/api/openapi.json (`npm run openapi`) and the drift test that
 * fails when the two differ.
 */
export function buildOpenApiDocument(app: INestApplication, prefix: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Rolefit API')
    .setDescription(
      'Realistic job previews, explained role-fit scoring and team-role maps. ' +
        'Errors are application/problem+json (RFC 9457); lists are paginated with page and pageSize. ' +
        "A problem's `type` names its kind (branch on it, not on the text): " +
        `${describeProblemTypes()}; \`about:blank\` for any other status.`,
    )
    .setVersion('1')
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    .addServer('/', 'The server this document is served from')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [PublicPreviewDto],
    operationIdFactory: operationIdFor,
  });
  addPublicPreviewReadToOpenApi(document, prefix);
  applyOpenApiConventions(document);
  return document;
}

/** OpenAPI UI at /docs, JSON at /docs-json. */
export function setupOpenApi(app: NestFastifyApplication, prefix: string): void {
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app, prefix), {
    jsonDocumentUrl: 'docs-json',
  });
}

/** The committed file's text: stable key order as generated, two-space JSON. */
export function serializeOpenApiDocument(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
