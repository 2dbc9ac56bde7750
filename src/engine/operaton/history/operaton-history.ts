import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
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
} from '../../engine-monitoring.types';
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
} from '../../engine.types';
import { ProcessHistory } from '../../process-history.port';
import { CoverageView } from './coverage-view';
import { DefinitionCatalogues } from './definition-catalogues';
import { DefinitionViews } from './definition-views';
import { ENGINE_DATABASE_URL, HistoryDatabase } from './history-database';
import { IncidentViews } from './incident-views';
import { InstanceSearch } from './instance-search';
import { InstanceTreeViews } from './instance-tree-views';
import { JobViews } from './job-views';
import { StatisticsViews } from './statistics-views';
import { UserTaskFeed } from './user-task-feed';

/**
 * The ProcessHistory port on Operaton's database: its history and runtime tables (ACT_HI_*, ACT_RE_*,
 * ACT_RU_EXT_TASK, ACT_RU_JOB, ACT_GE_BYTEARRAY) and our engine plugin's tables (jbt_user_task_event,
 * jbt_flow_taken), read with SQL. Operaton writes its history in the same transaction as the change,
 * so the read model is as current as the engine. A facade over one reader per concern.
 */
@Injectable()
export class OperatonHistory extends ProcessHistory implements OnApplicationShutdown {
  private readonly db: HistoryDatabase;
  private readonly catalogues: DefinitionCatalogues;
  private readonly coverageView: CoverageView;
  private readonly definitions: DefinitionViews;
  private readonly incidents: IncidentViews;
  private readonly jobs: JobViews;
  private readonly search: InstanceSearch;
  private readonly statistics: StatisticsViews;
  private readonly trees: InstanceTreeViews;
  private readonly userTasks: UserTaskFeed;

  constructor(@Inject(ENGINE_DATABASE_URL) url: string) {
    super();
    this.db = new HistoryDatabase(url);
    this.catalogues = new DefinitionCatalogues(this.db);
    this.coverageView = new CoverageView(this.db, this.catalogues);
    this.definitions = new DefinitionViews(this.db);
    this.incidents = new IncidentViews(this.db, this.catalogues);
    this.jobs = new JobViews(this.db);
    this.search = new InstanceSearch(this.db, this.catalogues);
    this.statistics = new StatisticsViews(this.db, this.catalogues);
    this.trees = new InstanceTreeViews(this.db, this.catalogues, this.incidents);
    this.userTasks = new UserTaskFeed(this.db, this.catalogues);
  }

  override searchProcessInstances(filter: InstanceFilter): Promise<ProcessInstanceRecord[]> {
    return this.search.processInstances(filter);
  }

  override searchElementInstances(filter: ElementInstanceFilter): Promise<ElementInstanceRecord[]> {
    return this.search.elementInstances(filter);
  }

  override searchIncidents(filter: IncidentFilter): Promise<IncidentRecord[]> {
    return this.incidents.search(filter);
  }

  override searchVariables(filter: VariableFilter): Promise<VariableRecord[]> {
    return this.search.variables(filter);
  }

  override userTaskChanges(cursor: string | null, limit: number): Promise<UserTaskChanges> {
    return this.userTasks.changes(cursor, limit);
  }

  override async userTaskOutcome(userTaskKey: string): Promise<UserTaskOutcome | null> {
    // The history row is written with the task and closed in the transaction that ends it; the engine
    // calls a completion's end 'completed' and every other end (a boundary event, a cancelled instance) 'deleted'.
    const [row] = await this.db.rows<{ delete_reason_: string | null; end_time_: Date | null }>('SELECT end_time_, delete_reason_ FROM act_hi_taskinst WHERE id_ = $1', [userTaskKey]);
    if (!row) return null;
    if (!row.end_time_) return { endedAt: null, state: 'OPEN' };
    return { endedAt: row.end_time_.toISOString(), state: row.delete_reason_ === 'completed' ? 'COMPLETED' : 'CANCELED' };
  }

  override onUserTaskChange(listener: () => void): Promise<() => Promise<void>> {
    return this.userTasks.subscribe(listener);
  }

  override activeElementCounts(): Promise<ActiveElementCount[]> {
    return this.statistics.activeElements();
  }

  override elementStatistics(filter: ElementStatisticsFilter): Promise<ElementStatistic[]> {
    return this.statistics.elements(filter);
  }

  override flowStatistics(filter: ElementStatisticsFilter): Promise<FlowStatistic[]> {
    return this.statistics.flows(filter);
  }

  override incidentDetails(filter: IncidentDetailFilter): Promise<IncidentDetail[]> {
    return this.incidents.details(filter);
  }

  override instanceTree(rootProcessInstanceKey: string): Promise<InstanceTree | null> {
    return this.trees.tree(rootProcessInstanceKey);
  }

  override processDefinitionXml(processDefinitionKey: string): Promise<string | null> {
    return this.catalogues.xml(processDefinitionKey);
  }

  override processDefinitions(filter?: ProcessDefinitionFilter): Promise<ProcessDefinitionRecord[]> {
    return this.definitions.list(filter);
  }

  override rootInstanceKeys(filter: RootInstanceKeyFilter): Promise<string[]> {
    return this.trees.rootKeys(filter);
  }

  override rootInstanceOverviews(rootProcessInstanceKeys: string[]): Promise<RootInstanceOverview[]> {
    return this.trees.overviews(rootProcessInstanceKeys);
  }

  override coverage(): Promise<ModelCoverage[]> {
    return this.coverageView.coverage();
  }

  override pendingTimers(processInstanceKeys: string[]): Promise<PendingTimer[]> {
    return this.jobs.pendingTimers(processInstanceKeys);
  }

  override dueJobs(now: Date, processInstanceKeys: string[]): Promise<number> {
    return this.jobs.dueJobs(now, processInstanceKeys);
  }

  override jobLog(processInstanceKeys: string[]): Promise<JobLogEntry[]> {
    return this.jobs.jobLog(processInstanceKeys);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  override async close(): Promise<void> {
    this.userTasks.close();
    await this.db.close();
  }
}
