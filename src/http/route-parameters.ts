import { INPUT_LIMITS } from './input-limits';

/**
 * What each route parameter of the service may be, by name, once for all routes: a name means the
 * same everywhere (`caseId` is always a case's uuid). The RouteParameterPipe checks every request
 * against this table before a controller sees the value, and the OpenAPI document states the same
 * formats (src/http/openapi-parameters.ts). A route parameter missing here is still checked for
 * forbidden characters and length, and test/integration/security/route-parameters.test.ts fails
 * until it is added.
 */
export type RouteParameterRule =
  /** A row's id. */
  | { kind: 'uuid' }
  /** A whole number within the range, e.g. a model's version number. */
  | { kind: 'integer'; max: number; min: number }
  /** Text whose shape the service itself checks (an engine key, a link's secret, a figure's name). */
  | { kind: 'text'; maxLength: number };

const UUID: RouteParameterRule = { kind: 'uuid' };
const POSITIVE: RouteParameterRule = { kind: 'integer', max: INPUT_LIMITS.maxInteger, min: 1 };
const NATURAL: RouteParameterRule = { kind: 'integer', max: INPUT_LIMITS.maxInteger, min: 0 };
const KEY: RouteParameterRule = { kind: 'text', maxLength: 200 };

export const ROUTE_PARAMETERS: Readonly<Record<string, RouteParameterRule>> = {
  caseId: UUID,
  /** A document of a case (src/cases/documents): a report version, a VTO or an invitation. */
  documentId: UUID,
  draftId: UUID,
  /** A figure of the dashboard's CSV export; the controller's enum pipe names the ones there are. */
  figure: KEY,
  /** The mail catcher's message id (a development tool). */
  id: KEY,
  incidentKey: KEY,
  /** An attachment of a caught mail, by position. */
  index: NATURAL,
  /** The kind of a case's document; the controller's enum pipe names the ones there are. */
  kind: KEY,
  number: POSITIVE,
  processDefinitionKey: KEY,
  /** A BPMN process id; ModelParams checks its shape. */
  processId: KEY,
  proposalId: UUID,
  regionId: UUID,
  requestId: UUID,
  taskId: UUID,
  /** The secret of a link in a mail (feedback form, reaction to a report). */
  token: KEY,
  viewId: UUID,
};

/** What a parameter without an entry in the table may be. */
export const UNLISTED_PARAMETER: RouteParameterRule = KEY;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INTEGER_PATTERN = /^-?\d{1,16}$/;

/** Why a route parameter's value breaks its rule, or null when it keeps it. */
export function routeParameterProblem(name: string, value: string, rule: RouteParameterRule = ROUTE_PARAMETERS[name] ?? UNLISTED_PARAMETER): string | null {
  switch (rule.kind) {
    case 'uuid':
      return UUID_PATTERN.test(value) ? null : `${name} must be a UUID`;
    case 'integer': {
      const number = INTEGER_PATTERN.test(value) ? Number(value) : Number.NaN;
      if (Number.isInteger(number) && number >= rule.min && number <= rule.max) return null;
      return `${name} must be a whole number from ${rule.min} to ${rule.max}`;
    }
    case 'text':
      return value.length > rule.maxLength ? `${name} must be at most ${rule.maxLength} characters long` : null;
  }
}
