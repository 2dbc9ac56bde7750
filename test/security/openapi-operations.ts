/**
 * The operations of the service as its OpenAPI document (/api/docs-json) describes them, with every
 * $ref and allOf resolved, for the fuzz test and the authorization matrix: both are generated from
 * the document, so that a new endpoint is covered (or fails for want of an entry) without anyone
 * remembering to add it.
 */

/** A JSON schema as far as the generators read it. */
export interface Schema {
  enum?: unknown[];
  example?: unknown;
  format?: string;
  items?: Schema;
  maxItems?: number;
  maxLength?: number;
  maximum?: number;
  minItems?: number;
  minLength?: number;
  minimum?: number;
  nullable?: boolean;
  pattern?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  type?: string;
}

export interface Parameter {
  in: 'header' | 'path' | 'query';
  name: string;
  required: boolean;
  schema: Schema;
}

export interface Operation {
  /** `GET /api/cases/{caseId}`: the key of the operation in the matrix and in the figures. */
  key: string;
  method: string;
  parameters: Parameter[];
  /** The path as the document writes it, with {placeholders}. */
  path: string;
  /** Whether the operation asks for no credentials. */
  public: boolean;
  /** The JSON body's schema, or undefined when the operation takes none. */
  requestBody?: { examples: unknown[]; required: boolean; schema: Schema };
}

interface RawDocument {
  components?: { schemas?: Record<string, RawSchema> };
  paths: Record<string, Record<string, RawOperation>>;
}

type RawSchema = Schema & { $ref?: string; allOf?: RawSchema[]; anyOf?: RawSchema[]; items?: RawSchema; oneOf?: RawSchema[]; properties?: Record<string, RawSchema> };

interface RawOperation {
  parameters?: { in: string; name: string; required?: boolean; schema?: RawSchema }[];
  requestBody?: { content?: Record<string, { example?: unknown; examples?: Record<string, { value: unknown }>; schema?: RawSchema }>; required?: boolean };
  security?: unknown[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** A schema with its references and allOf merged in, to a bounded depth (the documents are not recursive). */
export function resolveSchema(document: RawDocument, raw: RawSchema | undefined, depth = 0): Schema {
  if (!raw || depth > 12) return {};
  let schema: RawSchema = { ...raw };
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    const { $ref: _ref, ...rest } = schema;
    schema = { ...(document.components?.schemas?.[name] ?? {}), ...rest };
  }
  if (schema.allOf) {
    const { allOf, ...rest } = schema;
    schema = allOf.reduce<RawSchema>((merged, part) => ({ ...merged, ...resolveSchema(document, part, depth + 1) }), {});
    schema = { ...schema, ...rest };
  }
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants && variants.length > 0) schema = { ...resolveSchema(document, variants[0], depth + 1), ...schema, anyOf: undefined, oneOf: undefined };
  const resolved: Schema = { ...schema } as Schema;
  if (schema.items) resolved.items = resolveSchema(document, schema.items, depth + 1);
  if (schema.properties) resolved.properties = Object.fromEntries(Object.entries(schema.properties).map(([name, property]) => [name, resolveSchema(document, property, depth + 1)]));
  if (schema.type === 'object' && schema.properties && !schema.required) resolved.required = [];
  return resolved;
}

export function operationsOf(raw: unknown): Operation[] {
  const document = raw as RawDocument;
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const json = operation.requestBody?.content?.['application/json'];
      const examples = json ? [...(json.example === undefined ? [] : [json.example]), ...Object.values(json.examples ?? {}).map((example) => example.value)] : [];
      operations.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        parameters: (operation.parameters ?? [])
          .filter((parameter) => parameter.in === 'path' || parameter.in === 'query' || parameter.in === 'header')
          .map((parameter) => ({ in: parameter.in as Parameter['in'], name: parameter.name, required: parameter.required ?? parameter.in === 'path', schema: resolveSchema(document, parameter.schema) })),
        path,
        public: !operation.security || operation.security.length === 0,
        requestBody: json ? { examples, required: operation.requestBody?.required ?? false, schema: resolveSchema(document, json.schema) } : undefined,
      });
    }
  }
  return operations.sort((a, b) => a.key.localeCompare(b.key));
}

/** The operations of a running service. */
export async function fetchOperations(baseUrl: string): Promise<Operation[]> {
  const response = await fetch(`${baseUrl}/api/docs-json`);
  if (!response.ok) throw new Error(`The OpenAPI document answered ${response.status}`);
  return operationsOf(await response.json());
}
