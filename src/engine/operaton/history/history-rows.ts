import { ElementInstanceRecord, IncidentRecord, ProcessInstanceRecord } from '../../engine.types';
import { ElementCatalogue } from './element-catalogue';
import { elementIdOf, elementTypeOf } from './element-types';
import { iso, isoOrNull } from './engine-timestamps';
import { activityState, incidentState, incidentType, INCIDENT_OPEN, JOB_INCIDENT_TYPES, OWN_INCIDENT_SQL, processState } from './history-states';

/*
 * The columns the readers select from Operaton's tables, named once, and how a row becomes a record
 * of the port. Our keys are Operaton's ids: instance ids, activity instance ids ("Task_X:uuid"),
 * definition ids ("key:version:uuid") and incident ids.
 */

/** A process instance (alias `p`) with its definition (alias `d`); FROM clause included. */
export const PROCESS_INSTANCE_SELECT = `
  SELECT p.id_ AS key, p.proc_def_key_ AS bpmn_process_id, d.version_ AS version, p.proc_def_id_ AS definition_id, d.name_ AS process_name,
         p.state_ AS state, p.start_time_ AS start_time, p.end_time_ AS end_time, p.super_process_instance_id_ AS parent_key,
         EXISTS (SELECT 1 FROM act_hi_incident i WHERE i.proc_inst_id_ = p.id_ AND i.incident_state_ = ${INCIDENT_OPEN} AND ${OWN_INCIDENT_SQL}) AS has_incident
    FROM act_hi_procinst p
    LEFT JOIN act_re_procdef d ON d.id_ = p.proc_def_id_`;

export interface ProcessInstanceRow {
  bpmn_process_id: string;
  definition_id: string;
  end_time: Date | null;
  has_incident: boolean;
  key: string;
  parent_key: string | null;
  process_name: string | null;
  start_time: Date;
  state: string | null;
  version: number | null;
}

export function processInstanceOf(row: ProcessInstanceRow): ProcessInstanceRecord {
  return {
    bpmnProcessId: row.bpmn_process_id,
    endDate: isoOrNull(row.end_time),
    hasIncident: row.has_incident,
    key: row.key,
    parentProcessInstanceKey: row.parent_key,
    processDefinitionKey: row.definition_id,
    startDate: iso(row.start_time),
    state: processState(row.state, row.end_time),
    version: row.version ?? 0,
  };
}

/** The process's label in the model, or its BPMN process id. */
export function processNameOf(row: { bpmn_process_id: string; process_name: string | null }): string {
  const label = row.process_name?.replace(/\s+/g, ' ').trim();
  return label ? label : row.bpmn_process_id;
}

/** An activity instance (alias `a`); FROM clause included. */
export const ACTIVITY_SELECT = `
  SELECT a.id_ AS key, a.proc_inst_id_ AS process_instance_key, a.proc_def_id_ AS definition_id, a.proc_def_key_ AS bpmn_process_id,
         a.act_id_ AS activity_id, a.act_name_ AS activity_name, a.act_type_ AS activity_type, a.start_time_ AS start_time,
         a.end_time_ AS end_time, a.act_inst_state_ AS activity_state
    FROM act_hi_actinst a`;

export interface ActivityRow {
  activity_id: string;
  activity_name: string | null;
  activity_state: number | null;
  activity_type: string;
  bpmn_process_id: string;
  definition_id: string;
  end_time: Date | null;
  key: string;
  process_instance_key: string;
  start_time: Date;
}

export function elementInstanceOf(row: ActivityRow, catalogue?: ElementCatalogue): ElementInstanceRecord {
  const elementId = elementIdOf(row.activity_id);
  return {
    bpmnProcessId: row.bpmn_process_id,
    elementId,
    elementType: elementTypeOf(row.activity_type, catalogue?.element(elementId)?.triggeredByEvent),
    endDate: isoOrNull(row.end_time),
    key: row.key,
    processDefinitionKey: row.definition_id,
    processInstanceKey: row.process_instance_key,
    startDate: iso(row.start_time),
    state: activityState(row.end_time, row.activity_state, row.activity_type),
  };
}

/**
 * An incident (alias `i`) with its failed job: the external task (its topic and retries, also from
 * its log once it is gone) or the engine's own job, and the activity instance it happened in; FROM
 * clause included. Only incidents of their own (OWN_INCIDENT_SQL) are meant to be selected.
 */
export const INCIDENT_SELECT = `
  SELECT i.id_ AS key, i.proc_inst_id_ AS process_instance_key, i.proc_def_id_ AS definition_id, i.proc_def_key_ AS bpmn_process_id,
         COALESCE(i.root_proc_inst_id_, i.proc_inst_id_) AS root_key, i.activity_id_ AS activity_id, i.incident_type_ AS incident_type,
         i.incident_msg_ AS message, i.incident_state_ AS incident_state, i.create_time_ AS create_time, i.configuration_ AS configuration,
         COALESCE(xl.act_inst_id_, ai.id_, i.execution_id_) AS element_instance_key, ai.act_type_ AS activity_type,
         COALESCE(x.retries_, j.retries_) AS job_retries,
         COALESCE(x.topic_name_, xl.topic_name_, j.handler_type_, jl.job_def_type_) AS job_type
    FROM act_hi_incident i
    LEFT JOIN act_ru_ext_task x ON i.incident_type_ = '${JOB_INCIDENT_TYPES.externalTask}' AND x.id_ = i.configuration_
    LEFT JOIN act_hi_ext_task_log xl ON i.incident_type_ = '${JOB_INCIDENT_TYPES.externalTask}' AND xl.id_ = i.history_configuration_
    LEFT JOIN act_ru_job j ON i.incident_type_ = '${JOB_INCIDENT_TYPES.job}' AND j.id_ = i.configuration_
    LEFT JOIN act_hi_job_log jl ON i.incident_type_ = '${JOB_INCIDENT_TYPES.job}' AND jl.id_ = i.history_configuration_
    LEFT JOIN LATERAL (
      SELECT a.id_, a.act_type_ FROM act_hi_actinst a
       WHERE a.execution_id_ = i.execution_id_ AND a.act_id_ = i.activity_id_
       ORDER BY a.start_time_ DESC LIMIT 1
    ) ai ON TRUE`;

export interface IncidentRow {
  activity_id: string | null;
  activity_type: string | null;
  bpmn_process_id: string | null;
  configuration: string | null;
  create_time: Date;
  definition_id: string | null;
  element_instance_key: string | null;
  incident_state: number | null;
  incident_type: string;
  job_retries: number | null;
  job_type: string | null;
  key: string;
  message: string | null;
  process_instance_key: string | null;
  root_key: string | null;
}

export function incidentOf(row: IncidentRow): IncidentRecord {
  const errorType = incidentType(row.incident_type);
  return {
    bpmnProcessId: row.bpmn_process_id ?? '',
    creationDate: iso(row.create_time),
    elementId: row.activity_id ? elementIdOf(row.activity_id) : '',
    elementInstanceKey: row.element_instance_key ?? '',
    errorMessage: row.message ?? '',
    errorType,
    // For a failed external task or job, the incident's configuration is the task's or job's id.
    jobKey: errorType === 'JOB_NO_RETRIES' ? row.configuration : null,
    key: row.key,
    processInstanceKey: row.process_instance_key ?? '',
    state: incidentState(row.incident_state),
  };
}
