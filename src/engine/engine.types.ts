/**
 * The vocabulary of the engine ports (process-engine.port.ts, process-history.port.ts). Identifiers
 * are opaque strings the engine hands out ("keys"); nothing outside src/engine/ parses them. Variables
 * crossing this boundary carry ids, enums, dates, booleans and counts only (design.md, decision 3).
 */
export type EngineVariables = Record<string, string | number | boolean | null | string[] | number[]>;

export interface DeploymentResource {
  name: string;
  content: Buffer | string;
}

export interface DeployedProcess {
  bpmnProcessId: string;
  processDefinitionKey: string;
  resourceName: string;
  version: number;
}

export interface Deployment {
  key: string;
  processes: DeployedProcess[];
}

export interface StartedInstance {
  bpmnProcessId: string;
  processDefinitionKey: string;
  processInstanceKey: string;
  version: number;
}

/**
 * A message for instances that wait for it now. `correlationKeys` name process variables and the
 * values they must have (the models subscribe by caseId or decisionId); the engine does not keep a
 * message that nobody waits for, so a caller that must not lose it keeps it itself and tries again.
 */
export interface MessageCorrelation {
  correlationKeys: Record<string, string>;
  name: string;
  variables?: EngineVariables;
}

/** A job (an external task) as a worker sees it. */
export interface EngineJob {
  bpmnProcessId: string;
  /** When the lock ends and the engine may hand the job to another worker. */
  deadline: string;
  elementId: string;
  /** The element instance the job belongs to: the same for every delivery of this job. */
  elementInstanceKey: string;
  key: string;
  processDefinitionKey: string;
  processInstanceKey: string;
  /** Retries left; a failure with retries 0 becomes an incident. */
  retries: number;
  type: string;
  variables: Record<string, unknown>;
  worker: string;
}

/** What a job handler decided; the worker infrastructure reports it to the engine. */
export type JobOutcome =
  | { kind: 'complete'; variables?: EngineVariables }
  | { kind: 'bpmn-error'; errorCode: string; message: string; variables?: EngineVariables }
  | { kind: 'fail'; message: string; retries: number; retryBackoffMs: number };

export interface JobWorkerOptions {
  /** Only these variables are fetched (design.md §5.3); empty fetches none. */
  fetchVariables: string[];
  /** How long a job stays locked to this worker; the adapter extends the lock while the handler runs. */
  timeoutMs: number;
  type: string;
  workerName: string;
}

export type JobHandler = (job: EngineJob) => Promise<JobOutcome>;

export interface WorkerHandle {
  close(): Promise<void>;
}

/** Whether the engine answers, and what it is. */
export interface EngineHealth {
  detail?: string;
  /** The engine product, e.g. "Operaton". */
  name: string;
  status: 'up' | 'down';
  version?: string;
}

export type InstanceState = 'ACTIVE' | 'COMPLETED' | 'TERMINATED';

/**
 * The kinds of BPMN elements the read model reports, in the engine's neutral words. The adapter maps
 * its own names onto these; anything it cannot map is reported as OTHER.
 */
export type ElementType =
  | 'BOUNDARY_EVENT'
  | 'CALL_ACTIVITY'
  | 'END_EVENT'
  | 'EVENT_BASED_GATEWAY'
  | 'EVENT_SUB_PROCESS'
  | 'EXCLUSIVE_GATEWAY'
  | 'INCLUSIVE_GATEWAY'
  | 'INTERMEDIATE_CATCH_EVENT'
  | 'INTERMEDIATE_THROW_EVENT'
  | 'MULTI_INSTANCE_BODY'
  | 'OTHER'
  | 'PARALLEL_GATEWAY'
  | 'PROCESS'
  | 'RECEIVE_TASK'
  | 'SCRIPT_TASK'
  | 'SEND_TASK'
  | 'SERVICE_TASK'
  | 'START_EVENT'
  | 'SUB_PROCESS'
  | 'TASK'
  | 'USER_TASK';

export interface ProcessInstanceRecord {
  bpmnProcessId: string;
  endDate: string | null;
  hasIncident: boolean;
  key: string;
  parentProcessInstanceKey: string | null;
  processDefinitionKey: string;
  startDate: string;
  state: InstanceState;
  version: number;
}

export interface ElementInstanceRecord {
  bpmnProcessId: string;
  elementId: string;
  elementType: ElementType;
  endDate: string | null;
  key: string;
  processDefinitionKey: string;
  processInstanceKey: string;
  startDate: string;
  state: InstanceState;
}

/** Why an incident was raised, in neutral words: a job or an external task ran out of retries, or something else. */
export type IncidentType = 'JOB_NO_RETRIES' | 'OTHER';

export interface IncidentRecord {
  bpmnProcessId: string;
  creationDate: string;
  elementId: string;
  elementInstanceKey: string;
  errorMessage: string;
  errorType: IncidentType;
  /** The failed job (external task or timer job) whose retries an operator can set again. */
  jobKey: string | null;
  key: string;
  processInstanceKey: string;
  state: 'ACTIVE' | 'RESOLVED';
}

export interface VariableRecord {
  name: string;
  processInstanceKey: string;
  scopeKey: string;
  /** The JSON text of the value. */
  value: string;
}

export interface InstanceFilter {
  bpmnProcessId?: string;
  /** The business key the instance was started with (ProcessEngine.createInstance). */
  businessKey?: string;
  keys?: string[];
  parentProcessInstanceKey?: string;
  state?: InstanceState;
}

export interface ElementInstanceFilter {
  elementId?: string;
  processDefinitionKey?: string;
  processInstanceKeys?: string[];
  state?: InstanceState;
}

export interface IncidentFilter {
  processInstanceKeys?: string[];
  state?: 'ACTIVE' | 'RESOLVED';
}

export interface VariableFilter {
  processInstanceKeys?: string[];
}

export type EngineUserTaskState = 'CREATED' | 'ASSIGNED' | 'COMPLETED' | 'CANCELED';

/** A user task as the engine's outbox recorded it at one of its events. */
export interface EngineUserTask {
  assignee: string | null;
  bpmnProcessId: string;
  candidateGroups: string[];
  completionDate: string | null;
  creationDate: string | null;
  dueDate: string | null;
  elementId: string;
  elementInstanceKey: string;
  /** The element's label in the model (Dutch), for the task list. */
  elementName: string;
  formKey: string | null;
  key: string;
  /** Orders the changes: a larger number (compared as a decimal number) is later. */
  position: string;
  priority: number;
  processDefinitionKey: string;
  processInstanceKey: string;
  /** The top-level instance (the case's), also for tasks inside called processes. */
  rootProcessInstanceKey: string;
  state: EngineUserTaskState;
}

/** What became of a user task in the engine: still open, or ended (completed, or cancelled by its process) and when. */
export interface UserTaskOutcome {
  endedAt: string | null;
  state: 'CANCELED' | 'COMPLETED' | 'OPEN';
}

/** A page of user task changes after a cursor, and the cursor to continue from. */
export interface UserTaskChanges {
  cursor: string;
  tasks: EngineUserTask[];
}
