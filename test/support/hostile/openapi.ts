import type { TestApp } from '../test-app';

/** The parts of an OpenAPI 3 document the hostile-input tests read. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  example?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  security?: Record<string, string[]>[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const METHODS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** One operation of the document, flattened for the tests. */
export interface ApiOperation {
  /** `POST /api/v1/teams/{id}/members` */
  name: string;
  method: HttpMethod;
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  headerParams: Parameter[];
  /** The JSON request body schema, $refs NOT yet resolved. */
  body?: Schema;
  bodyRequired: boolean;
  /** Declares bearer security (everything else is public or token-based by design). */
  secured: boolean;
}

/** Fetches the document the running app serves (so routes added later are covered too). */
export async function fetchOpenApi(t: TestApp): Promise<OpenApiDocument> {
  const res = await t.request({ method: 'GET', url: '/docs-json' });
  if (res.statusCode !== 200) throw new Error(`/docs-json answered ${res.statusCode}`);
  return res.json<OpenApiDocument>();
}

export function listOperations(doc: OpenApiDocument): ApiOperation[] {
  const out: ApiOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const params = op.parameters ?? [];
      out.push({
        name: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase() as HttpMethod,
        path,
        pathParams: params.filter((p) => p.in === 'path'),
        queryParams: params.filter((p) => p.in === 'query'),
        headerParams: params.filter((p) => p.in === 'header'),
        body: op.requestBody?.content?.['application/json']?.schema,
        bodyRequired: op.requestBody?.required ?? false,
        secured: (op.security ?? []).some((s) => 'bearer' in s),
      });
    }
  }
  return out;
}

/** Follows `#/components/schemas/X` references (one level; call again on children). */
export function deref(doc: OpenApiDocument, schema: Schema | undefined): Schema {
  let current = schema ?? {};
  for (let hops = 0; current.$ref && hops < 20; hops++) {
    const name = current.$ref.replace('#/components/schemas/', '');
    const target = doc.components?.schemas?.[name];
    if (!target) throw new Error(`unresolvable $ref ${current.$ref}`);
    current = target;
  }
  return current;
}

/** Puts path parameter values into `/teams/{id}/members`, URL-encoding each one. */
export function fillPath(path: string, values: Record<string, string>, encode = true): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for path parameter ${name} of ${path}`);
    return encode ? encodeUri(value) : value;
  });
}

/** encodeURIComponent that survives lone surrogates (sent as U+FFFD, as browsers do). */
export function encodeUri(value: string): string {
  return encodeURIComponent(
    value.replace(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '\ufffd',
    ),
  );
}

/** Every field name in a request schema (recursively), to find id-carrying fields. */
export function collectFields(
  doc: OpenApiDocument,
  schema: Schema | undefined,
  seen = new Set<string>(),
): { name: string; schema: Schema }[] {
  if (!schema) return [];
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return [];
    seen.add(schema.$ref);
  }
  const s = deref(doc, schema);
  const out: { name: string; schema: Schema }[] = [];
  for (const [name, prop] of Object.entries(s.properties ?? {})) {
    out.push({ name, schema: deref(doc, prop) });
    out.push(...collectFields(doc, prop, seen));
  }
  for (const child of [...(s.oneOf ?? []), ...(s.anyOf ?? []), ...(s.allOf ?? [])]) {
    out.push(...collectFields(doc, child, seen));
  }
  if (s.items) out.push(...collectFields(doc, s.items, seen));
  if (typeof s.additionalProperties === 'object') {
    out.push(...collectFields(doc, s.additionalProperties, seen));
  }
  return out;
}
