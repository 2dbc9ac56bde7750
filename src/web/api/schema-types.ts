import type { components, paths } from './schema';

/**
 * Names for the generated types of the service's OpenAPI document (schema.d.ts, `npm run
 * generate:web-types`), so that the *.api.ts modules type no answer or body by hand.
 */

/** A named shape of the document: `Schema<'TaskSummary'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

type Method = 'delete' | 'get' | 'patch' | 'post' | 'put';
type JsonOf<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : never;
type SuccessOf<Responses> = { [Status in keyof Responses]: Status extends 200 | 201 ? JsonOf<Responses[Status]> : never }[keyof Responses];

/** The JSON body of an operation's success answer: `Answer<'/tasks/{taskId}', 'get'>` (paths without /api). */
export type Answer<Path extends ApiPath, M extends Method> = `/api${Path}` extends keyof paths
  ? paths[`/api${Path}`][M] extends { responses: infer Responses } ? SuccessOf<Responses> : never
  : never;

/** The JSON body an operation takes. */
export type RequestBody<Path extends ApiPath, M extends Method> = `/api${Path}` extends keyof paths
  ? paths[`/api${Path}`][M] extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never
  : never;

/** The query parameters an operation takes. */
export type QueryOf<Path extends ApiPath, M extends Method> = `/api${Path}` extends keyof paths
  ? paths[`/api${Path}`][M] extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never
  : never;

/** The paths of the API as the client writes them, without the /api prefix. */
export type ApiPath = keyof paths extends infer Key ? (Key extends `/api${infer Rest}` ? Rest : never) : never;
