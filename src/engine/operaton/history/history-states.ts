import { IncidentType, InstanceState } from '../../engine.types';

/** ACT_HI_ACTINST.ACT_INST_STATE_ of an activity instance that was cancelled (ActivityInstanceState.CANCELED). */
export const ACTIVITY_CANCELED = 2;

/** ACT_HI_INCIDENT.INCIDENT_STATE_ of an incident that is still open (1: resolved, 2: deleted). */
export const INCIDENT_OPEN = 0;

/** Incident types whose configuration is the failed job: an external task's or one of the engine's own. */
export const JOB_INCIDENT_TYPES = { externalTask: 'failedExternalTask', job: 'failedJob' } as const;

/** ACT_HI_PROCINST.STATE_ values per state of the read model. */
export const PROCESS_STATES: Record<InstanceState, string[]> = {
  ACTIVE: ['ACTIVE', 'SUSPENDED'],
  COMPLETED: ['COMPLETED'],
  TERMINATED: ['EXTERNALLY_TERMINATED', 'INTERNALLY_TERMINATED'],
};

/**
 * An event-based gateway is recorded as cancelled when one of its events occurs: that is how it
 * completes, not a termination.
 */
const COMPLETES_BY_CANCEL = 'eventBasedGateway';

/**
 * An activity instance runs until it has an end time; then it was cancelled (by an interrupting
 * event, a cancelled instance, a terminate end event) or it completed. Other end states (ending,
 * scope complete, and the default some gateways keep) are normal completions.
 */
export function activityState(endTime: Date | null, state: number | null, activityType: string): InstanceState {
  if (endTime === null) return 'ACTIVE';
  return state === ACTIVITY_CANCELED && activityType !== COMPLETES_BY_CANCEL ? 'TERMINATED' : 'COMPLETED';
}

/** SQL condition: an ended activity instance (alias `a`) was terminated (see activityState). */
export const TERMINATED_SQL = `(a.end_time_ IS NOT NULL AND a.act_inst_state_ = ${ACTIVITY_CANCELED} AND a.act_type_ <> '${COMPLETES_BY_CANCEL}')`;

/** SQL condition: an ended activity instance (alias `a`) completed (see activityState). */
export const COMPLETED_SQL = `(a.end_time_ IS NOT NULL AND NOT (a.act_inst_state_ IS NOT DISTINCT FROM ${ACTIVITY_CANCELED} AND a.act_type_ <> '${COMPLETES_BY_CANCEL}'))`;

/** A process instance's STATE_; a suspended instance still runs. Without a known state, the end time decides. */
export function processState(state: string | null, endTime: Date | null): InstanceState {
  for (const [ours, theirs] of Object.entries(PROCESS_STATES) as [InstanceState, string[]][]) if (state !== null && theirs.includes(state)) return ours;
  return endTime === null ? 'ACTIVE' : 'COMPLETED';
}

export function incidentState(state: number | null): 'ACTIVE' | 'RESOLVED' {
  return state === INCIDENT_OPEN || state === null ? 'ACTIVE' : 'RESOLVED';
}

/** A failed external task or job ran out of retries; anything else the engine raises is OTHER. */
export function incidentType(type: string): IncidentType {
  return type === JOB_INCIDENT_TYPES.externalTask || type === JOB_INCIDENT_TYPES.job ? 'JOB_NO_RETRIES' : 'OTHER';
}

/**
 * The SQL condition on a process instance (alias `p`) for one state of the read model. A running
 * instance is found by its missing end time, which Operaton indexes (STATE_ is not).
 */
export function processStateSql(state: InstanceState): string {
  const states = PROCESS_STATES[state].map((value) => `'${value}'`).join(', ');
  return state === 'ACTIVE' ? `(p.end_time_ IS NULL AND p.state_ IN (${states}))` : `(p.end_time_ IS NOT NULL AND p.state_ IN (${states}))`;
}

/** The SQL condition on an activity instance (alias `a`) for one state of the read model. */
export function activityStateSql(state: InstanceState): string {
  if (state === 'ACTIVE') return 'a.end_time_ IS NULL';
  return state === 'TERMINATED' ? TERMINATED_SQL : COMPLETED_SQL;
}

/**
 * Operaton raises an incident where a job failed and repeats it, as a copy caused by the first, on
 * every call activity above. Only the first is a failure of its own (the one to retry); the copies
 * would count it again. SQL condition on an incident (alias `i`).
 */
export const OWN_INCIDENT_SQL = '(i.cause_incident_id_ IS NULL OR i.cause_incident_id_ = i.id_)';
