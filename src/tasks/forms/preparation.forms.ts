import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import { RaadView, Variable } from '../../engine/process-catalog';
import { EntryType } from '../../generated/prisma/enums';
import { attendanceOptions, confirmAttendance, defaultAttendance, MAX_ATTENDEES, namedProfessionals } from './attendance';
import { FreeText, OneOf, OptionalText, YesNo } from './form-rules';
import { defineForm, textsOf } from './task-form';

/** UserTask_ConfirmParticipants: the secretary confirms who comes to the meeting, by name (003 §1). */
export class ParticipantsFormDto {
  @ApiProperty({ description: 'The participants of the case who come to this meeting (parents, children of 12+, support persons, professionals); the invitations go to them', format: 'uuid', isArray: true, type: String })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_ATTENDEES) @IsUUID(undefined, { each: true })
  attendingIds: string[];

  @OptionalText('Notes on the participants')
  note?: string;

  @ApiPropertyOptional({ description: 'The Raad worker who comes, by name (a Raad worker of the region)', format: 'uuid' })
  @IsOptional() @IsUUID()
  raadWorkerId?: string;

  @ApiPropertyOptional({ description: 'The youth protector of the GI who comes, by name (when the GI takes part)', format: 'uuid' })
  @IsOptional() @IsUUID()
  youthProtectorId?: string;
}

export const PARTICIPANTS_FORM = defineForm({
  async complete(values, context) {
    const outcome = await confirmAttendance(context, values);
    return {
      texts: textsOf(values, ['note']),
      undo: outcome.undo,
      variables: { [Variable.participantCount]: outcome.participantCount, [Variable.supportPersonCount]: outcome.supportPersonCount },
    };
  },
  async defaults(context) {
    const named = await namedProfessionals(context);
    return {
      attendingIds: await defaultAttendance(context),
      ...(named.raadWorkerId ? { raadWorkerId: named.raadWorkerId } : {}),
      ...(named.youthProtectorId ? { youthProtectorId: named.youthProtectorId } : {}),
    };
  },
  dto: ParticipantsFormDto,
  fields: [
    { dynamicOptions: true, kind: 'multichoice', name: 'attendingIds', required: true },
    { dynamicOptions: true, kind: 'choice', name: 'raadWorkerId', required: false },
    { dynamicOptions: true, kind: 'choice', name: 'youthProtectorId', required: false },
    { kind: 'textarea', maxLength: 5000, name: 'note', required: false },
  ],
  key: 'jbt:participants',
  options: attendanceOptions,
});

/** UserTask_DecideGiOnCall: in regions where the GI is on call, the chair decides to call it in. */
export class GiOnCallFormDto {
  @YesNo('Call in a youth protector of the GI for this meeting')
  giOnCallRequested: boolean;

  @OptionalText('Why')
  note?: string;
}

export const GI_ON_CALL_FORM = defineForm({
  complete: async (values) => ({ texts: textsOf(values, ['note']), variables: { [Variable.giOnCallRequested]: values.giOnCallRequested } }),
  dto: GiOnCallFormDto,
  fields: [
    { kind: 'boolean', name: 'giOnCallRequested', required: true },
    { kind: 'textarea', maxLength: 5000, name: 'note', required: false },
  ],
  key: 'jbt:gi-on-call',
});

/** UserTask_HearChild: the chair speaks with a child of 12+ separately beforehand (003 §1). */
export class ChildHearingFormDto {
  @FreeText('What the child said and wishes to be brought to the table')
  hearingSummary: string;
}

export const CHILD_HEARING_FORM = defineForm({
  complete: async (values) => ({ texts: textsOf(values, ['hearingSummary']), variables: {} }),
  dto: ChildHearingFormDto,
  fields: [{ kind: 'textarea', maxLength: 5000, name: 'hearingSummary', required: true }],
  key: 'jbt:child-hearing',
});

const VIEWS = Object.values(RaadView);

/** UserTask_GiveRaadAdvice: the Raad gives its view before the meeting; its advice stays internal. */
export class RaadAdviceFormDto {
  @FreeText('The Raad’s advice (internal: kept apart from what the family receives)')
  advice: string;

  @OneOf(VIEWS, 'The Raad’s view (CLOSURE_* only at an OTS-closure review)')
  raadView: RaadView;
}

export const RAAD_ADVICE_FORM = defineForm({
  async complete(values, context) {
    const consult = await context.tx.raadConsult.findFirst({ orderBy: { requestedAt: 'desc' }, select: { id: true }, where: { adviceGivenAt: null, caseId: context.caseId } });
    if (consult) await context.tx.raadConsult.update({ data: { advice: values.advice.trim(), adviceGivenAt: context.now }, where: { id: consult.id } });
    return { texts: textsOf(values, ['advice']), variables: { [Variable.raadView]: values.raadView } };
  },
  dto: RaadAdviceFormDto,
  fields: [
    { dynamicOptions: true, kind: 'choice', name: 'raadView', options: VIEWS, required: true },
    { kind: 'textarea', maxLength: 5000, name: 'advice', required: true },
  ],
  key: 'jbt:raad-advice',
  async options(context) {
    const found = await context.tx.case.findUniqueOrThrow({ select: { entryType: true }, where: { id: context.caseId } });
    const views = found.entryType === EntryType.OTS_CLOSURE_REVIEW ? [RaadView.CLOSURE_AGREED, RaadView.CLOSURE_NOT_AGREED] : [RaadView.INVESTIGATION_INDICATED, RaadView.VOLUNTARY_FRAMEWORK_POSSIBLE];
    return { raadView: views.map((value) => ({ label: value, value })) };
  },
});
