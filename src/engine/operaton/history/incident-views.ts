import { IncidentDetail, IncidentDetailFilter } from '../../engine-monitoring.types';
import { IncidentFilter, IncidentRecord } from '../../engine.types';
import { DefinitionCatalogues } from './definition-catalogues';
import { elementName } from './element-names';
import { elementIdOf, elementTypeOf } from './element-types';
import { HistoryDatabase } from './history-database';
import { INCIDENT_SELECT, incidentOf, IncidentRow } from './history-rows';
import { INCIDENT_OPEN, OWN_INCIDENT_SQL } from './history-states';
import { SqlFilter } from './sql-filter';

/** Incidents, plain (the port's search) and with what an operator needs to retry them. */
export class IncidentViews {
  constructor(
    private readonly db: HistoryDatabase,
    private readonly catalogues: DefinitionCatalogues,
  ) {}

  async search(filter: IncidentFilter): Promise<IncidentRecord[]> {
    const rows = await this.rows(new SqlFilter().inList('i.proc_inst_id_', filter.processInstanceKeys), filter.state);
    return rows.map(incidentOf);
  }

  async details(filter: IncidentDetailFilter): Promise<IncidentDetail[]> {
    const where = new SqlFilter().inList('i.id_', filter.keys).inList('i.root_proc_inst_id_', filter.rootProcessInstanceKeys);
    const rows = await this.rows(where, filter.state);
    const catalogues = await this.catalogues.ofAll(rows.flatMap((row) => (row.definition_id ? [row.definition_id] : [])));
    return rows.map((row) => {
      const elementId = row.activity_id ? elementIdOf(row.activity_id) : '';
      const catalogue = row.definition_id ? catalogues.get(row.definition_id) : undefined;
      const type = elementTypeOf(row.activity_type ?? '', catalogue?.element(elementId)?.triggeredByEvent);
      return {
        ...incidentOf(row),
        elementName: elementName(catalogue, elementId, null, type),
        jobRetries: row.job_retries,
        jobType: row.job_type,
        processDefinitionKey: row.definition_id,
        rootProcessInstanceKey: row.root_key ?? row.process_instance_key ?? '',
      };
    });
  }

  private rows(where: SqlFilter, state: 'ACTIVE' | 'RESOLVED' | undefined): Promise<IncidentRow[]> {
    where.where(OWN_INCIDENT_SQL);
    if (state) where.where(state === 'ACTIVE' ? `i.incident_state_ = ${INCIDENT_OPEN}` : `i.incident_state_ <> ${INCIDENT_OPEN}`);
    return this.db.rows<IncidentRow>(`${INCIDENT_SELECT} ${where.sql()} ORDER BY i.create_time_, i.id_`, where.values);
  }
}
