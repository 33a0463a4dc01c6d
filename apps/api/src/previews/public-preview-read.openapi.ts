import type { OpenAPIObject } from '@nestjs/swagger';
import { PUBLIC_PREVIEW_READ_PATH } from './public-preview-read.route';

/** The OpenAPI entry of the plain Fastify route (Nest's scanner only sees controllers). */
export function addPublicPreviewReadToOpenApi(document: OpenAPIObject, prefix: string): void {
  const path = `/${prefix}/${PUBLIC_PREVIEW_READ_PATH.replace(':slug', '{slug}')}`;
  const problem = { 'application/problem+json': { schema: { type: 'object' } } };
  document.paths[path] = {
    ...document.paths[path],
    get: {
      operationId: 'publicPreviewsRead',
      security: [],
      tags: ['public'],
      summary: 'The latest published version of a realistic job preview; no account needed.',
      parameters: [
        { name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
        { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } },
      ],
      responses: {
        '200': {
          description: 'The preview, with ETag and Cache-Control.',
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/PublicPreviewDto' } },
          },
        },
        '304': { description: 'The ETag still matches the published version.' },
        '404': { description: 'No published preview has this slug.', content: problem },
        '429': {
          description: 'PUBLIC_READ_RATE_LIMIT exceeded; see Retry-After.',
          content: problem,
        },
      },
    },
  };
}
