import { ElementInstanceRecord, IncidentRecord, InstanceState, ProcessInstanceRecord, VariableRecord } from './engine.types';

/**
 * The vocabulary of the port's monitoring reads: what Camunda Operate would show (definitions,
 * counts per element, incidents with their jobs, an instance with everything below it), in our terms.
 */

export interface ProcessDefinitionRecord {
  bpmnProcessId: string;
  deployedAt: string;
  key: string;
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
  incidents: number;
  terminated: number;
}

/** Either one definition (the model view) or one instance tree (a case's process view). */
export type ElementStatisticsFilter = { processDefinitionKey: string } | { processInstanceKeys: string[] };

/** An incident with what an operator needs to retry it. */
export interface IncidentDetail extends IncidentRecord {
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
  /** The element's label in the model (Dutch), or its id when it has none. */
  elementName: string;
  elementType: string;
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
  elementName: string;
  instances: number;
}

/** An element instance with its label, for a history of steps. */
export interface NamedElementInstance extends ElementInstanceRecord {
  elementName: string;
}

/** One root instance with everything below it: called instances, steps, incidents and its own variables. */
export interface InstanceTree {
  elements: NamedElementInstance[];
  incidents: IncidentDetail[];
  /** The root first, then called instances by start. */
  instances: ProcessInstanceRecord[];
  /** Variables of the root instance's own scope. */
  variables: VariableRecord[];
}
