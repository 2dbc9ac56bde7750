import { ALL_ERROR_CODES, ALL_ESCALATION_CODES, ALL_MESSAGE_NAMES, ALL_ROLES, ALL_USER_TASKS, ROLE_LABELS_NL, TASK_CONTRACTS } from '../../engine/process-catalog';
import { CatalogLabels } from './building-blocks';

/** The names a model may use for messages, errors, escalations and candidate groups. */
export interface ProcessCatalogNames {
  errors: readonly string[];
  escalations: readonly string[];
  messages: readonly string[];
  roles: readonly string[];
}

/** The one place the modeler reads the process catalog (src/engine/process-catalog) from. */
export function processCatalogNames(): ProcessCatalogNames {
  return { errors: ALL_ERROR_CODES, escalations: ALL_ESCALATION_CODES, messages: ALL_MESSAGE_NAMES, roles: ALL_ROLES };
}

/** Dutch names of task types and roles, and the user tasks a model may reuse, for the palette. */
export function processCatalogLabels(): CatalogLabels {
  return {
    roles: { ...ROLE_LABELS_NL },
    taskTypes: Object.fromEntries(Object.entries(TASK_CONTRACTS).map(([type, contract]) => [type, { label: contract.labelNl }])),
    userTasks: ALL_USER_TASKS.map((task) => ({ candidateGroup: task.candidateGroup, dueDateVariable: task.dueDateVariable, formKey: task.formKey, label: task.labelNl })),
  };
}
