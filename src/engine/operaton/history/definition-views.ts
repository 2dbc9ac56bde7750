import { ProcessDefinitionFilter, ProcessDefinitionRecord } from '../../engine-monitoring.types';
import { iso } from './engine-timestamps';
import { HistoryDatabase } from './history-database';
import { processNameOf } from './history-rows';

interface DefinitionRow {
  bpmn_process_id: string;
  deployed_at: Date;
  key: string;
  process_name: string | null;
  resource_name: string | null;
  running: number;
  version: number;
  version_tag: string | null;
}

/** The deployed process definitions, newest version first, with the instances of each that run now. */
export class DefinitionViews {
  constructor(private readonly db: HistoryDatabase) {}

  async list(filter: ProcessDefinitionFilter = {}): Promise<ProcessDefinitionRecord[]> {
    const rows = await this.db.rows<DefinitionRow>(
      `SELECT d.id_ AS key, d.key_ AS bpmn_process_id, d.version_ AS version, d.version_tag_ AS version_tag, d.name_ AS process_name,
              d.resource_name_ AS resource_name, dep.deploy_time_ AS deployed_at, COALESCE(r.running, 0)::int AS running
         FROM act_re_procdef d
         LEFT JOIN act_re_deployment dep ON dep.id_ = d.deployment_id_
         LEFT JOIN (
           SELECT proc_def_id_, count(*) AS running FROM act_hi_procinst
            WHERE end_time_ IS NULL AND ($2::text[] IS NULL OR proc_def_id_ = ANY($2::text[]))
            GROUP BY proc_def_id_
         ) r ON r.proc_def_id_ = d.id_
        WHERE ($1::text IS NULL OR d.key_ = $1) AND ($2::text[] IS NULL OR d.id_ = ANY($2::text[]))
        ORDER BY d.key_, d.version_ DESC`,
      [filter.bpmnProcessId ?? null, filter.keys ?? null],
    );
    return rows.map((row) => ({
      bpmnProcessId: row.bpmn_process_id,
      deployedAt: iso(row.deployed_at),
      key: row.key,
      name: processNameOf(row),
      resourceName: row.resource_name ?? '',
      runningInstances: row.running,
      version: row.version,
      versionTag: row.version_tag,
    }));
  }
}
