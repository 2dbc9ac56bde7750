import { EntryType } from './enums';

/**
 * The BPMN process ids; each model lives in bpmn/<id>.bpmn. Only the two entry processes are started
 * by the service; the others are called from them (call activities).
 */
export const ProcessId = {
  Agreement: 'jbt-agreement',
  Evaluation: 'jbt-evaluation',
  Feedback: 'jbt-feedback',
  FollowUp: 'jbt-follow-up',
  Intake: 'jbt-intake',
  OtsClosureReview: 'jbt-ots-closure-review',
  Planning: 'jbt-planning',
  Preparation: 'jbt-preparation',
  RaadConsult: 'jbt-raad-consult',
  Referral: 'jbt-referral',
  Report: 'jbt-report',
} as const;
export type ProcessId = (typeof ProcessId)[keyof typeof ProcessId];

export const ALL_PROCESS_IDS: readonly ProcessId[] = Object.values(ProcessId).sort();

/** The process the service starts for each entry type. */
export const ENTRY_PROCESS: Readonly<Record<EntryType, ProcessId>> = {
  CONSULT: ProcessId.Referral,
  OTS_CLOSURE_REVIEW: ProcessId.OtsClosureReview,
  PROTECTION_REQUEST: ProcessId.Referral,
  REFERRAL: ProcessId.Referral,
};

/** Which process calls which (call activities), for documentation and deployment order checks. */
export const CALLED_PROCESSES: Readonly<Record<ProcessId, readonly ProcessId[]>> = {
  'jbt-agreement': [],
  'jbt-evaluation': [ProcessId.Planning, ProcessId.Preparation, ProcessId.Report],
  'jbt-feedback': [],
  'jbt-follow-up': [ProcessId.Agreement, ProcessId.Evaluation],
  'jbt-intake': [],
  'jbt-ots-closure-review': [ProcessId.Feedback, ProcessId.Planning, ProcessId.Preparation, ProcessId.RaadConsult, ProcessId.Report],
  'jbt-planning': [],
  'jbt-preparation': [],
  'jbt-raad-consult': [],
  'jbt-referral': [
    ProcessId.Feedback, ProcessId.FollowUp, ProcessId.Intake, ProcessId.Planning, ProcessId.Preparation,
    ProcessId.RaadConsult, ProcessId.Report,
  ],
  'jbt-report': [],
};
