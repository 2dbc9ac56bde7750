import { ActiveElementCount, ElementStatistic, ElementStatisticsFilter, FlowStatistic } from '../../engine-monitoring.types';
import { DefinitionCatalogues } from './definition-catalogues';
import { ElementCatalogue } from './element-catalogue';
import { elementName } from './element-names';
import { elementIdOf, elementTypeOf, elementTypeOfKind, MULTI_INSTANCE_SUFFIX, NOT_A_STEP_TYPES } from './element-types';
import { HistoryDatabase } from './history-database';
import { TtlCache } from './ttl-cache';
import { ACTIVITY_CANCELED, COMPLETED_SQL, INCIDENT_OPEN, OWN_INCIDENT_SQL, TERMINATED_SQL } from './history-states';

/**
 * How long the counts over a definition's whole history are kept: counting millions of activity
 * instances and taken flows takes a second or more, and these totals are an overview.
 */
export const ENDED_COUNTS_TTL_MS = 60_000;
export const FLOW_COUNTS_TTL_MS = 60_000;

interface ElementCountRow {
  active: number;
  activity_id: string;
  activity_type: string | null;
  completed: number;
  definition_id: string;
  terminated: number;
}

/**
 * Counts for the diagrams: element instances per element and state with open incidents (the model
 * view and a case's view), how often each sequence flow was taken (the heat view, from the plugin's
 * jbt_flow_taken), and where running instance trees wait (the "current step" filter). What runs now
 * is always current; totals over a definition's whole history may be up to a minute old.
 */
export class StatisticsViews {
  private readonly endedCounts = new TtlCache<{ activity_id: string; completed: number; terminated: number }[]>(ENDED_COUNTS_TTL_MS);
  private readonly flowCounts = new TtlCache<{ definition_id: string; flow_id: string; taken: number }[]>(FLOW_COUNTS_TTL_MS);

  constructor(
    private readonly db: HistoryDatabase,
    private readonly catalogues: DefinitionCatalogues,
  ) {}

  async elements(filter: ElementStatisticsFilter): Promise<ElementStatistic[]> {
    const byDefinition = 'processDefinitionKey' in filter;
    const value = byDefinition ? filter.processDefinitionKey : filter.processInstanceKeys;
    const [elements, incidents] = await Promise.all([
      byDefinition ? this.definitionCounts(filter.processDefinitionKey) : this.instanceCounts(filter.processInstanceKeys),
      this.db.rows<{ activity_id: string; definition_id: string; incidents: number }>(
        `SELECT i.proc_def_id_ AS definition_id, i.activity_id_ AS activity_id, count(*)::int AS incidents
           FROM act_hi_incident i
          WHERE ${byDefinition ? 'i.proc_def_id_ = $1' : 'i.proc_inst_id_ = ANY($1::text[])'}
            AND i.incident_state_ = ${INCIDENT_OPEN} AND ${OWN_INCIDENT_SQL} AND i.activity_id_ IS NOT NULL
          GROUP BY i.proc_def_id_, i.activity_id_`,
        [value],
      ),
    ]);
    const catalogues = await this.catalogues.ofAll([...elements.map((row) => row.definition_id), ...incidents.map((row) => row.definition_id)]);
    const statistics = new Map<string, ElementStatistic>();
    const entry = (definitionId: string, activityId: string, activityType: string | null) => {
      const elementId = elementIdOf(activityId);
      let found = statistics.get(elementId);
      if (!found) {
        const catalogue = catalogues.get(definitionId);
        const element = catalogue?.element(elementId);
        const type = activityType ? elementTypeOf(activityType, element?.triggeredByEvent) : elementTypeOfKind(element?.kind, element?.triggeredByEvent);
        found = { active: 0, completed: 0, elementId, elementName: elementName(catalogue, elementId, null, type), incidents: 0, terminated: 0 };
        statistics.set(elementId, found);
      }
      return found;
    };
    for (const row of elements) {
      const counts = entry(row.definition_id, row.activity_id, row.activity_type);
      counts.active += row.active;
      counts.completed += row.completed;
      counts.terminated += row.terminated;
    }
    for (const row of incidents) entry(row.definition_id, row.activity_id, null).incidents += row.incidents;
    return [...statistics.values()].sort((a, b) => a.elementId.localeCompare(b.elementId));
  }

  /**
   * Counts per element of one definition, over all its instances: the model view. Instances running
   * now are counted on every call, through the index on the end time; the ended ones (often millions
   * of rows) are counted at most once a minute per definition (ENDED_COUNTS_TTL_MS), from the columns
   * of Operaton's statistics index alone. The event-based gateways, which end "cancelled" (see
   * activityState), come from the model.
   */
  private async definitionCounts(definitionId: string): Promise<ElementCountRow[]> {
    const [active, ended] = await Promise.all([
      this.db.rows<{ activity_id: string; active: number }>(
        `SELECT a.act_id_ AS activity_id, count(*)::int AS active FROM act_hi_actinst a
          WHERE a.end_time_ IS NULL AND a.proc_def_id_ = $1 AND a.act_id_ NOT LIKE '%${MULTI_INSTANCE_SUFFIX}'
          GROUP BY a.act_id_`,
        [definitionId],
      ),
      this.endedCounts.get(definitionId, async () => {
        const catalogue = await this.catalogues.of(definitionId);
        return this.db.rows<{ activity_id: string; completed: number; terminated: number }>(
          `SELECT a.act_id_ AS activity_id,
                  count(*) FILTER (WHERE a.act_inst_state_ IS DISTINCT FROM ${ACTIVITY_CANCELED} OR a.act_id_ = ANY($2::text[]))::int AS completed,
                  count(*) FILTER (WHERE a.act_inst_state_ = ${ACTIVITY_CANCELED} AND a.act_id_ <> ALL($2::text[]))::int AS terminated
             FROM act_hi_actinst a
            WHERE a.proc_def_id_ = $1 AND a.end_time_ IS NOT NULL AND a.act_id_ NOT LIKE '%${MULTI_INSTANCE_SUFFIX}'
            GROUP BY a.act_id_`,
          [definitionId, catalogue.idsOfKind('EventBasedGateway')],
        );
      }),
    ]);
    const rows = new Map<string, ElementCountRow>();
    const row = (activityId: string) => {
      let found = rows.get(activityId);
      if (!found) rows.set(activityId, (found = { active: 0, activity_id: activityId, activity_type: null, completed: 0, definition_id: definitionId, terminated: 0 }));
      return found;
    };
    for (const counts of active) row(counts.activity_id).active = counts.active;
    for (const counts of ended) Object.assign(row(counts.activity_id), { completed: counts.completed, terminated: counts.terminated });
    return [...rows.values()];
  }

  /** Counts per element of some instances (a case's tree). Multi-instance bodies are left out: their element is counted by its inner instances. */
  private instanceCounts(processInstanceKeys: string[]): Promise<ElementCountRow[]> {
    return this.db.rows<ElementCountRow>(
      `SELECT a.proc_def_id_ AS definition_id, a.act_id_ AS activity_id, min(a.act_type_) AS activity_type,
              count(*) FILTER (WHERE a.end_time_ IS NULL)::int AS active,
              count(*) FILTER (WHERE ${COMPLETED_SQL})::int AS completed,
              count(*) FILTER (WHERE ${TERMINATED_SQL})::int AS terminated
         FROM act_hi_actinst a
        WHERE a.proc_inst_id_ = ANY($1::text[]) AND a.act_type_ <> 'multiInstanceBody'
        GROUP BY a.proc_def_id_, a.act_id_`,
      [processInstanceKeys],
    );
  }

  async flows(filter: ElementStatisticsFilter): Promise<FlowStatistic[]> {
    const byDefinition = 'processDefinitionKey' in filter;
    const value = byDefinition ? filter.processDefinitionKey : filter.processInstanceKeys;
    const [rows, definitionIds] = await Promise.all([
      byDefinition
        ? // Every instance of the definition ever: counted at most once a minute (FLOW_COUNTS_TTL_MS).
          this.flowCounts.get(filter.processDefinitionKey, () =>
            this.db.rows<{ definition_id: string; flow_id: string; taken: number }>(
              `SELECT f.process_definition_id AS definition_id, f.flow_id, count(*)::int AS taken
                 FROM jbt_flow_taken f WHERE f.process_definition_id = $1
                GROUP BY f.process_definition_id, f.flow_id`,
              [filter.processDefinitionKey],
            ),
          )
        : // Through the trees' roots, which the table is indexed by.
          this.db.rows<{ definition_id: string; flow_id: string; taken: number }>(
            `SELECT f.process_definition_id AS definition_id, f.flow_id, count(*)::int AS taken
               FROM jbt_flow_taken f
              WHERE f.root_process_instance_id IN (SELECT p.root_proc_inst_id_ FROM act_hi_procinst p WHERE p.id_ = ANY($1::text[]))
                AND f.process_instance_id = ANY($1::text[])
              GROUP BY f.process_definition_id, f.flow_id`,
            [filter.processInstanceKeys],
          ),
      byDefinition
        ? [filter.processDefinitionKey]
        : this.db
            .rows<{ id: string }>('SELECT DISTINCT p.proc_def_id_ AS id FROM act_hi_procinst p WHERE p.id_ = ANY($1::text[])', [filter.processInstanceKeys])
            .then((found) => found.map((row) => row.id)),
    ]);
    const catalogues = await this.catalogues.ofAll([...definitionIds, ...rows.map((row) => row.definition_id)]);
    const flows = new Map<string, FlowStatistic>();
    const add = (definitionId: string, flowId: string, taken: number) => {
      const found = flows.get(flowId) ?? { flowId, name: catalogues.get(definitionId)?.flowNameOf(flowId) ?? 'Pad', taken: 0 };
      found.taken += taken;
      flows.set(flowId, found);
    };
    for (const row of rows) add(row.definition_id, row.flow_id, row.taken);
    for (const row of await this.enteredDirectly(definitionIds, catalogues, byDefinition ? 'a.proc_def_id_ = $1' : 'a.proc_inst_id_ = ANY($1::text[])', value)) {
      add(row.definitionId, row.flowId, row.taken);
    }
    return [...flows.values()].sort((a, b) => a.flowId.localeCompare(b.flowId));
  }

  /** The flows out of event-based gateways, counted by the entries of their target events (ElementCatalogue.flowsEnteredDirectly). */
  private async enteredDirectly(definitionIds: string[], catalogues: Map<string, ElementCatalogue>, where: string, value: unknown) {
    const flows = definitionIds.flatMap((definitionId) => (catalogues.get(definitionId)?.flowsEnteredDirectly() ?? []).map((flow) => ({ ...flow, definitionId })));
    if (flows.length === 0) return [];
    const entered = await this.db.rows<{ activity_id: string; definition_id: string; entered: number }>(
      `SELECT a.proc_def_id_ AS definition_id, a.act_id_ AS activity_id, count(*)::int AS entered
         FROM act_hi_actinst a WHERE ${where} AND a.act_id_ = ANY($2::text[])
        GROUP BY a.proc_def_id_, a.act_id_`,
      [value, [...new Set(flows.map((flow) => flow.targetId))]],
    );
    const counts = new Map(entered.map((row) => [`${row.definition_id} ${row.activity_id}`, row.entered]));
    return flows
      .map((flow) => ({ definitionId: flow.definitionId, flowId: flow.flowId, taken: counts.get(`${flow.definitionId} ${flow.targetId}`) ?? 0 }))
      .filter((flow) => flow.taken > 0);
  }

  async activeElements(): Promise<ActiveElementCount[]> {
    const rows = await this.db.rows<{ activity_id: string; activity_type: string; bpmn_process_id: string; definition_id: string; instances: number }>(
      `SELECT a.proc_def_key_ AS bpmn_process_id, a.act_id_ AS activity_id, min(a.act_type_) AS activity_type,
              count(DISTINCT a.root_proc_inst_id_)::int AS instances,
              (array_agg(a.proc_def_id_ ORDER BY a.start_time_ DESC))[1] AS definition_id
         FROM act_hi_actinst a
        WHERE a.end_time_ IS NULL AND a.act_type_ <> ALL($1::text[])
        GROUP BY a.proc_def_key_, a.act_id_
        ORDER BY a.proc_def_key_, a.act_id_`,
      [NOT_A_STEP_TYPES],
    );
    const catalogues = await this.catalogues.ofAll(rows.map((row) => row.definition_id));
    return rows.map((row) => {
      const catalogue = catalogues.get(row.definition_id);
      const elementId = elementIdOf(row.activity_id);
      return {
        bpmnProcessId: row.bpmn_process_id,
        elementId,
        elementName: elementName(catalogue, elementId, null, elementTypeOf(row.activity_type, catalogue?.element(elementId)?.triggeredByEvent)),
        instances: row.instances,
      };
    });
  }
}
