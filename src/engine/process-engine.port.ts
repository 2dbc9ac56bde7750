import {
  DeploymentResource,
  Deployment,
  ElementInstanceFilter,
  ElementInstanceRecord,
  EngineVariables,
  IncidentFilter,
  IncidentRecord,
  InstanceFilter,
  JobHandler,
  JobWorkerOptions,
  MessageToPublish,
  ProcessInstanceRecord,
  StartedInstance,
  UserTaskChanges,
  Topology,
  VariableFilter,
  VariableRecord,
  WorkerHandle,
} from './engine.types';
import {
  ActiveElementCount,
  ElementStatistic,
  ElementStatisticsFilter,
  IncidentDetail,
  IncidentDetailFilter,
  InstanceTree,
  ProcessDefinitionFilter,
  ProcessDefinitionRecord,
  RootInstanceKeyFilter,
  RootInstanceOverview,
} from './engine-monitoring.types';

/**
 * The only way the rest of the service talks to the process engine (design.md, decision 2). The
 * Zeebe adapter implements it on @camunda8/sdk; unit tests may substitute a fake.
 */
export abstract class ProcessEngine {
  // Deployment and instances.
  abstract deploy(resources: DeploymentResource[]): Promise<Deployment>;
  abstract createInstance(bpmnProcessId: string, variables: EngineVariables, version?: number): Promise<StartedInstance>;
  abstract cancelInstance(processInstanceKey: string): Promise<void>;
  abstract setVariables(elementInstanceKey: string, variables: EngineVariables, local?: boolean): Promise<void>;

  // Messages.
  abstract publishMessage(message: MessageToPublish): Promise<void>;
  /**
   * Correlates a message to a waiting instance at once and says which one; fails with NotFound when
   * no instance waits for it (unlike publishing, nothing is buffered).
   */
  abstract correlateMessage(message: Omit<MessageToPublish, 'messageId' | 'timeToLiveMs'>): Promise<{ processInstanceKey: string }>;

  // Jobs.
  abstract createWorker(options: JobWorkerOptions, handler: JobHandler): Promise<WorkerHandle>;
  abstract updateJobRetries(jobKey: string, retries: number): Promise<void>;
  abstract resolveIncident(incidentKey: string): Promise<void>;

  // Camunda user tasks.
  abstract assignUserTask(userTaskKey: string, assignee: string | null): Promise<void>;
  abstract completeUserTask(userTaskKey: string, variables: EngineVariables): Promise<void>;

  // The engine's history (exported to PostgreSQL).
  abstract searchProcessInstances(filter: InstanceFilter): Promise<ProcessInstanceRecord[]>;
  abstract searchElementInstances(filter: ElementInstanceFilter): Promise<ElementInstanceRecord[]>;
  abstract searchIncidents(filter: IncidentFilter): Promise<IncidentRecord[]>;
  abstract searchVariables(filter: VariableFilter): Promise<VariableRecord[]>;
  /** User tasks changed after `cursor` (null: from the start), oldest first. */
  abstract userTaskChanges(cursor: string | null, limit: number): Promise<UserTaskChanges>;
  /** Calls `listener` soon after user tasks change; resolves to a function that stops listening. */
  abstract onUserTaskChange(listener: () => void): Promise<() => Promise<void>>;

  // Monitoring (the engine's history as Operate would show it; src/engine/engine-monitoring.types.ts).
  abstract activeElementCounts(): Promise<ActiveElementCount[]>;
  abstract elementStatistics(filter: ElementStatisticsFilter): Promise<ElementStatistic[]>;
  abstract incidentDetails(filter: IncidentDetailFilter): Promise<IncidentDetail[]>;
  /** A root process instance with its called instances, steps, incidents and own variables; null if unknown. */
  abstract instanceTree(rootProcessInstanceKey: string): Promise<InstanceTree | null>;
  abstract processDefinitionXml(processDefinitionKey: string): Promise<string | null>;
  abstract processDefinitions(filter?: ProcessDefinitionFilter): Promise<ProcessDefinitionRecord[]>;
  /** Keys of root instances matching every given filter. */
  abstract rootInstanceKeys(filter: RootInstanceKeyFilter): Promise<string[]>;
  abstract rootInstanceOverviews(rootProcessInstanceKeys: string[]): Promise<RootInstanceOverview[]>;

  // Operations.
  abstract topology(): Promise<Topology>;
  /** Moves the engine clock forward (tests only; needs ZEEBE_CLOCK_CONTROLLED). */
  abstract advanceClock(milliseconds: number): Promise<Date>;
  abstract pinClock(at: Date): Promise<Date>;
  abstract resetClock(): Promise<void>;

  abstract close(): Promise<void>;
}
