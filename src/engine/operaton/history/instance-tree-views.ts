import { ActiveStep, InstanceTree, NamedElementInstance, RootInstanceKeyFilter, RootInstanceOverview } from '../../engine-monitoring.types';
import { DefinitionCatalogues } from './definition-catalogues';
import { elementName } from './element-names';
import { activityIdsOf, elementIdOf, elementTypeOf, elementTypeOfKind, NOT_A_STEP_TYPES } from './element-types';
import { isoOrNull } from './engine-timestamps';
import { HistoryDatabase } from './history-database';
import { ACTIVITY_SELECT, ActivityRow, elementInstanceOf, PROCESS_INSTANCE_SELECT, ProcessInstanceRow, processInstanceOf, processNameOf } from './history-rows';
import { INCIDENT_OPEN, OWN_INCIDENT_SQL, processStateSql } from './history-states';
import { IncidentViews } from './incident-views';
import { VARIABLE_NOT_DELETED_SQL, VARIABLE_SELECT, variableOf } from './instance-search';

/** An engine job that continues a process asynchronously, before the step it belongs to (ACT_RU_JOB, ACT_RU_JOBDEF). */
const ASYNC_CONTINUATION = 'async-continuation';
const ASYNC_BEFORE = 'async-before';

interface StepRow {
  activity_id: string;
  /** Null for a step the engine has not entered yet (an asynchronous continuation before it). */
  activity_type: string | null;
  bpmn_process_id: string;
  definition_id: string;
  root_key: string;
  start_time: Date;
}

/**
 * Instance trees: a root process instance (a case's process) with the instances it called, the
 * steps where each tree waits, and which roots match the instance list's engine-side filters.
 * Operaton records the root of every instance, activity and incident (ROOT_PROC_INST_ID_).
 */
export class InstanceTreeViews {
  constructor(
    private readonly db: HistoryDatabase,
    private readonly catalogues: DefinitionCatalogues,
    private readonly incidents: IncidentViews,
  ) {}

  async tree(rootKey: string): Promise<InstanceTree | null> {
    const instances = await this.db.rows<ProcessInstanceRow>(
      `${PROCESS_INSTANCE_SELECT} WHERE p.root_proc_inst_id_ = $1 ORDER BY (p.id_ = $1) DESC, p.start_time_, p.id_`,
      [rootKey],
    );
    if (instances.length === 0 || instances[0].key !== rootKey) return null;
    const [elements, variables, incidents] = await Promise.all([
      this.db.rows<ActivityRow>(`${ACTIVITY_SELECT} WHERE a.root_proc_inst_id_ = $1 ORDER BY a.start_time_, a.sequence_counter_, a.id_`, [rootKey]),
      this.db.rows<Parameters<typeof variableOf>[0]>(
        `${VARIABLE_SELECT} WHERE v.proc_inst_id_ = $1 AND v.act_inst_id_ = $1 AND ${VARIABLE_NOT_DELETED_SQL} ORDER BY v.name_`,
        [rootKey],
      ),
      this.incidents.details({ rootProcessInstanceKeys: [rootKey] }),
    ]);
    const catalogues = await this.catalogues.ofAll(elements.map((row) => row.definition_id));
    return {
      elements: elements.map((row): NamedElementInstance => {
        const catalogue = catalogues.get(row.definition_id);
        const element = elementInstanceOf(row, catalogue);
        return { ...element, elementName: elementName(catalogue, element.elementId, row.activity_name, element.elementType) };
      }),
      incidents,
      instances: instances.map((row) => ({ ...processInstanceOf(row), name: processNameOf(row) })),
      variables: variables.map(variableOf),
    };
  }

  async overviews(rootKeys: string[]): Promise<RootInstanceOverview[]> {
    if (rootKeys.length === 0) return [];
    const [roots, steps, incidents] = await Promise.all([
      this.db.rows<ProcessInstanceRow>(`${PROCESS_INSTANCE_SELECT} WHERE p.id_ = ANY($1::text[])`, [rootKeys]),
      // A step behind an asynchronous continuation has no activity instance until its job runs (or,
      // failing, while it waits for retries): the waiting job says where the case stands.
      this.db.rows<StepRow>(
        `SELECT a.root_proc_inst_id_ AS root_key, a.proc_def_key_ AS bpmn_process_id, a.proc_def_id_ AS definition_id, a.act_id_ AS activity_id,
                a.act_type_ AS activity_type, a.start_time_ AS start_time, a.id_ AS id
           FROM act_hi_actinst a
          WHERE a.root_proc_inst_id_ = ANY($1::text[]) AND a.end_time_ IS NULL AND a.act_type_ <> ALL($2::text[])
         UNION ALL
         SELECT p.root_proc_inst_id_, j.process_def_key_, j.process_def_id_, d.act_id_, NULL, j.create_time_, j.id_
           FROM act_ru_job j
           JOIN act_ru_jobdef d ON d.id_ = j.job_def_id_
           JOIN act_hi_procinst p ON p.id_ = j.process_instance_id_
          WHERE p.root_proc_inst_id_ = ANY($1::text[]) AND j.handler_type_ = '${ASYNC_CONTINUATION}' AND d.job_configuration_ = '${ASYNC_BEFORE}'
          ORDER BY start_time, id`,
        [rootKeys, NOT_A_STEP_TYPES],
      ),
      this.db.rows<{ incidents: number; root_key: string }>(
        `SELECT i.root_proc_inst_id_ AS root_key, count(*)::int AS incidents
           FROM act_hi_incident i
          WHERE i.root_proc_inst_id_ = ANY($1::text[]) AND i.incident_state_ = ${INCIDENT_OPEN} AND ${OWN_INCIDENT_SQL}
          GROUP BY i.root_proc_inst_id_`,
        [rootKeys],
      ),
    ]);
    const catalogues = await this.catalogues.ofAll(steps.map((row) => row.definition_id));
    const stepsOf = new Map<string, ActiveStep[]>();
    for (const row of steps) {
      const catalogue = catalogues.get(row.definition_id);
      const elementId = elementIdOf(row.activity_id);
      const element = catalogue?.element(elementId);
      const elementType = row.activity_type ? elementTypeOf(row.activity_type, element?.triggeredByEvent) : elementTypeOfKind(element?.kind, element?.triggeredByEvent);
      const list = stepsOf.get(row.root_key) ?? [];
      list.push({ bpmnProcessId: row.bpmn_process_id, elementId, elementName: elementName(catalogue, elementId, null, elementType), elementType, since: isoOrNull(row.start_time) });
      stepsOf.set(row.root_key, list);
    }
    const incidentsOf = new Map(incidents.map((row) => [row.root_key, row.incidents]));
    return roots.map((row) => {
      const root = processInstanceOf(row);
      return {
        activeSteps: stepsOf.get(root.key) ?? [],
        bpmnProcessId: root.bpmnProcessId,
        endDate: root.endDate,
        incidents: incidentsOf.get(root.key) ?? 0,
        key: root.key,
        processDefinitionKey: root.processDefinitionKey,
        startDate: root.startDate,
        state: root.state,
        version: root.version,
      };
    });
  }

  async rootKeys(filter: RootInstanceKeyFilter): Promise<string[]> {
    const sets: string[] = [];
    const values: unknown[] = [];
    const param = (value: unknown) => {
      values.push(value);
      return `$${values.length}::text[]`;
    };
    if (filter.state) sets.push(`SELECT p.id_ FROM act_hi_procinst p WHERE ${processStateSql(filter.state)} AND p.super_process_instance_id_ IS NULL`);
    if (filter.activeElementId) {
      sets.push(
        `SELECT a.root_proc_inst_id_ FROM act_hi_actinst a
          WHERE a.end_time_ IS NULL AND a.act_id_ = ANY(${param(activityIdsOf(filter.activeElementId))}) AND a.act_type_ <> ALL(${param(NOT_A_STEP_TYPES)})`,
      );
    }
    if (filter.withIncident) {
      sets.push(`SELECT i.root_proc_inst_id_ FROM act_hi_incident i WHERE i.incident_state_ = ${INCIDENT_OPEN} AND ${OWN_INCIDENT_SQL}`);
    }
    if (sets.length === 0) throw new Error('rootInstanceKeys needs at least one filter');
    const rows = await this.db.rows<{ key: string }>(`SELECT key FROM (${sets.join(' INTERSECT ')}) AS matching(key) WHERE key IS NOT NULL`, values);
    return rows.map((row) => row.key);
  }
}
