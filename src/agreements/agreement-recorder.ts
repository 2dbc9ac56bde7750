import { dutchToday } from '../cases/child-age';
import { FieldProblem } from '../http/bad-request';
import { AgreementPerformerKind, Prisma } from '../generated/prisma/client';
import { AgreementChoices } from './agreement-choices';
import { AgreementDraftDto, OTHER_PERFORMER } from './dto/agreement-draft.dto';
import { performerWords } from './agreement-rules';

type Transaction = Prisma.TransactionClient;

/**
 * The problems of the drafts against the case's choices and the calendar, named per field as the
 * validation pipe names them ("agreements.1.watcher"), so that the task form shows each one beside
 * its field: a performer or watcher who is not one of the case's choices, or a date in the past.
 */
export function agreementDraftProblems(drafts: AgreementDraftDto[], choices: AgreementChoices, field: string, now = new Date()): FieldProblem[] {
  const today = dutchToday(now);
  const problems: FieldProblem[] = [];
  drafts.forEach((draft, index) => {
    const at = `${field}.${index}`;
    if (!choices.performers.some((choice) => choice.value === draft.performer)) problems.push({ field: `${at}.performer`, reason: 'performer must be one of the choices this case offers' });
    if (!choices.watchers.some((choice) => choice.value === draft.watcher)) problems.push({ field: `${at}.watcher`, reason: 'watcher must be one of the choices this case offers' });
    if (draft.dueOn < today) problems.push({ field: `${at}.dueOn`, reason: 'dueOn must be today or later' });
  });
  return problems;
}

/**
 * Records the agreements of a decision in their order and returns their ids, which the engine
 * receives (agreementIds) to follow each one in jbt-agreement. The drafts were checked against the
 * case's choices first (agreementDraftProblems).
 */
export async function recordAgreements(tx: Transaction, decisionId: string, drafts: AgreementDraftDto[], choices: AgreementChoices): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, draft] of drafts.entries()) {
    const performer = choices.performers.find((choice) => choice.value === draft.performer)!;
    const watcher = choices.watchers.find((choice) => choice.value === draft.watcher)!;
    const professional = draft.performer === OTHER_PERFORMER
      ? { name: draft.performerName!.trim(), organisation: draft.performerOrganisation?.trim() || null }
      : performer.professional;
    const responsible = draft.performer === OTHER_PERFORMER
      ? performerWords({ kind: AgreementPerformerKind.PROFESSIONAL, name: professional!.name, organisation: professional!.organisation })
      : performer.words;
    const created = await tx.decisionAgreement.create({
      data: {
        decisionId,
        description: draft.description.trim(),
        dueOn: new Date(`${draft.dueOn}T00:00:00Z`),
        ifNotKept: draft.ifNotKept.trim(),
        performerChildId: performer.childId ?? null,
        performerKind: performer.kind,
        performerName: professional?.name ?? null,
        performerOrganisation: professional?.organisation ?? null,
        performerParentId: performer.parentId ?? null,
        responsible,
        sequence: index + 1,
        watcherName: watcher.name,
        watcherUserId: watcher.value,
      },
      select: { id: true },
    });
    ids.push(created.id);
  }
  return ids;
}
