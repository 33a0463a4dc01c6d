import fc from 'fast-check';
import {
  bodyArbitrary,
  GenContext,
  HOSTILE_CONSTANTS,
  hostileKey,
  RAW_PAYLOADS,
  validish,
} from './arbitraries';
import { ApiOperation, encodeUri, fillPath, Parameter } from './openapi';
import type { SentRequest } from './response-checks';

/** Where generated path parameters come from, per operation and parameter. */
export interface ParamSources {
  /** The caller's own object for this parameter, if one exists. */
  own(op: ApiOperation, param: string): string | undefined;
  /** Another organisation's object for this parameter, if one exists. */
  foreign(op: ApiOperation, param: string): string | undefined;
}

export interface AuthChoices {
  /** The main caller (an admin who owns the real objects). */
  token: string;
  /** An admin of another organisation. */
  otherToken: string;
}

const hostileStrings = HOSTILE_CONSTANTS.filter((v): v is string => typeof v === 'string');

/** Path segments that are not valid percent-encoding or try to walk the path; sent raw. */
const RAW_SEGMENTS = ['%', '%zz', '%E0%A4%A', '%C0%AF', '%ff', '..', '.', '%2e%2e', ';x=1', '%00'];

interface PathValue {
  value: string;
  raw: boolean;
}

function pathParamArbitrary(
  op: ApiOperation,
  param: string,
  sources: ParamSources,
): fc.Arbitrary<PathValue> {
  const encoded = (arb: fc.Arbitrary<string>) =>
    arb.map((value): PathValue => ({ value, raw: false }));
  const own = sources.own(op, param);
  const foreign = sources.foreign(op, param);
  const uuid = fc.uuid();
  const real: fc.WeightedArbitrary<PathValue>[] = [];
  if (own) real.push({ weight: 10, arbitrary: encoded(fc.constant(own)) });
  if (foreign) real.push({ weight: 1, arbitrary: encoded(fc.constant(foreign)) });
  return fc.oneof(
    ...real,
    { weight: 2, arbitrary: encoded(uuid) },
    {
      weight: 1,
      arbitrary: encoded(
        fc
          .tuple(own ? fc.constant(own) : uuid, fc.nat(5))
          .map(
            ([id, how]) =>
              [
                id.toUpperCase(),
                `{${id}}`,
                id.replace(/-/g, ''),
                `${id}x`,
                id.slice(0, -1),
                ` ${id}`,
              ][how],
          ),
      ),
    },
    { weight: 1, arbitrary: encoded(fc.constantFrom(...hostileStrings)) },
    { weight: 1, arbitrary: encoded(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 })) },
    { weight: 1, arbitrary: encoded(fc.string({ unit: 'binary', minLength: 1, maxLength: 30 })) },
    {
      weight: 1,
      arbitrary: encoded(fc.integer({ min: 150, max: 4000 }).map((n) => 'a'.repeat(n))),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...RAW_SEGMENTS).map((value): PathValue => ({ value, raw: true })),
    },
  );
}

const scalarText = (ctx: GenContext) =>
  fc.oneof(
    fc
      .constantFrom(...HOSTILE_CONSTANTS)
      .map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
    fc.string({ maxLength: 20 }),
    fc.integer().map(String),
    fc.double().map(String),
    validish(undefined, ctx).map((v) => JSON.stringify(v)),
  );

type QueryPair = [string, string | string[]];

function queryArbitrary(op: ApiOperation, ctx: GenContext): fc.Arbitrary<QueryPair[]> {
  const declared = op.queryParams.map((p: Parameter) =>
    fc
      .option(
        fc.oneof(
          { weight: 6, arbitrary: validish(p.schema, ctx, p.name).map((v) => String(v)) },
          { weight: 2, arbitrary: scalarText(ctx) },
          {
            weight: 1,
            arbitrary: fc.array(validish(p.schema, ctx, p.name).map(String), {
              minLength: 2,
              maxLength: 3,
            }),
          },
        ),
        { freq: 2, nil: undefined },
      )
      .map((v): QueryPair | undefined => (v === undefined ? undefined : [p.name, v])),
  );
  const extras = fc.oneof(
    { weight: 2, arbitrary: fc.constant([] as [string, string][]) },
    {
      weight: 1,
      arbitrary: fc.array(
        fc.tuple(
          fc.oneof(hostileKey(ctx), fc.constantFrom('page', 'pageSize', 'sort', 'force', 'limit')),
          scalarText(ctx),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    },
  );
  return fc
    .tuple(fc.tuple(...declared), extras)
    .map(([d, e]) => [...d.filter((x): x is QueryPair => x !== undefined), ...e]);
}

function serializeQuery(pairs: QueryPair[]): string {
  const parts: string[] = [];
  for (const [key, value] of pairs) {
    for (const v of Array.isArray(value) ? value : [value]) {
      parts.push(`${encodeUri(key)}=${encodeUri(v)}`);
    }
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

interface BodyChoice {
  payload?: string;
  contentType?: string;
}

const OTHER_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/xml',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/json-patch+json',
  'application/octet-stream',
];

function bodyChoiceArbitrary(op: ApiOperation, ctx: GenContext): fc.Arbitrary<BodyChoice> {
  const known = ctx.examples?.get(op.name) ?? [];
  const json = bodyArbitrary(op.body, ctx, known).map((v): BodyChoice => ({
    payload: JSON.stringify(v),
    contentType: 'application/json',
  }));
  const raw = fc
    .constantFrom(...RAW_PAYLOADS)
    .map((payload): BodyChoice => ({ payload, contentType: 'application/json' }));
  const otherType = fc
    .tuple(bodyArbitrary(op.body, ctx), fc.constantFrom(...OTHER_CONTENT_TYPES))
    .map(([v, contentType]): BodyChoice => ({ payload: JSON.stringify(v), contentType }));
  const none = fc.constant<BodyChoice>({});
  if (op.body) {
    return fc.oneof(
      { weight: 14, arbitrary: json },
      { weight: 2, arbitrary: raw },
      { weight: 1, arbitrary: otherType },
      { weight: 1, arbitrary: none },
    );
  }
  // No body declared: usually none, sometimes one anyway.
  return fc.oneof(
    { weight: 8, arbitrary: none },
    { weight: 1, arbitrary: json },
    { weight: 1, arbitrary: raw },
  );
}

function authArbitrary(auth: AuthChoices): fc.Arbitrary<string | undefined> {
  const [header, payload] = auth.token.split('.');
  const tampered = `${header}.${payload}.${'A'.repeat(43)}`;
  const algNone = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
  return fc.oneof(
    { weight: 24, arbitrary: fc.constant(`Bearer ${auth.token}`) },
    { weight: 1, arbitrary: fc.constant(`Bearer ${auth.otherToken}`) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        'Bearer garbage',
        'Bearer',
        'Bearer ',
        '',
        `Bearer ${tampered}`,
        `Bearer ${algNone}`,
        `Bearer ${'x'.repeat(8000)}`,
        `Bearer a.b.c`,
        'Basic dXNlcjpwYXNzd29yZA==',
        `bearer ${auth.token}`,
        `Bearer  ${auth.token}`,
        `Bearer ${auth.token}, Bearer ${auth.otherToken}`,
      ),
    },
  );
}

const addressArbitrary = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
  .map(([a, b, c]) => `10.${a}.${b}.${c}`);

/** Whole requests for one operation. */
export function requestArbitrary(
  op: ApiOperation,
  ctx: GenContext,
  sources: ParamSources,
  auth: AuthChoices,
): fc.Arbitrary<SentRequest> {
  const params = Object.fromEntries(
    op.pathParams.map((p) => [p.name, pathParamArbitrary(op, p.name, sources)]),
  );
  const headerParams = fc.tuple(
    ...op.headerParams.map((p) =>
      fc
        .option(
          fc.oneof(
            fc.string({ maxLength: 40 }),
            fc.constantFrom('*', 'W/"x"', '"abc"', '', 'W/', '"'.repeat(50)),
          ),
          { nil: undefined },
        )
        .map((v) => [p.name.toLowerCase(), v] as const),
    ),
  );
  return fc
    .record({
      params: fc.record(params),
      query: queryArbitrary(op, ctx),
      body: bodyChoiceArbitrary(op, ctx),
      authorization: authArbitrary(auth),
      headers: headerParams,
      remoteAddress: addressArbitrary,
    })
    .map(({ params: values, query, body, authorization, headers, remoteAddress }) => {
      const anyRaw = Object.values(values).some((v) => v.raw);
      const path = anyRaw
        ? fillPath(
            op.path,
            Object.fromEntries(
              Object.entries(values).map(([k, v]) => [k, v.raw ? v.value : encodeUri(v.value)]),
            ),
            false,
          )
        : fillPath(
            op.path,
            Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.value])),
          );
      const sentHeaders: Record<string, string> = {};
      if (authorization !== undefined) sentHeaders.authorization = authorization;
      if (body.contentType) sentHeaders['content-type'] = body.contentType;
      for (const [name, value] of headers) {
        // Header values must be sendable at all; others are the transport's business.
        if (value !== undefined && /^[\x20-\x7e]*$/.test(value)) sentHeaders[name] = value;
      }
      return {
        method: op.method,
        url: path + serializeQuery(query),
        headers: sentHeaders,
        payload: body.payload,
        remoteAddress,
      };
    });
}
