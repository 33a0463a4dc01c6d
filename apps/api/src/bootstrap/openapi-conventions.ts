import type { OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_TYPES } from '../common/problem/problem-types';

/** Set by `Public()` and `Roles()` (common/auth/current-user.ts); read and removed here. */
export const PUBLIC_EXTENSION = 'x-rolefit-public';
export const ROLES_EXTENSION = 'x-rolefit-roles';

type Responses = Record<string, { description: string; content?: Record<string, unknown> }>;
interface Operation {
  operationId?: string;
  summary?: string;
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  responses: Responses;
  security?: Record<string, string[]>[];
  [PUBLIC_EXTENSION]?: boolean;
  [ROLES_EXTENSION]?: string[];
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;
const PROBLEM_REF = { $ref: '#/components/schemas/ProblemDetails' };

/** `JobRolesController.create` → `jobRolesCreate`: readable, stable, unique per handler. */
export function operationIdFor(controllerKey: string, methodKey: string): string {
  const resource = controllerKey.replace(/Controller$/, '');
  return (
    resource.charAt(0).toLowerCase() +
    resource.slice(1) +
    methodKey.charAt(0).toUpperCase() +
    methodKey.slice(1)
  );
}

/**
 * What every operation of the document states the same way, so no controller can forget it:
 * - security as the global AuthGuard enforces it: bearer unless `@Public()`, then `[]`;
 * - the 4xx answers every route can give: 401 when secured, 403 for role-restricted routes,
 *   404 when a path names a resource, 400 when there is input to validate;
 * - every 4xx/5xx answer is `application/problem+json` with the one ProblemDetails schema.
 */
export function applyOpenApiConventions(document: OpenAPIObject): void {
  document.components ??= {};
  document.components.schemas = {
    ...document.components.schemas,
    FieldProblem: {
      type: 'object',
      required: ['field', 'message'],
      properties: {
        field: { type: 'string', example: 'profile[2].target' },
        message: { type: 'string', example: 'must not be greater than 100' },
      },
    },
    ProblemDetails: {
      type: 'object',
      description: 'RFC 9457 problem details: every error of the API has this shape.',
      required: ['type', 'title', 'status', 'detail'],
      properties: {
        type: {
          type: 'string',
          description: 'The kind of problem; branch on this, not on the text.',
          enum: [...Object.values(PROBLEM_TYPES), 'about:blank'],
          example: PROBLEM_TYPES.validation,
        },
        title: { type: 'string', example: 'Bad Request' },
        status: { type: 'integer', example: 400 },
        detail: { type: 'string', example: 'The request is not valid' },
        instance: { type: 'string', description: 'The request path.' },
        requestId: { type: 'string', description: 'Quote it when reporting a problem.' },
        errors: {
          type: 'array',
          description: 'Validation problems, one per field.',
          items: { $ref: '#/components/schemas/FieldProblem' },
        },
      },
    },
  };

  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as Record<string, Operation | undefined>)[method];
      if (!operation) continue;
      // Public by decorator, or declared `security: []` by a hand-written entry.
      const isPublic =
        operation[PUBLIC_EXTENSION] === true ||
        (Array.isArray(operation.security) && operation.security.length === 0);
      const roles = operation[ROLES_EXTENSION];
      delete operation[PUBLIC_EXTENSION];
      delete operation[ROLES_EXTENSION];
      operation.security = isPublic ? [] : [{ bearer: [] }];

      const responses = operation.responses;
      const add = (status: string, description: string) => {
        responses[status] ??= { description };
      };
      const pathParams = (operation.parameters ?? []).filter((p) => p.in === 'path');
      const hasInput =
        operation.requestBody !== undefined ||
        (operation.parameters ?? []).some((p) => p.in === 'query' || p.in === 'path');
      if (hasInput) add('400', 'The request is not valid; `errors` names each field.');
      if (!isPublic) add('401', 'No access token, or it is invalid or expired.');
      if (roles?.length) add('403', `Only for these roles: ${roles.join(', ')}.`);
      if (pathParams.length > 0 && !path.includes('/public/') && !path.includes('/candidate/')) {
        add('404', 'Not found in your organisation.');
      }
      for (const [status, response] of Object.entries(responses)) {
        if (/^[45]/.test(status)) {
          response.content = { 'application/problem+json': { schema: PROBLEM_REF } };
        }
      }
    }
  }
}
