import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { addPublicPreviewReadToOpenApi } from '../previews/public-preview-read.openapi';
import { PublicPreviewDto } from '../previews/previews.dto';
import { describeProblemTypes } from '../common/problem/problem-types';

/** OpenAPI UI at /docs, JSON at /docs-json, generated from the controllers and DTOs. */
export function setupOpenApi(app: NestFastifyApplication, prefix: string): void {
  const config = new DocumentBuilder()
    .setTitle('Rolefit API')
    .setDescription(
      'Realistic job previews, explained role-fit scoring and team-role maps. ' +
        'Errors are application/problem+json (RFC 9457); lists are paginated with page and pageSize. ' +
        "A problem's `type` names its kind (branch on it, not on the text): " +
        `${describeProblemTypes()}; \`about:blank\` for any other status.`,
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [PublicPreviewDto] });
  addPublicPreviewReadToOpenApi(document, prefix);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
