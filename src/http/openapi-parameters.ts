import type { OpenAPIObject } from '@nestjs/swagger';
import { ROUTE_PARAMETERS, UNLISTED_PARAMETER } from './route-parameters';

type SchemaLike = Record<string, unknown>;

/**
 * Writes the table of route parameters into the OpenAPI document, so that clients and the fuzz
 * test read what the RouteParameterPipe enforces: `format: uuid`, an integer's bounds, a text's
 * length. The table stays the one place where a parameter's rule is written down.
 */
export function describeRouteParameters(document: OpenAPIObject): OpenAPIObject {
  for (const operations of Object.values(document.paths)) {
    for (const operation of Object.values(operations) as { parameters?: { in?: string; name?: string; schema?: SchemaLike }[] }[]) {
      if (!operation || typeof operation !== 'object' || !Array.isArray(operation.parameters)) continue;
      for (const parameter of operation.parameters) {
        if (parameter.in !== 'path' || !parameter.name) continue;
        const rule = ROUTE_PARAMETERS[parameter.name] ?? UNLISTED_PARAMETER;
        const schema: SchemaLike = { ...(parameter.schema ?? {}) };
        if (rule.kind === 'uuid') Object.assign(schema, { format: 'uuid', type: 'string' });
        if (rule.kind === 'integer') Object.assign(schema, { maximum: rule.max, minimum: rule.min, type: 'integer' });
        if (rule.kind === 'text') Object.assign(schema, { maxLength: rule.maxLength, type: 'string' });
        parameter.schema = schema;
      }
    }
  }
  return document;
}
