import { Inject, Injectable, Logger } from '@nestjs/common';
import { Pool } from 'pg';
import {
  ActiveElementCount,
  ActiveStep,
  ElementStatistic,
  ElementStatisticsFilter,
  IncidentDetail,
  IncidentDetailFilter,
  InstanceTree,
  NamedElementInstance,
  ProcessDefinitionFilter,
  ProcessDefinitionRecord,
  RootInstanceKeyFilter,
  RootInstanceOverview,
} from '../engine-monitoring.types';
import { InstanceState, ProcessInstanceRecord } from '../engine.types';
import { ENGINE_HISTORY_URL, elementNamesOf } from './zeebe-history.reader';

/**
 * Element types that contain other steps. A case "stands" at the leaves: the task, the timer or the
 * message it waits for, also inside a called process, not at the sub-process around it.
 */
const CONTAINER_TYPES = ['CALL_ACTIVITY', 'EVENT_SUB_PROCESS', 'MULTI_INSTANCE_BODY', 'PROCESS', 'SUB_PROCESS'];

/**
 * The monitoring reads of the engine's history (the exporter's zeebe_* tables, see
 * src/engine/exporter/README.md): definitions with running counts, counts per element, incidents
 * with their jobs, and whole instance trees. Kept apart from ZeebeHistoryReader so that the task
 * list's reads and these can change independently; both are adapter-internal.
 */
@Injectable()
export class ZeebeMonitoringReader {
  private readonly pool: Pool;
  /** Element labels per process definition; a deployed definition never changes. */
  private readonly names = new Map<string, Map<string, string>>();

  constructor(@Inject(ENGINE_HISTORY_URL) url: string) {
    this.pool = new Pool({ connectionString: url, max: 6 });
    this.pool.on('error', (error) => new Logger('ZeebeMonitoring').warn(`History connection lost: ${error.message}`));
  }

  async processDefinitions(filter: ProcessDefinitionFilter = {}): Promise<ProcessDefinitionRecord[]> {
    const { rows } = await this.pool.query(
      `SELECT d.key::text, d.bpmn_process_id, d.version, d.version_tag, d.resource_name, d.deployed_at,
              COALESCE(r.running, 0)::int AS running
         FROM zeebe_process_definition d
         LEFT JOIN (SELECT process_definition_key, count(*) AS running FROM zeebe_process_instance
                     WHERE state = 'ACTIVE' GROUP BY process_definition_key) r ON r.process_definition_key = d.key
        WHERE ($1::text IS NULL OR d.bpmn_process_id = $1) AND ($2::bigint[] IS NULL OR d.key = ANY($2::bigint[]))
        ORDER BY d.bpmn_process_id, d.version DESC`,
      [filter.bpmnProcessId ?? null, filter.keys ?? null],
    );
    return rows.map((row) => ({
      bpmnProcessId: row.bpmn_process_id,
      deployedAt: iso(row.deployed_at)!,
      key: row.key,
      resourceName: row.resource_name,
      runningInstances: row.running,
      version: row.version,
      versionTag: row.version_tag,
    }));
  }

  async processDefinitionXml(processDefinitionKey: string): Promise<string | null> {
    const { rows } = await this.pool.query('SELECT bpmn_xml FROM zeebe_process_definition WHERE key = $1::bigint', [processDefinitionKey]);
    return rows[0]?.bpmn_xml ?? null;
  }

  async elementStatistics(filter: ElementStatisticsFilter): Promise<ElementStatistic[]> {
    const byDefinition = 'processDefinitionKey' in filter;
    const where = byDefinition ? 'process_definition_key = $1::bigint' : 'process_instance_key = ANY($1::bigint[])';
    const value = byDefinition ? filter.processDefinitionKey : filter.processInstanceKeys;
    const [elements, incidents] = await Promise.all([
      this.pool.query(
        `SELECT element_id, count(*) FILTER (WHERE state = 'ACTIVE')::int AS active,
                count(*) FILTER (WHERE state = 'COMPLETED')::int AS completed,
                count(*) FILTER (WHERE state = 'TERMINATED')::int AS terminated
           FROM zeebe_element_instance WHERE ${where} AND element_type <> 'MULTI_INSTANCE_BODY' GROUP BY element_id`,
        [value],
      ),
      this.pool.query(`SELECT element_id, count(*)::int AS incidents FROM zeebe_incident WHERE ${where} AND state = 'ACTIVE' GROUP BY element_id`, [value]),
    ]);
    const statistics = new Map<string, ElementStatistic>();
    for (const row of elements.rows) statistics.set(row.element_id, { active: row.active, completed: row.completed, elementId: row.element_id, incidents: 0, terminated: row.terminated });
    for (const row of incidents.rows) {
      const entry = statistics.get(row.element_id) ?? { active: 0, completed: 0, elementId: row.element_id, incidents: 0, terminated: 0 };
      entry.incidents = row.incidents;
      statistics.set(row.element_id, entry);
    }
    return [...statistics.values()].sort((a, b) => a.elementId.localeCompare(b.elementId));
  }

  async incidentDetails(filter: IncidentDetailFilter): Promise<IncidentDetail[]> {
    const { rows } = await this.pool.query(
      `SELECT i.key::text, i.process_instance_key::text, i.process_definition_key::text, i.element_instance_key::text, i.element_id,
              i.bpmn_process_id, i.job_key::text, i.error_type, i.error_message, i.state, i.creation_date,
              COALESCE(p.root_process_instance_key, i.process_instance_key)::text AS root_key, j.retries, j.type AS job_type
         FROM zeebe_incident i
         LEFT JOIN zeebe_process_instance p ON p.key = i.process_instance_key
         LEFT JOIN zeebe_job j ON j.key = i.job_key
        WHERE ($1::bigint[] IS NULL OR i.key = ANY($1::bigint[]))
          AND ($2::bigint[] IS NULL OR p.root_process_instance_key = ANY($2::bigint[]))
          AND ($3::text IS NULL OR i.state = $3)
        ORDER BY i.creation_date, i.key`,
      [filter.keys ?? null, filter.rootProcessInstanceKeys ?? null, filter.state ?? null],
    );
    return rows.map((row) => ({
      bpmnProcessId: row.bpmn_process_id,
      creationDate: iso(row.creation_date)!,
      elementId: row.element_id,
      elementInstanceKey: row.element_instance_key,
      errorMessage: row.error_message ?? '',
      errorType: row.error_type,
      jobKey: row.job_key,
      jobRetries: row.retries ?? null,
      jobType: row.job_type ?? null,
      key: row.key,
      processDefinitionKey: row.process_definition_key,
      processInstanceKey: row.process_instance_key,
      rootProcessInstanceKey: row.root_key,
      state: row.state,
    }));
  }

  async rootInstanceOverviews(rootKeys: string[]): Promise<RootInstanceOverview[]> {
    if (rootKeys.length === 0) return [];
    const [roots, steps, incidents] = await Promise.all([
      this.pool.query(
        `SELECT key::text, bpmn_process_id, version, process_definition_key::text, state, start_date, end_date
           FROM zeebe_process_instance WHERE key = ANY($1::bigint[])`,
        [rootKeys],
      ),
      this.pool.query(
        `SELECT p.root_process_instance_key::text AS root_key, e.bpmn_process_id, e.process_definition_key::text, e.element_id,
                e.element_type, e.start_date
           FROM zeebe_process_instance p JOIN zeebe_element_instance e ON e.process_instance_key = p.key
          WHERE p.root_process_instance_key = ANY($1::bigint[]) AND e.state = 'ACTIVE' AND e.element_type <> ALL($2::text[])
          ORDER BY e.start_date, e.key`,
        [rootKeys, CONTAINER_TYPES],
      ),
      this.pool.query(
        `SELECT p.root_process_instance_key::text AS root_key, count(*)::int AS incidents
           FROM zeebe_process_instance p JOIN zeebe_incident i ON i.process_instance_key = p.key
          WHERE p.root_process_instance_key = ANY($1::bigint[]) AND i.state = 'ACTIVE' GROUP BY p.root_process_instance_key`,
        [rootKeys],
      ),
    ]);
    const stepsOf = new Map<string, ActiveStep[]>();
    for (const row of steps.rows) {
      const list = stepsOf.get(row.root_key) ?? [];
      list.push({
        bpmnProcessId: row.bpmn_process_id,
        elementId: row.element_id,
        elementName: await this.elementName(row.process_definition_key, row.element_id),
        elementType: row.element_type,
        since: iso(row.start_date),
      });
      stepsOf.set(row.root_key, list);
    }
    const incidentsOf = new Map<string, number>(incidents.rows.map((row) => [row.root_key, row.incidents]));
    return roots.rows.map((row) => ({
      activeSteps: stepsOf.get(row.key) ?? [],
      bpmnProcessId: row.bpmn_process_id,
      endDate: iso(row.end_date),
      incidents: incidentsOf.get(row.key) ?? 0,
      key: row.key,
      processDefinitionKey: row.process_definition_key,
      startDate: iso(row.start_date)!,
      state: row.state,
      version: row.version,
    }));
  }

  async rootInstanceKeys(filter: RootInstanceKeyFilter): Promise<string[]> {
    const sets: string[] = [];
    const values: unknown[] = [];
    if (filter.state) {
      values.push(filter.state);
      sets.push(`SELECT key FROM zeebe_process_instance WHERE state = $${values.length} AND parent_process_instance_key IS NULL`);
    }
    if (filter.activeElementId) {
      values.push(filter.activeElementId);
      sets.push(
        `SELECT p.root_process_instance_key FROM zeebe_element_instance e JOIN zeebe_process_instance p ON p.key = e.process_instance_key
          WHERE e.state = 'ACTIVE' AND e.element_id = $${values.length}`,
      );
    }
    if (filter.withIncident) {
      sets.push(`SELECT p.root_process_instance_key FROM zeebe_incident i JOIN zeebe_process_instance p ON p.key = i.process_instance_key WHERE i.state = 'ACTIVE'`);
    }
    if (sets.length === 0) throw new Error('rootInstanceKeys needs at least one filter');
    const { rows } = await this.pool.query(`SELECT key::text FROM (${sets.join(' INTERSECT ')}) AS matching(key)`, values);
    return rows.map((row) => row.key);
  }

  async activeElementCounts(): Promise<ActiveElementCount[]> {
    const { rows } = await this.pool.query(
      `SELECT e.bpmn_process_id, min(e.process_definition_key)::text AS process_definition_key, e.element_id,
              count(DISTINCT p.root_process_instance_key)::int AS instances
         FROM zeebe_element_instance e JOIN zeebe_process_instance p ON p.key = e.process_instance_key
        WHERE e.state = 'ACTIVE' AND e.element_type <> ALL($1::text[])
        GROUP BY e.bpmn_process_id, e.element_id ORDER BY e.bpmn_process_id, e.element_id`,
      [CONTAINER_TYPES],
    );
    const counts: ActiveElementCount[] = [];
    for (const row of rows) {
      counts.push({ bpmnProcessId: row.bpmn_process_id, elementId: row.element_id, elementName: await this.elementName(row.process_definition_key, row.element_id), instances: row.instances });
    }
    return counts;
  }

  async instanceTree(rootKey: string): Promise<InstanceTree | null> {
    const instances = await this.pool.query(
      `SELECT key::text, bpmn_process_id, version, process_definition_key::text, state, start_date, end_date,
              parent_process_instance_key::text, has_incident
         FROM zeebe_process_instance WHERE root_process_instance_key = $1::bigint
        ORDER BY (key = $1::bigint) DESC, start_date, key`,
      [rootKey],
    );
    if (instances.rows.length === 0 || instances.rows[0].key !== rootKey) return null;
    const keys = instances.rows.map((row) => row.key);
    const [elements, variables, incidents] = await Promise.all([
      this.pool.query(
        `SELECT key::text, process_instance_key::text, process_definition_key::text, bpmn_process_id, element_id, element_type,
                state, start_date, end_date
           FROM zeebe_element_instance WHERE process_instance_key = ANY($1::bigint[]) ORDER BY start_date, key`,
        [keys],
      ),
      this.pool.query(
        'SELECT process_instance_key::text, scope_key::text, name, value FROM zeebe_variable WHERE scope_key = $1::bigint ORDER BY name',
        [rootKey],
      ),
      this.incidentDetails({ rootProcessInstanceKeys: [rootKey] }),
    ]);
    const named: NamedElementInstance[] = [];
    for (const row of elements.rows) {
      named.push({
        bpmnProcessId: row.bpmn_process_id,
        elementId: row.element_id,
        elementName: await this.elementName(row.process_definition_key, row.element_id),
        elementType: row.element_type,
        endDate: iso(row.end_date),
        key: row.key,
        processDefinitionKey: row.process_definition_key,
        processInstanceKey: row.process_instance_key,
        startDate: iso(row.start_date)!,
        state: row.state,
      });
    }
    return {
      elements: named,
      incidents,
      instances: instances.rows.map(
        (row): ProcessInstanceRecord => ({
          bpmnProcessId: row.bpmn_process_id,
          endDate: iso(row.end_date),
          hasIncident: Boolean(row.has_incident),
          key: row.key,
          parentProcessInstanceKey: row.parent_process_instance_key,
          processDefinitionKey: row.process_definition_key,
          startDate: iso(row.start_date)!,
          state: row.state as InstanceState,
          version: Number(row.version),
        }),
      ),
      variables: variables.rows.map((row) => ({ name: row.name, processInstanceKey: row.process_instance_key, scopeKey: row.scope_key, value: row.value })),
    };
  }

  /** The label of an element, read once per process definition from the deployed XML. */
  private async elementName(processDefinitionKey: string, elementId: string): Promise<string> {
    let names = this.names.get(processDefinitionKey);
    if (!names) {
      const xml = await this.processDefinitionXml(processDefinitionKey);
      names = xml ? elementNamesOf(xml) : new Map<string, string>();
      if (xml) this.names.set(processDefinitionKey, names);
    }
    return names.get(elementId) ?? elementId;
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}

function iso(value: Date | string | null): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}
