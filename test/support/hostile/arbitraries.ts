import fc from 'fast-check';
import { deref, OpenApiDocument, Schema } from './openapi';

/**
 * fast-check arbitraries for hostile requests, derived from the OpenAPI schemas: "valid-ish"
 * values that follow a schema (types, enums, formats, bounds, required fields), mutations
 * that break them in the ways clients and attackers do, and plain hostile values.
 */
export interface GenContext {
  doc: OpenApiDocument;
  /** Bodies known to be accepted, per operation name (mutated like generated ones). */
  examples?: Map<string, unknown[]>;
  /** UUIDs of objects that really exist (in the caller's organisation and in others). */
  realIds: string[];
  /** Keys that mean something to the API (dimension keys, item keys, option keys). */
  keyHints: string[];
}

const MAX_DEPTH = 5;

/** Values that have broken JSON APIs before: numbers at the edges, look-alike strings, junk. */
export const HOSTILE_CONSTANTS: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -0,
  -1,
  0.5,
  1.5,
  100.0001,
  1e308,
  -1e308,
  5e-324,
  1e21,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER,
  '',
  ' ',
  '0',
  '1',
  '-1',
  '1e999',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x1F',
  '１２',
  '٣',
  'true',
  'false',
  'null',
  'undefined',
  '[object Object]',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '<svg onload=alert(1)>',
  '"><img src=x onerror=alert(1)>',
  "' OR '1'='1",
  "1'; DROP TABLE users; --",
  '${7*7}{{7*7}}',
  '%00',
  '%s%n%x',
  '\u0000',
  'nul\u0000byte',
  '\ud800',
  '\udfff\ud800',
  '\u202eevil',
  '\ufeff',
  'a\r\nX-Injected: 1',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'Zalgo: Z̷̡̢̛̛̛̺̺̤̰͖̪͖̮͔̮̳̖̝̘̺̲̱̣͓̤̘̺̻̻͕͙̬̲̓̐̈́̈̈̓̿̍̉́̀̐̆̀̊̀̚͘͝͠͝',
  'ß'.repeat(1000),
  'x'.repeat(5000),
  '2024-02-30T25:61:61Z',
  '99:99',
  '24:00',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
  '{00000000-0000-4000-8000-000000000000}',
  '00000000000040008000000000000000',
  [],
  {},
  [[[]]],
  [null],
  [{}],
  { a: { b: { c: { d: {} } } } },
  { length: 1e9 },
  { toString: 'x', valueOf: 1 },
];

/** Object keys with special meaning in JavaScript, or awkward ones. */
export const HOSTILE_KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  'then',
  'length',
  '',
  ' ',
  '0',
  '-1',
  '$where',
  '$gt',
  'a.b',
  'a[0]',
  '\u0000',
  '🔑',
  'k'.repeat(300),
];

const hostileValue = (ctx: GenContext): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_CONSTANTS) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: idArbitrary(ctx) },
  );

export const hostileKey = (ctx: GenContext): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
    { weight: 3, arbitrary: keyArbitrary(ctx) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  );

function keyArbitrary(ctx: GenContext): fc.Arbitrary<string> {
  return ctx.keyHints.length > 0
    ? fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...ctx.keyHints) },
        { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{1,20}$/) },
      )
    : fc.stringMatching(/^[a-z][a-z0-9-]{1,20}$/);
}

/** A real id most of the time, otherwise a random or nil UUID. */
export function idArbitrary(ctx: GenContext): fc.Arbitrary<string> {
  const random = fc.oneof(fc.uuid(), fc.constant('00000000-0000-4000-8000-000000000000'));
  return ctx.realIds.length > 0
    ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ctx.realIds) }, random)
    : random;
}

const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

function stringFor(
  schema: Schema,
  name: string | undefined,
  ctx: GenContext,
): fc.Arbitrary<string> {
  if (schema.format === 'uuid' || (name && /Id$/.test(name))) return idArbitrary(ctx);
  if (schema.format === 'date-time') {
    return fc
      .date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString());
  }
  if (name === 'email') return fc.emailAddress();
  if (name === 'start' || name === 'end') return hhmm;
  if (name === 'key' || name === 'dimension') return keyArbitrary(ctx);
  const minLength = schema.minLength ?? (name === 'password' ? 12 : 0);
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 60, 60));
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength, maxLength }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength }) },
  );
}

function numberFor(schema: Schema, integer: boolean): fc.Arbitrary<number> {
  const exclusive = schema.exclusiveMinimum === true;
  const min = schema.minimum ?? (integer ? -1000 : -1e6);
  const max = schema.maximum ?? (integer ? 1000 : 1e6);
  if (integer)
    return fc.integer({ min: Math.ceil(min + (exclusive ? 1 : 0)), max: Math.floor(max) });
  // Whole numbers mostly: most numbers of this API (percentages, slots, pages) are.
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.integer({ min: Math.ceil(min + (exclusive ? 1 : 0)), max: Math.floor(max) }),
    },
    {
      weight: 1,
      arbitrary: fc.double({
        min,
        max,
        noNaN: true,
        noDefaultInfinity: true,
        minExcluded: exclusive,
      }),
    },
  );
}

/**
 * A value that follows `schema` as far as the schema says (the server may still refuse it
 * on rules the schema cannot express, which is fine: we want both kinds).
 */
export function validish(
  schema: Schema | undefined,
  ctx: GenContext,
  name?: string,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!schema) return fc.jsonValue({ maxDepth: 2 });
  const s = deref(ctx.doc, schema);
  const base = baseFor(s, ctx, name, depth);
  return s.nullable ? fc.option(base, { nil: null, freq: 6 }) : base;
}

function baseFor(
  s: Schema,
  ctx: GenContext,
  name: string | undefined,
  depth: number,
): fc.Arbitrary<unknown> {
  if (s.allOf?.length) {
    const merged: Schema = { ...s, allOf: undefined };
    for (const part of s.allOf) Object.assign(merged, deref(ctx.doc, part));
    return validish(merged, ctx, name, depth);
  }
  const alternatives = s.oneOf ?? s.anyOf;
  if (alternatives?.length) {
    return fc.oneof(...alternatives.map((a) => validish(a, ctx, name, depth)));
  }
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  if (depth > MAX_DEPTH) return fc.constant(null);
  if (s.example !== undefined && s.type !== 'object' && s.type !== 'array') {
    const { example, ...rest } = s;
    return fc.oneof(fc.constant(example), baseFor(rest, ctx, name, depth));
  }
  switch (s.type) {
    case 'string':
      return stringFor(s, name, ctx);
    case 'integer':
      return numberFor(s, true);
    case 'number':
      return numberFor(s, false);
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(validish(s.items, ctx, name, depth + 1), {
        minLength: s.minItems ?? 0,
        maxLength: Math.max(s.minItems ?? 0, Math.min(s.maxItems ?? 4, 4)),
      });
    case 'object':
    case undefined:
      return objectFor(s, ctx, name, depth);
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

function objectFor(
  s: Schema,
  ctx: GenContext,
  name: string | undefined,
  depth: number,
): fc.Arbitrary<unknown> {
  const props = Object.entries(s.properties ?? {});
  if (props.length > 0) {
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, prop] of props) record[key] = validish(prop, ctx, key, depth + 1);
    return fc.record(record, { requiredKeys: (s.required ?? []).filter((k) => k in record) });
  }
  if (typeof s.additionalProperties === 'object') {
    return fc.dictionary(
      keyArbitrary(ctx),
      validish(s.additionalProperties, ctx, undefined, depth + 1),
      { maxKeys: 5, noNullPrototype: true },
    );
  }
  // @nestjs/swagger writes `type: object` for nullable scalars whose design type is a union
  // (`string | null`); guess from format and example.
  if (s.format === 'uuid' || (name && /Id$/.test(name))) return idArbitrary(ctx);
  if (typeof s.example === 'number') return numberFor(s, false);
  if (typeof s.example === 'string') return stringFor({ ...s, type: 'string' }, name, ctx);
  if (s.minimum !== undefined || s.maximum !== undefined) return numberFor(s, false);
  return fc.jsonValue({ maxDepth: 1 });
}

type Json = unknown;
type Mutation =
  | { kind: 'drop'; at: number; pick: number }
  | { kind: 'replace'; at: number; pick: number; value: Json }
  | { kind: 'extra'; at: number; key: string; value: Json }
  | { kind: 'wrap'; at: number; pick: number; asArray: boolean }
  | { kind: 'root'; value: Json };

function mutationArb(ctx: GenContext): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  const pick = fc.nat();
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('drop' as const), at, pick }) },
    {
      // null where a value belongs: optional-field validators tend to wave it through.
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('replace' as const),
        at,
        pick,
        value: fc.constant(null),
      }),
    },
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('replace' as const),
        at,
        pick,
        value: hostileValue(ctx),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('extra' as const),
        at,
        key: hostileKey(ctx),
        value: hostileValue(ctx),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('wrap' as const), at, pick, asArray: fc.boolean() }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('root' as const), value: hostileValue(ctx) }),
    },
  );
}

/** All containers (objects and arrays) of a JSON tree, root first. */
function containers(value: Json): (Record<string, Json> | Json[])[] {
  const out: (Record<string, Json> | Json[])[] = [];
  const visit = (v: Json) => {
    if (v === null || typeof v !== 'object') return;
    out.push(v as Record<string, Json> | Json[]);
    for (const child of Object.values(v)) visit(child);
  };
  visit(value);
  return out;
}

/** Sets an own, enumerable property even for `__proto__`, so JSON.stringify writes it. */
function setOwn(target: Record<string, Json> | Json[], key: string | number, value: Json): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Applies mutations to a deep copy of `value`. */
export function applyMutations(value: Json, mutations: Mutation[]): Json {
  let root: Json = structuredClone(value);
  for (const original of mutations) {
    // Copies, so shared constants are never changed and the tree never gets a cycle.
    const m =
      'value' in original ? { ...original, value: structuredClone(original.value) } : original;
    if (m.kind === 'root') {
      root = m.value;
      continue;
    }
    const nodes = containers(root);
    if (nodes.length === 0) {
      root = m.kind === 'replace' ? m.value : m.kind === 'extra' ? { [m.key]: m.value } : root;
      continue;
    }
    const node = nodes[m.at % nodes.length];
    const keys = Object.keys(node);
    if (m.kind === 'extra') {
      if (Array.isArray(node)) node.push(m.value);
      else setOwn(node, m.key, m.value);
      continue;
    }
    if (keys.length === 0) continue;
    const key = keys[m.pick % keys.length];
    const current = (node as Record<string, Json>)[key];
    if (m.kind === 'drop') {
      if (Array.isArray(node)) node.splice(Number(key), 1);
      else delete node[key];
    } else if (m.kind === 'replace') {
      setOwn(node, Array.isArray(node) ? Number(key) : key, m.value);
    } else {
      setOwn(
        node,
        Array.isArray(node) ? Number(key) : key,
        m.asArray ? [current] : { value: current },
      );
    }
  }
  return root;
}

/**
 * A body for `schema`: valid-ish (generated, or a body known to be accepted), mutated, or
 * arbitrary JSON.
 */
export function bodyArbitrary(
  schema: Schema | undefined,
  ctx: GenContext,
  known: unknown[] = [],
): fc.Arbitrary<Json> {
  const generated = validish(schema, ctx);
  const valid =
    known.length > 0
      ? fc.oneof(
          generated,
          fc.constantFrom(...known).map((v) => structuredClone(v)),
        )
      : generated;
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    {
      weight: 6,
      arbitrary: fc
        .tuple(valid, fc.array(mutationArb(ctx), { minLength: 1, maxLength: 3 }))
        .map(([v, ms]) => applyMutations(v, ms)),
    },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  );
}

/** Raw payloads that are not (quite) JSON, for the parser. */
export const RAW_PAYLOADS: readonly string[] = [
  '',
  ' ',
  '{',
  '}',
  '{"a":',
  '[1,2',
  '{"a":1,}',
  "{'a':1}",
  '{"a":1}{"b":2}',
  'nul',
  'NaN',
  'undefined',
  '\u0000',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"a":1,"a":2}',
  '1e999',
  '-',
  '"\\',
  '\ufeff{}',
  '[]',
  'null',
  '0',
  '"string"',
];
