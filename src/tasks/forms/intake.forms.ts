import { ConsultMoment, MissingInfo, Track, Variable } from '../../engine/process-catalog';
import { CASE_TRACK, childrenOfHearingAge, PROCESS_TRACK } from './form-records';
import { ChoiceIds, FreeTextWhen, OneOf, OneOfWhen, YesNo } from './form-rules';
import { defineForm, textsOf } from './task-form';

const TRACKS = Object.values(Track);
const MOMENTS = Object.values(ConsultMoment);

/** UserTask_CheckReferral: the chair checks the request before the meeting (003 §3). */
export class ReferralCheckFormDto {
  @YesNo('Every child of 12+ has an agreed way of being heard')
  childHearingAgreed: boolean;

  @ChoiceIds('The children of 12+ the chair hears separately beforehand')
  childrenHeardSeparatelyIds?: string[];

  @FreeTextWhen<ReferralCheckFormDto>('What the referrer must add', (form) => form.otherInformationMissing === true)
  missingInformation?: string;

  @YesNo('Something else is missing (say what in missingInformation)')
  otherInformationMissing: boolean;

  @YesNo('The request holds the parents’ view')
  parentsViewPresent: boolean;

  @OneOfWhen<ReferralCheckFormDto>(MOMENTS, 'When the Raad gives its view', (form) => form.raadConsultRequested === true)
  raadConsultMoment?: ConsultMoment;

  @YesNo('The chair asks the Raad’s consult (always in vijf voor twaalf)')
  raadConsultRequested: boolean;

  @YesNo('The request holds a safety plan: agreements (or why none), and the steps if they are not kept')
  safetyPlanComplete: boolean;

  @OneOf(TRACKS, 'Kwart voor twaalf or vijf voor twaalf')
  track: Track;
}

export const REFERRAL_CHECK_FORM = defineForm({
  async complete(values, context) {
    const missingInfo = [
      ...(values.childHearingAgreed ? [] : [MissingInfo.CHILD_HEARING]),
      ...(values.otherInformationMissing ? [MissingInfo.OTHER] : []),
      ...(values.parentsViewPresent ? [] : [MissingInfo.PARENTS_VIEW]),
      ...(values.safetyPlanComplete ? [] : [MissingInfo.SAFETY_PLAN]),
    ];
    const children = await childrenOfHearingAge(context);
    await context.tx.referral.updateMany({ data: { complete: missingInfo.length === 0, completenessCheckedAt: context.now }, where: { caseId: context.caseId } });
    await context.tx.case.update({ data: { track: CASE_TRACK[values.track] }, where: { id: context.caseId } });
    // What is missing becomes one request to the referrer: the three parts and "something else" as
    // its topics, the chair's own question in their words. jbt.info.request sends it and sets its
    // term; the round waits for the answer (jbt-intake, ReceiveTask_AwaitInfo).
    const request = missingInfo.length === 0 ? null : await context.tx.informationRequest.create({
      data: { caseId: context.caseId, question: values.otherInformationMissing ? (values.missingInformation ?? '').trim() : '', requestedAt: context.now, requestedById: context.actorId, topics: [...missingInfo].sort() },
      select: { id: true },
    });
    return {
      texts: textsOf(values, ['missingInformation']),
      undo: request ? async (tx) => void (await tx.informationRequest.deleteMany({ where: { answeredAt: null, id: request.id } })) : undefined,
      variables: {
        [Variable.childHearingAgreed]: values.childHearingAgreed,
        [Variable.childrenHeardSeparatelyIds]: values.childrenHeardSeparatelyIds ?? [],
        [Variable.childrenOver12Count]: children.length,
        [Variable.missingInfo]: missingInfo,
        [Variable.parentsViewPresent]: values.parentsViewPresent,
        [Variable.raadConsultMoment]: values.raadConsultRequested ? (values.raadConsultMoment ?? ConsultMoment.AT_MEETING) : ConsultMoment.AT_MEETING,
        [Variable.raadConsultRequested]: values.raadConsultRequested,
        [Variable.safetyPlanComplete]: values.safetyPlanComplete,
        [Variable.track]: values.track,
      },
    };
  },
  async defaults(context) {
    const found = await context.tx.case.findUniqueOrThrow({ select: { track: true }, where: { id: context.caseId } });
    return found.track ? { track: PROCESS_TRACK[found.track] } : {};
  },
  dto: ReferralCheckFormDto,
  fields: [
    { kind: 'boolean', name: 'safetyPlanComplete', required: true },
    { kind: 'boolean', name: 'parentsViewPresent', required: true },
    { kind: 'boolean', name: 'childHearingAgreed', required: true },
    { kind: 'boolean', name: 'otherInformationMissing', required: true },
    { kind: 'textarea', maxLength: 5000, name: 'missingInformation', required: { equals: true, field: 'otherInformationMissing' }, visibleWhen: { equals: true, field: 'otherInformationMissing' } },
    { dynamicOptions: true, kind: 'multichoice', name: 'childrenHeardSeparatelyIds', required: false },
    { kind: 'choice', name: 'track', options: TRACKS, required: true },
    { kind: 'boolean', name: 'raadConsultRequested', required: true },
    { kind: 'choice', name: 'raadConsultMoment', options: MOMENTS, required: { equals: true, field: 'raadConsultRequested' }, visibleWhen: { equals: true, field: 'raadConsultRequested' } },
  ],
  key: 'jbt:referral-check',
  options: async (context) => ({ childrenHeardSeparatelyIds: await childrenOfHearingAge(context) }),
});
