import { Agreements, agreementOptions, agreementsField, recordDecisionAgreements } from '../../agreements/agreement-form-field';
import { AgreementDraftDto } from '../../agreements/dto/agreement-draft.dto';
import { DecidedBy, EvaluationMode, Outcome, RaadView, Variable } from '../../engine/process-catalog';
import { EngineVariables } from '../../engine/engine.types';
import { DecisionBasis } from '../../generated/prisma/enums';
import { engineDateTime, markMeetingHeld, recordDecision, undoDecision } from './form-records';
import { Count, DateWhen, FreeText, FreeTextWhen, OneOf, OneOfWhen, OptionalText, YesNo } from './form-rules';
import { defineForm, FormField, textsOf } from './task-form';

const OUTCOMES = Object.values(Outcome);
const TABLE_VIEWS = [RaadView.INVESTIGATION_INDICATED, RaadView.VOLUNTARY_FRAMEWORK_POSSIBLE] as const;
const MODES = Object.values(EvaluationMode);
/** Outcomes 2 and 3 come with evaluation moments at the table (003 §7). */
export const WITH_EVALUATION: readonly string[] = [Outcome.VOLUNTARY_BINDING, Outcome.VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION];

const evaluated = (form: { outcome?: string }) => form.outcome !== undefined && WITH_EVALUATION.includes(form.outcome);

/** The decision's three parts and the outcome, shared by the meeting and the chair's decision. */
const decisionFields = (when?: { equals: boolean; field: string }): FormField[] => [
  { kind: 'choice', name: 'outcome', options: OUTCOMES, required: when ?? true, ...(when ? { visibleWhen: when } : {}) },
  { kind: 'textarea', maxLength: 5000, name: 'decisionRoute', required: when ?? true, ...(when ? { visibleWhen: when } : {}) },
  { kind: 'textarea', maxLength: 5000, name: 'decisionHelp', required: when ?? true, ...(when ? { visibleWhen: when } : {}) },
  { kind: 'textarea', maxLength: 5000, name: 'decisionSafety', required: when ?? true, ...(when ? { visibleWhen: when } : {}) },
  { kind: 'choice', name: 'evaluationMode', options: MODES, required: { field: 'outcome', oneOf: WITH_EVALUATION }, visibleWhen: { field: 'outcome', oneOf: WITH_EVALUATION } },
  { kind: 'date', name: 'evaluationAt', required: { field: 'outcome', oneOf: WITH_EVALUATION }, visibleWhen: { field: 'outcome', oneOf: WITH_EVALUATION } },
];

function evaluationVariables(values: { evaluationAt?: string; evaluationMode?: EvaluationMode; outcome?: Outcome }): EngineVariables {
  return evaluated(values) && values.evaluationAt && values.evaluationMode
    ? { [Variable.evaluationAt]: engineDateTime(values.evaluationAt), [Variable.evaluationMode]: values.evaluationMode }
    : {};
}

/** UserTask_HoldMeeting: the chair records the meeting and, with consensus, the table's decision and its agreements. */
export class MeetingDecisionFormDto {
  @Agreements<MeetingDecisionFormDto>((form) => form.consensusReached === true && form.agreements !== undefined)
  agreements?: AgreementDraftDto[];

  @Count('Children heard (at the table, beforehand or through a professional)', 15)
  childrenHeardCount: number;

  @YesNo('The table reached a joint decision; without it, the chair decides next')
  consensusReached: boolean;

  @FreeTextWhen<MeetingDecisionFormDto>('(b) Whether help continues and which help is needed', (form) => form.consensusReached === true)
  decisionHelp?: string;

  @FreeTextWhen<MeetingDecisionFormDto>('(a) The route after the meeting', (form) => form.consensusReached === true)
  decisionRoute?: string;

  @FreeTextWhen<MeetingDecisionFormDto>('(c) The safety agreements, supplemented where needed', (form) => form.consensusReached === true)
  decisionSafety?: string;

  @DateWhen<MeetingDecisionFormDto>('The first evaluation moment (outcomes 2 and 3)', (form) => form.consensusReached === true && evaluated(form))
  evaluationAt?: string;

  @OneOfWhen<MeetingDecisionFormDto>(MODES, 'Written or at a new meeting (outcomes 2 and 3)', (form) => form.consensusReached === true && evaluated(form))
  evaluationMode?: EvaluationMode;

  @OneOfWhen<MeetingDecisionFormDto>(OUTCOMES, 'One of the four outcomes', (form) => form.consensusReached === true)
  outcome?: Outcome;

  @YesNo('Parents were present')
  parentsPresent: boolean;

  @OneOf(TABLE_VIEWS, 'The Raad’s view at the table')
  raadView: RaadView;

  @OptionalText('The Raad’s view in its own words')
  raadViewNote?: string;

  @OptionalText('The chair’s account of the conversation for the report')
  reportText?: string;
}

export const MEETING_DECISION_FORM = defineForm({
  async complete(values, context) {
    await markMeetingHeld(context, { childrenHeard: values.childrenHeardCount > 0, parentsPresent: values.parentsPresent });
    const variables: EngineVariables = {
      [Variable.childrenHeardCount]: values.childrenHeardCount,
      [Variable.consensusReached]: values.consensusReached,
      [Variable.parentsPresent]: values.parentsPresent,
      [Variable.raadView]: values.raadView,
    };
    if (values.consensusReached && values.outcome) {
      const decisionId = await recordDecision(context, {
        basis: DecisionBasis.CONSENSUS,
        help: values.decisionHelp!.trim(),
        outcome: values.outcome,
        raadView: values.raadView,
        raadViewNote: values.raadViewNote?.trim() || undefined,
        route: values.decisionRoute!.trim(),
        safety: values.decisionSafety!.trim(),
      });
      const agreementIds = await recordDecisionAgreements(context, decisionId, values.agreements);
      Object.assign(variables, { [Variable.agreementIds]: agreementIds, [Variable.decidedBy]: DecidedBy.CONSENSUS, [Variable.decisionId]: decisionId, [Variable.outcome]: values.outcome }, evaluationVariables(values));
      return { texts: textsOf(values, ['decisionHelp', 'decisionRoute', 'decisionSafety', 'raadViewNote', 'reportText']), undo: undoDecision(decisionId), variables };
    }
    return { texts: textsOf(values, ['decisionHelp', 'decisionRoute', 'decisionSafety', 'raadViewNote', 'reportText']), variables };
  },
  dto: MeetingDecisionFormDto,
  fields: [
    { kind: 'boolean', name: 'parentsPresent', required: true },
    { kind: 'count', name: 'childrenHeardCount', required: true },
    { kind: 'choice', name: 'raadView', options: TABLE_VIEWS, required: true },
    { kind: 'textarea', maxLength: 5000, name: 'raadViewNote', required: false },
    { kind: 'boolean', name: 'consensusReached', required: true },
    ...decisionFields({ equals: true, field: 'consensusReached' }),
    agreementsField({ equals: true, field: 'consensusReached' }),
    { kind: 'textarea', maxLength: 5000, name: 'reportText', required: false },
  ],
  key: 'jbt:meeting-decision',
  options: agreementOptions,
});

/** UserTask_ChairDecides: without consensus the chair decides, leaning on the Raad's view (003 §7), and records the agreements. */
export class ChairDecisionFormDto {
  @Agreements<ChairDecisionFormDto>((form) => form.agreements !== undefined)
  agreements?: AgreementDraftDto[];

  @FreeText('(b) Whether help continues and which help is needed')
  decisionHelp: string;

  @FreeText('(a) The route after the meeting')
  decisionRoute: string;

  @FreeText('(c) The safety agreements, supplemented where needed')
  decisionSafety: string;

  @DateWhen<ChairDecisionFormDto>('The first evaluation moment (outcomes 2 and 3)', evaluated)
  evaluationAt?: string;

  @OneOfWhen<ChairDecisionFormDto>(MODES, 'Written or at a new meeting (outcomes 2 and 3)', evaluated)
  evaluationMode?: EvaluationMode;

  @OneOf(OUTCOMES, 'One of the four outcomes')
  outcome: Outcome;

  @OneOf(TABLE_VIEWS, 'The Raad’s view the chair leans on')
  raadView: RaadView;

  @OptionalText('The Raad’s view in its own words')
  raadViewNote?: string;

  @OptionalText('The chair’s account of the conversation for the report')
  reportText?: string;
}

export const CHAIR_DECISION_FORM = defineForm({
  async complete(values, context) {
    const decisionId = await recordDecision(context, {
      basis: DecisionBasis.CHAIR_DECIDED,
      help: values.decisionHelp.trim(),
      outcome: values.outcome,
      raadView: values.raadView,
      raadViewNote: values.raadViewNote?.trim() || undefined,
      route: values.decisionRoute.trim(),
      safety: values.decisionSafety.trim(),
    });
    const agreementIds = await recordDecisionAgreements(context, decisionId, values.agreements);
    return {
      texts: textsOf(values, ['decisionHelp', 'decisionRoute', 'decisionSafety', 'raadViewNote', 'reportText']),
      undo: undoDecision(decisionId),
      variables: { [Variable.agreementIds]: agreementIds, [Variable.decidedBy]: DecidedBy.CHAIR, [Variable.decisionId]: decisionId, [Variable.outcome]: values.outcome, [Variable.raadView]: values.raadView, ...evaluationVariables(values) },
    };
  },
  dto: ChairDecisionFormDto,
  fields: [
    { kind: 'choice', name: 'raadView', options: TABLE_VIEWS, required: true },
    { kind: 'textarea', maxLength: 5000, name: 'raadViewNote', required: false },
    ...decisionFields(),
    agreementsField(),
    { kind: 'textarea', maxLength: 5000, name: 'reportText', required: false },
  ],
  key: 'jbt:chair-decision',
  options: agreementOptions,
});
