import { ModelCoverage } from '../../engine-monitoring.types';
import { DefinitionCatalogues } from './definition-catalogues';
import { elementIdOf } from './element-types';
import { HistoryDatabase } from './history-database';

/**
 * Per model (BPMN process id, all its versions): the elements ever entered (ACT_HI_ACTINST) and the
 * sequence flows ever taken (the plugin's jbt_flow_taken). What Operaton passes without a record is
 * derived per definition from its model: link events from the flows around them, the flows out of
 * an event-based gateway from the events entered. Meant for a test run's engine database: it reads
 * everything.
 */
export class CoverageView {
  constructor(
    private readonly db: HistoryDatabase,
    private readonly catalogues: DefinitionCatalogues,
  ) {}

  async coverage(): Promise<ModelCoverage[]> {
    const [models, activities, flows] = await Promise.all([
      this.db.rows<{ bpmn_process_id: string }>('SELECT DISTINCT key_ AS bpmn_process_id FROM act_re_procdef'),
      this.db.rows<{ activity_id: string; bpmn_process_id: string; definition_id: string }>(
        'SELECT DISTINCT a.proc_def_key_ AS bpmn_process_id, a.proc_def_id_ AS definition_id, a.act_id_ AS activity_id FROM act_hi_actinst a',
      ),
      this.db.rows<{ bpmn_process_id: string; definition_id: string; flow_id: string }>(
        `SELECT DISTINCT d.key_ AS bpmn_process_id, f.process_definition_id AS definition_id, f.flow_id
           FROM jbt_flow_taken f JOIN act_re_procdef d ON d.id_ = f.process_definition_id`,
      ),
    ]);
    const coverage = new Map<string, { elements: Set<string>; flows: Set<string> }>();
    const of = (bpmnProcessId: string) => {
      let found = coverage.get(bpmnProcessId);
      if (!found) coverage.set(bpmnProcessId, (found = { elements: new Set(), flows: new Set() }));
      return found;
    };
    for (const row of models) of(row.bpmn_process_id);
    const definitions = new Map<string, { bpmnProcessId: string; entered: Set<string>; taken: Set<string> }>();
    const definition = (definitionId: string, bpmnProcessId: string) => {
      let found = definitions.get(definitionId);
      if (!found) definitions.set(definitionId, (found = { bpmnProcessId, entered: new Set(), taken: new Set() }));
      return found;
    };
    for (const row of activities) {
      of(row.bpmn_process_id).elements.add(elementIdOf(row.activity_id));
      definition(row.definition_id, row.bpmn_process_id).entered.add(elementIdOf(row.activity_id));
    }
    for (const row of flows) {
      of(row.bpmn_process_id).flows.add(row.flow_id);
      definition(row.definition_id, row.bpmn_process_id).taken.add(row.flow_id);
    }
    const catalogues = await this.catalogues.ofAll(definitions.keys());
    for (const [definitionId, { bpmnProcessId, entered, taken }] of definitions) {
      const catalogue = catalogues.get(definitionId);
      for (const { flowId, targetId } of catalogue?.flowsEnteredDirectly() ?? []) if (entered.has(targetId)) of(bpmnProcessId).flows.add(flowId);
      for (const elementId of catalogue?.linkEventsPassed(taken) ?? []) of(bpmnProcessId).elements.add(elementId);
    }
    return [...coverage.entries()]
      .map(([bpmnProcessId, { elements, flows: taken }]) => ({ bpmnProcessId, elementIds: [...elements].sort(), flowIds: [...taken].sort() }))
      .sort((a, b) => a.bpmnProcessId.localeCompare(b.bpmnProcessId));
  }
}
