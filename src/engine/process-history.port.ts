import {
  ElementInstanceFilter,
  ElementInstanceRecord,
  IncidentFilter,
  IncidentRecord,
  InstanceFilter,
  ProcessInstanceRecord,
  UserTaskChanges,
  UserTaskOutcome,
  VariableFilter,
  VariableRecord,
} from './engine.types';
import {
  ActiveElementCount,
  ElementStatistic,
  ElementStatisticsFilter,
  FlowStatistic,
  IncidentDetail,
  IncidentDetailFilter,
  InstanceTree,
  ModelCoverage,
  JobLogEntry,
  PendingTimer,
  ProcessDefinitionFilter,
  ProcessDefinitionRecord,
  RootInstanceKeyFilter,
  RootInstanceOverview,
} from './engine-monitoring.types';

/**
 * The shape of every key the read model hands out: up to 64 letters, digits and `_ . : # -` (an
 * engine's ids, e.g. UUIDs, "Task_Check:uuid" or "jbt-referral:3:uuid"). Callers check a key they
 * received from outside with this before asking, so that a malformed one is simply not found; they
 * never look inside a key.
 */
const ENGINE_KEY = /^[\p{L}\p{N}_.:#-]{1,64}$/u;

export function isEngineKey(value: string): boolean {
  return ENGINE_KEY.test(value);
}

/**
 * What the engine has done, read from its history: instances, steps, incidents, variables, the
 * user-task outbox the task list projects, and the monitoring views (design.md, decision 2, read
 * model). Kept apart from ProcessEngine's commands so that each can change, scale and be faked alone.
 */
export abstract class ProcessHistory {
  abstract searchProcessInstances(filter: InstanceFilter): Promise<ProcessInstanceRecord[]>;
  abstract searchElementInstances(filter: ElementInstanceFilter): Promise<ElementInstanceRecord[]>;
  abstract searchIncidents(filter: IncidentFilter): Promise<IncidentRecord[]>;
  abstract searchVariables(filter: VariableFilter): Promise<VariableRecord[]>;

  /**
   * User task changes after `cursor` (null: from the start), oldest first, never one that might still
   * be followed by an earlier one. The cursor is a decimal number that only grows.
   */
  abstract userTaskChanges(cursor: string | null, limit: number): Promise<UserTaskChanges>;
  /**
   * What became of one user task, from the engine's own records; null for a task it does not know.
   * For the task list's decisions after a command whose answer did not arrive.
   */
  abstract userTaskOutcome(userTaskKey: string): Promise<UserTaskOutcome | null>;
  /** Calls `listener` soon after user tasks change; resolves to a function that stops listening. */
  abstract onUserTaskChange(listener: () => void): Promise<() => Promise<void>>;

  abstract activeElementCounts(): Promise<ActiveElementCount[]>;
  /**
   * Instances per element and state, and open incidents. For a whole definition (the model view) the
   * active counts and incidents are current, the completed and terminated totals may be up to a
   * minute old; for instances (a case's tree) everything is current.
   */
  abstract elementStatistics(filter: ElementStatisticsFilter): Promise<ElementStatistic[]>;
  /** How often each sequence flow was taken, for the heat view; for a whole definition up to a minute old. */
  abstract flowStatistics(filter: ElementStatisticsFilter): Promise<FlowStatistic[]>;
  abstract incidentDetails(filter: IncidentDetailFilter): Promise<IncidentDetail[]>;
  /** A root process instance with its called instances, steps, incidents and own variables; null if unknown. */
  abstract instanceTree(rootProcessInstanceKey: string): Promise<InstanceTree | null>;
  abstract processDefinitionXml(processDefinitionKey: string): Promise<string | null>;
  abstract processDefinitions(filter?: ProcessDefinitionFilter): Promise<ProcessDefinitionRecord[]>;
  /** Keys of root instances matching every given filter. */
  abstract rootInstanceKeys(filter: RootInstanceKeyFilter): Promise<string[]>;
  abstract rootInstanceOverviews(rootProcessInstanceKeys: string[]): Promise<RootInstanceOverview[]>;
  /** Per model (all its versions): the elements ever entered and the sequence flows ever taken. */
  abstract coverage(): Promise<ModelCoverage[]>;

  /** The timers scheduled in these process instances that have not fired yet, earliest first. */
  abstract pendingTimers(processInstanceKeys: string[]): Promise<PendingTimer[]>;
  /**
   * How many of the engine's own jobs (timers, asynchronous continuations) in these process instances
   * are due at `now` (the engine's time) and not yet done; failed jobs without retries are not counted.
   */
  abstract dueJobs(now: Date, processInstanceKeys: string[]): Promise<number>;
  /** Every event of the workers' jobs in these process instances, oldest first: who completed or failed what. */
  abstract jobLog(processInstanceKeys: string[]): Promise<JobLogEntry[]>;

  abstract close(): Promise<void>;
}
