import { ElementInstanceFilter, ElementInstanceRecord, InstanceFilter, ProcessInstanceRecord, VariableFilter, VariableRecord } from '../../engine.types';
import { DefinitionCatalogues } from './definition-catalogues';
import { activityIdsOf } from './element-types';
import { HistoryDatabase } from './history-database';
import { ACTIVITY_SELECT, ActivityRow, elementInstanceOf, PROCESS_INSTANCE_SELECT, ProcessInstanceRow, processInstanceOf } from './history-rows';
import { activityStateSql, processStateSql } from './history-states';
import { SqlFilter } from './sql-filter';
import { variableJson, VariableValueRow } from './variable-values';

interface VariableRow extends VariableValueRow {
  name: string;
  process_instance_key: string;
  scope_key: string;
}

/**
 * The variables of instances (ACT_HI_VARINST, without deleted ones) with their values. A variable's
 * scope is the activity instance Operaton records for it (the process instance id for the instance's
 * own variables), except that a multi-instance child's own variables (loopCounter, the element
 * variable) are recorded under the multi-instance body: they belong to the inner activity instance
 * on the same execution, the task a form is about.
 */
export const VARIABLE_SELECT = `
  SELECT v.name_ AS name, v.proc_inst_id_ AS process_instance_key, COALESCE(own.id_, v.act_inst_id_, v.proc_inst_id_) AS scope_key,
         v.var_type_ AS type, v.text_ AS text, v.text2_ AS text2, v.long_::text AS long, v.double_ AS double, b.bytes_ AS bytes
    FROM act_hi_varinst v
    LEFT JOIN act_ge_bytearray b ON b.id_ = v.bytearray_id_
    LEFT JOIN LATERAL (
      SELECT a.id_ FROM act_hi_actinst a
       WHERE v.act_inst_id_ LIKE '%#multiInstanceBody:%' AND v.execution_id_ <> v.proc_inst_id_
         AND a.execution_id_ = v.execution_id_ AND a.parent_act_inst_id_ = v.act_inst_id_
       ORDER BY a.start_time_ DESC LIMIT 1
    ) own ON TRUE`;

export const VARIABLE_NOT_DELETED_SQL = `v.state_ IS DISTINCT FROM 'DELETED'`;

export function variableOf(row: VariableRow): VariableRecord {
  return { name: row.name, processInstanceKey: row.process_instance_key, scopeKey: row.scope_key, value: variableJson(row) };
}

/** The plain searches of the port: process instances, element instances and variables. */
export class InstanceSearch {
  constructor(
    private readonly db: HistoryDatabase,
    private readonly catalogues: DefinitionCatalogues,
  ) {}

  async processInstances(filter: InstanceFilter): Promise<ProcessInstanceRecord[]> {
    const where = new SqlFilter()
      .equals('p.proc_def_key_', filter.bpmnProcessId)
      .equals('p.business_key_', filter.businessKey)
      .equals('p.super_process_instance_id_', filter.parentProcessInstanceKey)
      .inList('p.id_', filter.keys);
    if (filter.state) where.where(processStateSql(filter.state));
    const rows = await this.db.rows<ProcessInstanceRow>(`${PROCESS_INSTANCE_SELECT} ${where.sql()} ORDER BY p.start_time_, p.id_`, where.values);
    return rows.map(processInstanceOf);
  }

  async elementInstances(filter: ElementInstanceFilter): Promise<ElementInstanceRecord[]> {
    const where = new SqlFilter()
      .inList('a.proc_inst_id_', filter.processInstanceKeys)
      .equals('a.proc_def_id_', filter.processDefinitionKey)
      .inList('a.act_id_', filter.elementId === undefined ? undefined : activityIdsOf(filter.elementId))
      .where(filter.state && activityStateSql(filter.state));
    const rows = await this.db.rows<ActivityRow>(`${ACTIVITY_SELECT} ${where.sql()} ORDER BY a.start_time_, a.sequence_counter_, a.id_`, where.values);
    const catalogues = await this.catalogues.ofAll(rows.map((row) => row.definition_id));
    return rows.map((row) => elementInstanceOf(row, catalogues.get(row.definition_id)));
  }

  async variables(filter: VariableFilter): Promise<VariableRecord[]> {
    const where = new SqlFilter().inList('v.proc_inst_id_', filter.processInstanceKeys).where(VARIABLE_NOT_DELETED_SQL);
    const rows = await this.db.rows<VariableRow>(`${VARIABLE_SELECT} ${where.sql()} ORDER BY v.proc_inst_id_, v.name_, scope_key`, where.values);
    return rows.map(variableOf);
  }
}
