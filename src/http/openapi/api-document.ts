import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { describeRouteParameters } from '../openapi-parameters';
import type { JsonSchema, ResponseSchemas } from './response-schema-reader';
import responseSchemas from './response-schemas.json';

type Responses = Record<string, { content?: Record<string, { schema?: unknown }>; description?: string }>;
type Operation = { operationId?: string; responses?: Responses };

/** Nest's document of the routes and DTOs, before the answers read from the return types are added. */
export function nestDocument(app: INestApplication): OpenAPIObject {
  return describeRouteParameters(SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('JBT Orchestrator')
      .setDescription('Referrals, cases, tasks, monitoring and models of the Jeugdbeschermingstafel')
      .setVersion('0.1.0')
      .addBearerAuth()
      .addCookieAuth('jbt_session')
      .build(),
  ));
}

/**
 * The service's OpenAPI document, served at /api/docs-json and the source of the web app's types
 * (src/web/api/schema.d.ts). Answers that a decorator does not describe get their schema from
 * response-schemas.json, which `npm run generate:web-types` reads from the controllers' return types.
 */
export function apiDocument(app: INestApplication): OpenAPIObject {
  return describeResponses(nestDocument(app), responseSchemas as unknown as ResponseSchemas);
}

/** The operations whose success answer has no schema yet (or that declare none), by operation id. */
export function operationsWithoutSchema(document: OpenAPIObject): Set<string> {
  const ids = new Set<string>();
  for (const operation of operationsOf(document)) {
    const responses = operation.responses ?? {};
    if ('204' in responses) continue;
    const status = successStatusOf(responses);
    if (!status || !responses[status].content?.['application/json']?.schema) ids.add(operation.operationId);
  }
  return ids;
}

/** Adds the read answers to the operations that lack one, and their named shapes to the components. */
export function describeResponses(document: OpenAPIObject, schemas: ResponseSchemas): OpenAPIObject {
  for (const operation of operationsOf(document)) {
    const answer = schemas.operations[operation.operationId];
    if (!answer) continue;
    const responses = (operation.responses ??= {});
    const response = (responses[successStatusOf(responses) ?? answer.status] ??= { description: '' });
    const json = response.content?.['application/json'];
    if (json?.schema) continue;
    response.content = { ...response.content, 'application/json': { ...json, schema: answer.schema } };
  }
  const existing = (document.components ??= {}).schemas ?? {};
  const added = Object.fromEntries(Object.entries(schemas.components).filter(([name]) => !(name in existing))) as Record<string, JsonSchema>;
  document.components.schemas = { ...existing, ...added };
  return document;
}

/** The first 2xx answer with a body (not 204). */
function successStatusOf(responses: Responses): string | undefined {
  return Object.keys(responses).filter((code) => /^2\d\d$/.test(code) && code !== '204').sort()[0];
}

function operationsOf(document: OpenAPIObject): (Operation & { operationId: string })[] {
  return Object.values(document.paths).flatMap((operations) =>
    (Object.values(operations) as Operation[]).filter((operation): operation is Operation & { operationId: string } => !!operation && typeof operation === 'object' && typeof operation.operationId === 'string'),
  );
}
