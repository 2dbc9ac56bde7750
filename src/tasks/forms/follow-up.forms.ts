import { EvaluationDecision, EvaluationMode, Outcome, RaadView, Variable } from '../../engine/process-catalog';
import { DecisionBasis, DecisionOutcome, EvaluationOutcome } from '../../generated/prisma/enums';
import { engineDateTime, markMeetingHeld, recordDecision, undoDecision } from './form-records';
import { DateWhen, FreeText, FreeTextWhen, OneOf, OneOfWhen, OptionalText, YesNo } from './form-rules';
import { defineForm, FormContext, FormField, FormOutcome, textsOf } from './task-form';

/**
 * UserTask_ApproveReport: the chair approves the draft report, or writes the corrected account from
 * which the report is drafted again (003 §8; the drafting reads the case's latest `reportText`).
 */
export class ReportApprovalFormDto {
  @YesNo('The chair approves the draft as it is')
  reportApproved: boolean;

  @FreeTextWhen<ReportApprovalFormDto>('The corrected account of the conversation for the next draft', (form) => form.reportApproved === false)
  reportText?: string;
}

export const REPORT_APPROVAL_FORM = defineForm({
  async complete(values, context) {
    const reportId = (await context.engineVariables())[Variable.reportId];
    if (values.reportApproved && typeof reportId === 'string') {
      const version = await context.tx.reportVersion.findFirst({ orderBy: { version: 'desc' }, select: { id: true }, where: { approvedAt: null, report: { caseId: context.caseId, id: reportId } } });
      if (version) await context.tx.reportVersion.update({ data: { approvedAt: context.now, approvedById: context.actorId }, where: { id: version.id } });
    }
    return { texts: values.reportApproved ? {} : textsOf(values, ['reportText']), variables: { [Variable.reportApproved]: values.reportApproved } };
  },
  dto: ReportApprovalFormDto,
  fields: [
    { kind: 'boolean', name: 'reportApproved', required: true },
    { kind: 'textarea', maxLength: 5000, name: 'reportText', required: { equals: false, field: 'reportApproved' }, visibleWhen: { equals: false, field: 'reportApproved' } },
  ],
  key: 'jbt:report-approval',
});

const DECISIONS = Object.values(EvaluationDecision);
const MODES = Object.values(EvaluationMode);
const continues = (form: { evaluationDecision?: string }) => form.evaluationDecision === EvaluationDecision.CONTINUE_EVALUATIONS;

/** How an evaluation decision reads as one of the table's four outcomes, and in the evaluation record. */
const AS_OUTCOME: Readonly<Record<EvaluationDecision, Outcome>> = {
  CONTINUE_EVALUATIONS: Outcome.VOLUNTARY_BINDING,
  END_TABLE_INVOLVEMENT: Outcome.VOLUNTARY_LOCAL_TEAM,
  REQUEST_RAAD_INVESTIGATION: Outcome.RAAD_INVESTIGATION,
};
const AS_EVALUATION_OUTCOME: Readonly<Record<EvaluationDecision, EvaluationOutcome>> = {
  CONTINUE_EVALUATIONS: EvaluationOutcome.CONTINUE_AT_TABLE,
  END_TABLE_INVOLVEMENT: EvaluationOutcome.LEAVE_TABLE,
  REQUEST_RAAD_INVESTIGATION: EvaluationOutcome.RAAD_INVESTIGATION,
};

/** An evaluation moment's decision, written or at a meeting. */
export class WrittenEvaluationFormDto {
  @OptionalText('Agreements that change or are added')
  agreements?: string;

  @FreeText('What the progress shows, and why this decision')
  assessment: string;

  @DateWhen<WrittenEvaluationFormDto>('The next evaluation moment', continues)
  evaluationAt?: string;

  @OneOf(DECISIONS, 'What this evaluation moment decides')
  evaluationDecision: EvaluationDecision;

  @OneOfWhen<WrittenEvaluationFormDto>(MODES, 'How the next evaluation moment is held', continues)
  evaluationMode?: EvaluationMode;

  @OptionalText('The chair’s account for the report')
  reportText?: string;
}

export class EvaluationMeetingFormDto extends WrittenEvaluationFormDto {
  @YesNo('Parents were present')
  parentsPresent: boolean;
}

async function completeEvaluation(values: WrittenEvaluationFormDto, context: FormContext): Promise<FormOutcome> {
  const decisionId = await recordDecision(context, {
    basis: DecisionBasis.CHAIR_DECIDED,
    help: values.agreements?.trim() ?? '',
    outcome: AS_OUTCOME[values.evaluationDecision],
    route: values.assessment.trim(),
    safety: '',
  });
  const evaluation = await context.tx.evaluation.findFirst({ orderBy: { sequence: 'desc' }, select: { id: true }, where: { caseId: context.caseId, heldAt: null } });
  if (evaluation) {
    await context.tx.evaluation.update({ data: { decisionId, heldAt: context.now, outcome: AS_EVALUATION_OUTCOME[values.evaluationDecision], outcomeNote: values.assessment.trim() }, where: { id: evaluation.id } });
  }
  return {
    texts: textsOf(values, ['agreements', 'assessment', 'reportText']),
    undo: undoDecision(decisionId),
    variables: {
      [Variable.decisionId]: decisionId,
      [Variable.evaluationDecision]: values.evaluationDecision,
      ...(continues(values) && values.evaluationAt && values.evaluationMode ? { [Variable.evaluationAt]: engineDateTime(values.evaluationAt), [Variable.evaluationMode]: values.evaluationMode } : {}),
    },
  };
}

const evaluationFields: FormField[] = [
  { kind: 'choice', name: 'evaluationDecision', options: DECISIONS, required: true },
  { kind: 'textarea', maxLength: 5000, name: 'assessment', required: true },
  { kind: 'textarea', maxLength: 5000, name: 'agreements', required: false },
  { kind: 'choice', name: 'evaluationMode', options: MODES, required: { equals: EvaluationDecision.CONTINUE_EVALUATIONS, field: 'evaluationDecision' }, visibleWhen: { equals: EvaluationDecision.CONTINUE_EVALUATIONS, field: 'evaluationDecision' } },
  { kind: 'date', name: 'evaluationAt', required: { equals: EvaluationDecision.CONTINUE_EVALUATIONS, field: 'evaluationDecision' }, visibleWhen: { equals: EvaluationDecision.CONTINUE_EVALUATIONS, field: 'evaluationDecision' } },
  { kind: 'textarea', maxLength: 5000, name: 'reportText', required: false },
];

/** UserTask_AssessWrittenEvaluation: the chair reads the written progress and decides. */
export const WRITTEN_EVALUATION_FORM = defineForm({
  complete: completeEvaluation,
  dto: WrittenEvaluationFormDto,
  fields: evaluationFields,
  key: 'jbt:written-evaluation',
});

/** UserTask_HoldEvaluationMeeting: the evaluation at a new meeting, and its decision. */
export const EVALUATION_MEETING_FORM = defineForm({
  async complete(values, context) {
    await markMeetingHeld(context, { childrenHeard: false, parentsPresent: values.parentsPresent });
    const outcome = await completeEvaluation(values, context);
    return { ...outcome, variables: { ...outcome.variables, [Variable.parentsPresent]: values.parentsPresent } };
  },
  dto: EvaluationMeetingFormDto,
  fields: [{ kind: 'boolean', name: 'parentsPresent', required: true }, ...evaluationFields],
  key: 'jbt:evaluation-meeting',
});

const OTS_VIEWS = [RaadView.CLOSURE_AGREED, RaadView.CLOSURE_NOT_AGREED] as const;

/** UserTask_HoldOtsReview: the OTS-closure review at the table, with the Raad's legal review (003 §11). */
export class OtsReviewFormDto {
  @FreeTextWhen<OtsReviewFormDto>('The follow-up help agreed', (form) => form.followUpHelpAgreed === true)
  followUpHelp?: string;

  @YesNo('Follow-up help was agreed')
  followUpHelpAgreed: boolean;

  @YesNo('Parents were present')
  parentsPresent: boolean;

  @OneOf(OTS_VIEWS, 'The Raad’s legal review of the intention to end the supervision order')
  raadView: RaadView;

  @OptionalText('The Raad’s review in its own words')
  raadReviewNote?: string;

  @OptionalText('The chair’s account for the report')
  reportText?: string;

  @FreeTextWhen<OtsReviewFormDto>('The safety agreements made', (form) => form.safetyAgreementsMade === true)
  safetyAgreements?: string;

  @YesNo('Safety agreements were made')
  safetyAgreementsMade: boolean;
}

export const OTS_REVIEW_FORM = defineForm({
  async complete(values, context) {
    await markMeetingHeld(context, { childrenHeard: false, parentsPresent: values.parentsPresent });
    const agreed = values.raadView === RaadView.CLOSURE_AGREED;
    const decisionId = await recordDecision(context, {
      basis: DecisionBasis.CONSENSUS,
      help: values.followUpHelp?.trim() ?? '',
      // The review decides on the court measure, not on one of the four outcomes of a referral: it plans no
      // evaluation moments, and counting it as voluntary help would skew the managers' outcome mix.
      outcome: agreed ? DecisionOutcome.OTS_ENDS : DecisionOutcome.OTS_CONTINUES,
      raadViewNote: values.raadReviewNote?.trim() || undefined,
      route: agreed ? 'Beëindiging van de ondertoezichtstelling' : 'Voortzetting van de ondertoezichtstelling',
      safety: values.safetyAgreements?.trim() ?? '',
    });
    // The Raad's outcome itself is recorded by the workers jbt.ots-review.confirm-closure and record-continuation.
    await context.tx.otsClosureReview.updateMany({
      data: { agreements: values.safetyAgreements?.trim() || null, raadReviewNote: values.raadReviewNote?.trim() || null },
      where: { caseId: context.caseId, raadReviewOutcome: null },
    });
    return {
      texts: textsOf(values, ['followUpHelp', 'raadReviewNote', 'reportText', 'safetyAgreements']),
      undo: undoDecision(decisionId),
      variables: {
        [Variable.decisionId]: decisionId,
        [Variable.followUpHelpAgreed]: values.followUpHelpAgreed,
        [Variable.parentsPresent]: values.parentsPresent,
        [Variable.raadView]: values.raadView,
        [Variable.safetyAgreementsMade]: values.safetyAgreementsMade,
      },
    };
  },
  dto: OtsReviewFormDto,
  fields: [
    { kind: 'boolean', name: 'parentsPresent', required: true },
    { kind: 'choice', name: 'raadView', options: OTS_VIEWS, required: true },
    { kind: 'textarea', maxLength: 5000, name: 'raadReviewNote', required: false },
    { kind: 'boolean', name: 'safetyAgreementsMade', required: true },
    { kind: 'textarea', maxLength: 5000, name: 'safetyAgreements', required: { equals: true, field: 'safetyAgreementsMade' }, visibleWhen: { equals: true, field: 'safetyAgreementsMade' } },
    { kind: 'boolean', name: 'followUpHelpAgreed', required: true },
    { kind: 'textarea', maxLength: 5000, name: 'followUpHelp', required: { equals: true, field: 'followUpHelpAgreed' }, visibleWhen: { equals: true, field: 'followUpHelpAgreed' } },
    { kind: 'textarea', maxLength: 5000, name: 'reportText', required: false },
  ],
  key: 'jbt:ots-review',
});
