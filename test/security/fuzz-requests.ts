import fc from 'fast-check';
import { Call, fillPath, RAW } from './http-call';
import { Operation, Parameter, Schema } from './openapi-operations';

/**
 * Requests for the fuzz test, generated from an operation of the OpenAPI document with fast-check:
 * valid requests (the document's examples, values the world knows, values drawn from the schemas)
 * and broken ones (text with control characters, JSON nested or spread far beyond the limits, wrong
 * types, malformed ids, numbers out of range, missing and unknown fields, bodies that are no JSON),
 * each sent as one of several roles. Whatever the service answers, it must not be a 5xx.
 */
export interface FuzzCaller {
  /** `chair`, `anonymous`, …: how the figures name it. */
  label: string;
  token?: string;
}

export interface FuzzContext {
  callers: FuzzCaller[];
  /** Bodies known to be valid, per operation key (besides the document's examples). */
  validBodies: Record<string, unknown[]>;
  /** Values of route and query parameters that name something real, by parameter name. */
  values: Record<string, string[]>;
}

export interface FuzzRequest {
  call: Call;
  caller: string;
  /** What was broken, for the report of an answer ≥ 500. */
  what: string;
}

// ---------------------------------------------------------------- hostile values

const CONTROL_TEXTS = ['\u0000', 'a\u0000b', '\u0007bel', 'esc\u001b[31m', 'del\u007f', 'c1\u0085', 'half\ud800', '\udc00tail', '\r\n\t'];
const ODD_TEXTS = ['', ' ', '..', '../../etc/passwd', '%00', '%', "' OR '1'='1", '<script>alert(1)</script>', '${jndi:ldap://x}', '{{7*7}}', '\u202egnp.exe', 'zero\u200bwidth', '😀'.repeat(50), 'ë'.repeat(300), 'x'.repeat(5000)];
const ODD_NUMBERS = [2 ** 31, -(2 ** 31) - 1, 2 ** 53, -(2 ** 53), 1e308, -1e308, 1e-300, 0.5, -1, 0, 99999999999];

/** Text a client should never send, and text that is merely odd. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...CONTROL_TEXTS),
  fc.constantFrom(...ODD_TEXTS),
  fc.string({ maxLength: 20, unit: 'binary-ascii' }),
  fc.string({ maxLength: 20, unit: 'binary' }),
  fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...CONTROL_TEXTS), fc.string({ maxLength: 8 })).map(([a, b, c]) => a + b + c),
);

const hostileNumber: fc.Arbitrary<number> = fc.oneof(fc.constantFrom(...ODD_NUMBERS), fc.double({ noNaN: true }), fc.integer());

/** A JSON document nested `depth` levels, as arrays or as objects. */
function nested(depth: number, objects: boolean): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = objects ? { a: value } : [value];
  return value;
}

/** A value nested a little beyond the limit, to put inside a field (JSON.stringify is recursive: no thousands here). */
const deepValue: fc.Arbitrary<unknown> = fc.tuple(fc.integer({ max: 60, min: 15 }), fc.boolean()).map(([depth, objects]) => nested(depth, objects));

/** A whole body nested thousands of levels deep, written as text. */
const deepText: fc.Arbitrary<string> = fc.tuple(fc.integer({ max: 100_000, min: 1000 }), fc.boolean()).map(([depth, objects]) =>
  objects ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`,
);

const wideValue: fc.Arbitrary<unknown> = fc.tuple(fc.integer({ max: 3000, min: 990 }), fc.boolean()).map(([width, objects]) =>
  objects ? Object.fromEntries(Array.from({ length: width }, (_, index) => [`f${index}`, index])) : Array.from({ length: width }, (_, index) => index),
);

/** Any value of the wrong kind for a field. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(hostileText, fc.integer()), { maxLength: 3 }),
  fc.dictionary(hostileText, fc.oneof(hostileText, fc.integer()), { maxKeys: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
  deepValue,
  wideValue,
);

// ---------------------------------------------------------------- valid values

function textFor(schema: Schema): fc.Arbitrary<string> {
  const max = Math.min(schema.maxLength ?? 60, 300);
  const min = Math.min(schema.minLength ?? 0, max);
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date-time') return fc.date({ max: new Date('2030-12-31'), min: new Date('2020-01-01'), noInvalidDate: true }).map((date) => date.toISOString());
  if (schema.format === 'date') return fc.date({ max: new Date('2030-12-31'), min: new Date('2000-01-01'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
  return fc.string({ maxLength: max, minLength: min, unit: 'grapheme' });
}

/** A value the schema allows (or nearly: patterns are not followed), preferring its example. */
export function validValue(schema: Schema, values: Record<string, string[]>, name?: string, depth = 0): fc.Arbitrary<unknown> {
  const known = name && values[name]?.length ? [fc.constantFrom(...values[name])] : [];
  const example = schema.example !== undefined ? [fc.constant(schema.example)] : [];
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const isNumber = schema.type === 'number' || schema.type === 'integer' || (schema.type === undefined && (schema.minimum !== undefined || schema.maximum !== undefined));
  let own: fc.Arbitrary<unknown>;
  if (isNumber) own = fc.integer({ max: schema.maximum ?? 1000, min: schema.minimum ?? 0 });
  else if (schema.type === 'boolean') own = fc.boolean();
  else if (schema.type === 'array') own = depth > 6 ? fc.constant([]) : fc.array(validValue(schema.items ?? {}, values, undefined, depth + 1), { maxLength: Math.min(schema.maxItems ?? 3, 3), minLength: Math.min(schema.minItems ?? 0, 3) });
  else if (schema.type === 'object' || schema.properties) own = depth > 6 ? fc.constant({}) : objectValue(schema, values, depth);
  else own = textFor(schema);
  return fc.oneof(...known, ...example, own);
}

function objectValue(schema: Schema, values: Record<string, string[]>, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  if (Object.keys(properties).length === 0) return fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
  const shape = Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, validValue(property, values, name, depth + 1)]));
  return fc.record(shape, { requiredKeys: (schema.required ?? []).filter((name) => name in shape) });
}

// ---------------------------------------------------------------- mutations of a body

/** Every path to a value inside a JSON document, the document itself first. */
function pathsOf(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (out.length > 200) return out;
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...path, index], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

function replaceAt(document: unknown, path: (string | number)[], replace: (old: unknown) => unknown | typeof REMOVE): unknown {
  if (path.length === 0) {
    const replaced = replace(document);
    return replaced === REMOVE ? undefined : replaced;
  }
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  const replaced = replace(parent[last]);
  if (replaced === REMOVE) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = replaced;
  return copy;
}

const REMOVE = Symbol('remove');

type BodyMutation = 'valid' | 'field: hostile value' | 'field: removed' | 'field: unknown added' | 'body: deep' | 'body: very deep' | 'body: wide' | 'body: wrong type' | 'body: not JSON' | 'body: form' | 'body: too large';

const BODY_MUTATIONS: fc.Arbitrary<BodyMutation> = fc.constantFrom<BodyMutation>(
  'valid',
  'valid',
  'field: hostile value',
  'field: hostile value',
  'field: hostile value',
  'field: removed',
  'field: unknown added',
  'body: deep',
  'body: very deep',
  'body: wide',
  'body: wrong type',
  'body: not JSON',
  'body: form',
  'body: too large',
);

function bodyArbitrary(operation: Operation, context: FuzzContext): fc.Arbitrary<{ body: Call['body']; what: string }> {
  const spec = operation.requestBody;
  const bases: fc.Arbitrary<unknown>[] = [];
  if (spec) {
    const known = [...spec.examples, ...(context.validBodies[operation.key] ?? [])];
    if (known.length > 0) bases.push(fc.constantFrom(...known));
    bases.push(validValue(spec.schema, context.values));
  } else bases.push(fc.constant(undefined));
  return fc
    .tuple(fc.oneof(...bases), BODY_MUTATIONS, fc.nat(), wrongValue, hostileText, deepValue, deepText, wideValue)
    .map(([base, mutation, pick, wrong, text, deep, veryDeep, wide]) => {
      switch (mutation) {
        case 'valid':
          return { body: base === undefined ? undefined : { json: base }, what: 'valid body' };
        case 'field: hostile value':
        case 'field: removed': {
          const paths = pathsOf(base);
          const path = paths[pick % paths.length];
          const changed = replaceAt(base, path, () => (mutation === 'field: removed' ? REMOVE : wrong));
          return { body: changed === undefined ? undefined : { json: changed }, what: `${mutation} at ${path.join('.') || '(body)'}` };
        }
        case 'field: unknown added':
          return { body: { json: { ...(base && typeof base === 'object' && !Array.isArray(base) ? base : {}), [text]: wrong } }, what: 'unknown field added' };
        case 'body: deep':
          return { body: { json: deep }, what: 'deeply nested body' };
        case 'body: very deep':
          return { body: { contentType: 'application/json', raw: veryDeep }, what: `body nested ${veryDeep.length / 2} characters deep` };
        case 'body: wide':
          return { body: { json: wide }, what: 'wide body' };
        case 'body: wrong type':
          return { body: { json: wrong }, what: 'body of a wrong type' };
        case 'body: not JSON':
          return { body: { contentType: 'application/json', raw: `{${text}` }, what: 'body that is no JSON' };
        case 'body: form':
          return { body: { contentType: 'application/x-www-form-urlencoded', raw: `${new URLSearchParams([['a', text]]).toString()}&a[b][c][d][e][f][g]=1&${'x=1&'.repeat(pick % 2000)}` }, what: 'form body' };
        case 'body: too large':
          return { body: { json: { text: 'x'.repeat(110 * 1024) } }, what: 'body over the size limit' };
      }
    });
}

// ---------------------------------------------------------------- parameters

function parameterValue(parameter: Parameter, context: FuzzContext): fc.Arbitrary<{ broken: boolean; value: string }> {
  const valid = validValue(parameter.schema, context.values, parameter.name).map((value) => ({ broken: false, value: typeof value === 'string' ? value : JSON.stringify(value) }));
  const odd = fc.constantFrom('not-a-uuid', '00000000-0000-0000-0000-000000000000', '-1', '0', '1.5', 'true', 'null', '[]');
  // Sent as they are in a path: bytes that are no UTF-8, an encoded surrogate, a cut-off escape.
  const raw = parameter.in === 'path' ? [fc.constantFrom('%FF', '%ED%A0%80', '%C0%AF', '%E0%A4%A', '%', '%2e%2e', '%2F').map((value) => `${RAW}${value}`)] : [];
  const broken = fc.oneof(hostileText, hostileNumber.map(String), odd, ...raw).map((value) => ({ broken: true, value }));
  return fc.oneof({ arbitrary: valid, weight: 2 }, { arbitrary: broken, weight: 1 });
}

function queryArbitrary(operation: Operation, context: FuzzContext): fc.Arbitrary<{ query: [string, string][]; what: string[] }> {
  const declared = operation.parameters.filter((parameter) => parameter.in === 'query');
  const each = declared.map((parameter) =>
    fc.option(parameterValue(parameter, context), { freq: 2 }).map((chosen) => (chosen ? { broken: chosen.broken, entries: [[parameter.name, chosen.value]] as [string, string][], name: parameter.name } : null)),
  );
  const extra = fc.option(fc.tuple(hostileText, hostileText), { freq: 4 });
  const repeated = fc.option(fc.constantFrom(...(declared.length > 0 ? declared.map((parameter) => parameter.name) : ['x'])), { freq: 6 });
  return fc.tuple(fc.tuple(...each), extra, repeated).map(([chosen, unknown, again]) => {
    const query: [string, string][] = [];
    const what: string[] = [];
    for (const item of chosen) {
      if (!item) continue;
      query.push(...item.entries);
      if (item.broken) what.push(`query ${item.name} broken`);
    }
    if (unknown) {
      query.push(unknown);
      what.push('unknown query parameter');
    }
    if (again) {
      query.push([again, '1'], [again, '2']);
      what.push(`query ${again} repeated`);
    }
    return { query, what };
  });
}

function pathArbitrary(operation: Operation, context: FuzzContext): fc.Arbitrary<{ path: string; what: string[] }> {
  const declared = operation.parameters.filter((parameter) => parameter.in === 'path');
  return fc.tuple(...declared.map((parameter) => parameterValue(parameter, context))).map((chosen) => {
    const values: Record<string, string> = {};
    const what: string[] = [];
    declared.forEach((parameter, index) => {
      values[parameter.name] = chosen[index].value;
      if (chosen[index].broken) what.push(`path ${parameter.name} broken`);
    });
    // A placeholder the document does not declare (it should not happen) gets a plain value.
    for (const [, name] of operation.path.matchAll(/\{([^}]+)\}/g)) values[name] ??= 'x';
    return { path: fillPath(operation.path, values), what };
  });
}

/** Requests for one operation: every part valid or broken, as one of the callers. */
export function requestArbitrary(operation: Operation, context: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(fc.constantFrom(...context.callers), pathArbitrary(operation, context), queryArbitrary(operation, context), bodyArbitrary(operation, context))
    .map(([caller, path, query, body]) => ({
      // A GET carries no body (fetch refuses one); every other method may get one it does not expect.
      call: { body: operation.method === 'GET' ? undefined : body.body, method: operation.method, path: path.path, query: query.query, token: caller.token },
      caller: caller.label,
      what: [...path.what, ...query.what, operation.method === 'GET' ? 'no body' : body.what].join(', '),
    }));
}
