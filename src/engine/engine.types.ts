/**
 * The vocabulary of the ProcessEngine port. Keys are strings: Zeebe keys are 64-bit and do not fit
 * a JavaScript number. Variables crossing this boundary carry ids, enums, dates, booleans and counts
 * only (design.md, decision 3).
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

export interface MessageToPublish {
  correlationKey: string;
  /** Makes publishing idempotent: a second message with the same id within its TTL is rejected. */
  messageId?: string;
  name: string;
  timeToLiveMs?: number;
  variables?: EngineVariables;
}

/** A job as a worker sees it. */
export interface EngineJob {
  bpmnProcessId: string;
  customHeaders: Record<string, string>;
  deadline: string;
  elementId: string;
  elementInstanceKey: string;
  key: string;
  processDefinitionKey: string;
  processInstanceKey: string;
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
  /** How long a job stays locked to this worker before the engine hands it to another. */
  timeoutMs: number;
  type: string;
  workerName: string;
}

export type JobHandler = (job: EngineJob) => Promise<JobOutcome>;

export interface WorkerHandle {
  close(): Promise<void>;
}

export interface Topology {
  brokers: { nodeId: number; partitions: { partitionId: number; role: string; health: string }[] }[];
  gatewayVersion: string;
}

export type InstanceState = 'ACTIVE' | 'COMPLETED' | 'TERMINATED';

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
  elementType: string;
  endDate: string | null;
  key: string;
  processDefinitionKey: string;
  processInstanceKey: string;
  startDate: string;
  state: InstanceState;
}

export interface IncidentRecord {
  bpmnProcessId: string;
  creationDate: string;
  elementId: string;
  elementInstanceKey: string;
  errorMessage: string;
  errorType: string;
  jobKey: string | null;
  key: string;
  processInstanceKey: string;
  state: 'ACTIVE' | 'RESOLVED';
}

export interface VariableRecord {
  name: string;
  processInstanceKey: string;
  scopeKey: string;
  /** The JSON text of the value, as the engine holds it. */
  value: string;
}

export interface InstanceFilter {
  bpmnProcessId?: string;
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

/** A Camunda user task as the engine's history holds it. */
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
  /** Orders the changes: larger means later. */
  position: string;
  priority: number;
  processDefinitionKey: string;
  processInstanceKey: string;
  /** The top-level instance (the case's), also for tasks inside called processes. */
  rootProcessInstanceKey: string;
  state: EngineUserTaskState;
}

/** A page of user task changes after a cursor, and the cursor to continue from. */
export interface UserTaskChanges {
  cursor: string;
  tasks: EngineUserTask[];
}
