import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateIf, ValidateNested } from 'class-validator';
import { badRequest } from '../http/bad-request';
import { ChoiceOption, FieldCondition, FormContext, FormField } from '../tasks/forms/task-form';
import { AgreementChoices, agreementChoices } from './agreement-choices';
import { agreementDraftProblems, recordAgreements } from './agreement-recorder';
import { AgreementDraftDto, AGREEMENT_TEXT_MAX, AGREEMENTS_MAX } from './dto/agreement-draft.dto';

/** The decision forms' field with the agreements (issue 13), and its choices' option keys. */
export const AGREEMENTS_FIELD = 'agreements';
export const PERFORMER_OPTIONS = `${AGREEMENTS_FIELD}.performer`;
export const WATCHER_OPTIONS = `${AGREEMENTS_FIELD}.watcher`;

/** The field as the web app draws it: a list of agreements, each with its own fields. */
export function agreementsField(visibleWhen?: FieldCondition): FormField {
  return { kind: 'agreements', maxLength: AGREEMENT_TEXT_MAX, name: AGREEMENTS_FIELD, required: false, ...(visibleWhen ? { visibleWhen } : {}) };
}

/** The DTO property: up to 20 agreements, each validated as AgreementDraftDto, only when `when` holds. */
export function Agreements<T>(when: (form: T) => boolean = () => true) {
  return applyDecorators(
    ApiPropertyOptional({ description: 'The agreements of the decision: what, who carries it out, by when, who watches over it, what happens if it is not kept', type: [AgreementDraftDto] }),
    ValidateIf((form: T) => when(form)),
    IsArray(),
    ArrayMaxSize(AGREEMENTS_MAX),
    ValidateNested({ each: true }),
    Type(() => AgreementDraftDto),
  );
}

async function choicesOf(context: FormContext): Promise<AgreementChoices> {
  const chair = await context.tx.user.findUniqueOrThrow({ select: { displayName: true, id: true }, where: { id: context.actorId } });
  return agreementChoices(context.tx, context.caseId, chair, context.now);
}

/** The case's choices for performer and watcher, under their option keys. */
export async function agreementOptions(context: FormContext): Promise<Record<string, ChoiceOption[]>> {
  const choices = await choicesOf(context);
  return {
    [PERFORMER_OPTIONS]: choices.performers.map(({ label, value }) => ({ label, value })),
    [WATCHER_OPTIONS]: choices.watchers.map(({ label, value }) => ({ label, value })),
  };
}

/**
 * Records the agreements under the decision the form just recorded and returns their ids for the
 * engine; a draft whose performer or watcher is not one of the case's choices, or whose date has
 * passed, is refused with the 400 that names its field.
 */
export async function recordDecisionAgreements(context: FormContext, decisionId: string, drafts: AgreementDraftDto[] = []): Promise<string[]> {
  const choices = await choicesOf(context);
  const problems = agreementDraftProblems(drafts, choices, AGREEMENTS_FIELD, context.now);
  if (problems.length > 0) throw badRequest(problems);
  return recordAgreements(context.tx, decisionId, drafts, choices);
}
