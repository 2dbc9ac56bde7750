/**
 * What a deployable model may refer to: the task types this service has workers for, the roles that
 * may be candidate groups, and the known message, error and escalation names. The deployment guard
 * builds it from the running worker registry; `npm run lint:bpmn` from the process catalog.
 */
export interface ModelCatalog {
  errors: ReadonlySet<string>;
  escalations: ReadonlySet<string>;
  messages: ReadonlySet<string>;
  roles: ReadonlySet<string>;
  taskTypes: ReadonlySet<string>;
}
