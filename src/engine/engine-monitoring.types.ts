import { ElementInstanceRecord, ElementType, IncidentRecord, InstanceState, ProcessInstanceRecord, VariableRecord } from './engine.types';

/**
 * The vocabulary of the read model's monitoring views (definitions, counts per element and flow,
 * incidents with their jobs, an instance with everything below it), in our terms.
 */

export interface ProcessDefinitionRecord {
  bpmnProcessId: string;
  deployedAt: string;
  key: string;
  /** The process's label in the model (Dutch), or its BPMN process id when it has none. */
  name: string;
  resourceName: string;
  /** Root and called instances of this definition that are running now. */
  runningInstances: number;
  version: number;
  versionTag: string | null;
}

export interface ProcessDefinitionFilter {
  bpmnProcessId?: string;
  keys?: string[];
}

/** How many element instances of one BPMN element are in each state, and how many incidents it holds. */
export interface ElementStatistic {
  active: number;
  completed: number;
  elementId: string;
  /** The element's label in the model (Dutch), or a Dutch description of its kind when it has none. */
  elementName: string;
  incidents: number;
  terminated: number;
}

/** How often one sequence flow was taken. */
export interface FlowStatistic {
  flowId: string;
  /** The flow in its elements' names: "<source> → <target>", or "<source>: <label>" when the model labels it. */
  name: string;
  taken: number;
}

/** Per model, over all its versions: which elements were ever entered and which flows ever taken. */
export interface ModelCoverage {
  bpmnProcessId: string;
  elementIds: string[];
  flowIds: string[];
}

/** Either one definition (the model view) or one instance tree (a case's process view). */
export type ElementStatisticsFilter = { processDefinitionKey: string } | { processInstanceKeys: string[] };

/** An incident with what an operator needs to retry it. */
export interface IncidentDetail extends IncidentRecord {
  /** The failing element's label in the model (Dutch), or a Dutch description of its kind. */
  elementName: string;
  /** Retries the failing job has left (0 after a JOB_NO_RETRIES incident); null when no job. */
  jobRetries: number | null;
  jobType: string | null;
  processDefinitionKey: string | null;
  rootProcessInstanceKey: string;
}

export interface IncidentDetailFilter {
  keys?: string[];
  /** Incidents anywhere in these instance trees (root process instance keys). */
  rootProcessInstanceKeys?: string[];
  state?: 'ACTIVE' | 'RESOLVED';
}

/** A step where an instance tree waits now: a leaf element instance that is active. */
export interface ActiveStep {
  bpmnProcessId: string;
  elementId: string;
  /** The element's label in the model (Dutch), or a Dutch description of its kind when it has none. */
  elementName: string;
  elementType: ElementType;
  since: string | null;
}

/** A root instance (a case's process) as a list row needs it. */
export interface RootInstanceOverview {
  activeSteps: ActiveStep[];
  bpmnProcessId: string;
  endDate: string | null;
  /** Active incidents anywhere in the tree. */
  incidents: number;
  key: string;
  processDefinitionKey: string;
  startDate: string;
  state: InstanceState;
  version: number;
}

/** Which root instances match engine-side filters of the instance list. */
export interface RootInstanceKeyFilter {
  /** Trees with an active leaf element of this id. */
  activeElementId?: string;
  /** Trees with an active incident. */
  withIncident?: boolean;
  state?: InstanceState;
}

/** How many instance trees wait at one element now, for the "current step" filter. */
export interface ActiveElementCount {
  bpmnProcessId: string;
  elementId: string;
  /** The element's label in the model (Dutch), or a Dutch description of its kind when it has none. */
  elementName: string;
  instances: number;
}

/** An element instance with its label, for a history of steps. */
export interface NamedElementInstance extends ElementInstanceRecord {
  /** The element's label in the model (Dutch), or a Dutch description of its kind when it has none. */
  elementName: string;
}

/** A process instance with its process's label, for a case's process view. */
export interface NamedProcessInstance extends ProcessInstanceRecord {
  /** The process's label in the model (Dutch), or its BPMN process id when it has none. */
  name: string;
}

/** A timer the engine has scheduled and not yet fired. */
export interface PendingTimer {
  bpmnProcessId: string;
  /** When it fires, in the engine's time. */
  dueDate: string;
  /** The timer event (or the element with the boundary timer's event) it belongs to. */
  elementId: string;
  key: string;
  processInstanceKey: string;
}

/** One event in the life of a worker's job (an external task): created, failed, completed, or deleted with its step. */
export interface JobLogEntry {
  elementId: string;
  jobKey: string;
  processInstanceKey: string;
  state: 'COMPLETED' | 'CREATED' | 'DELETED' | 'FAILED';
  timestamp: string;
  /** The task type (the external task's topic). */
  type: string;
  /** The worker that failed or completed it; null when created or deleted. */
  worker: string | null;
}

/** One root instance with everything below it: called instances, steps, incidents and its own variables. */
export interface InstanceTree {
  elements: NamedElementInstance[];
  incidents: IncidentDetail[];
  /** The root first, then called instances by start. */
  instances: NamedProcessInstance[];
  /** Variables of the root instance's own scope. */
  variables: VariableRecord[];
}
