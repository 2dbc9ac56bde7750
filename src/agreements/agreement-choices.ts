import { AgreementPerformerKind, ParticipantRole, Prisma } from '../generated/prisma/client';
import { ROLE_LABEL } from '../notifications/participant-roles';
import { ageOn, dateOnly, dutchToday } from '../cases/child-age';
import { OTHER_PERFORMER } from './dto/agreement-draft.dto';
import { performerWords } from './agreement-rules';

type Transaction = Prisma.TransactionClient;

/** A choice of the case, with what it means for the agreement record. */
export interface PerformerChoice {
  childId?: string;
  kind: AgreementPerformerKind;
  label: string;
  parentId?: string;
  /** For a professional: their name and organisation as the record keeps them. */
  professional?: { name: string; organisation: string | null };
  value: string;
  /** How the agreement names the performer ("moeder Anna Jansen", "Sam"). */
  words: string;
}

export interface WatcherChoice {
  label: string;
  name: string;
  value: string;
}

export interface AgreementChoices {
  performers: PerformerChoice[];
  watchers: WatcherChoice[];
}

const FAMILY: readonly ParticipantRole[] = [ParticipantRole.CHILD, ParticipantRole.PARENT, ParticipantRole.SUPPORT_PERSON];

/**
 * Who may carry out and who may watch over an agreement of this case: the parents, the children, the
 * professionals taking part (or someone else, typed in) carry out; the chair recording the decision,
 * or a professional of the case with an account of their own, watches over it, since the one who
 * watches gets a task in the task list when the date passes.
 */
export async function agreementChoices(tx: Transaction, caseId: string, chair: { displayName: string; id: string }, now = new Date()): Promise<AgreementChoices> {
  const found = await tx.case.findUniqueOrThrow({
    select: {
      children: { orderBy: { birthDate: 'asc' }, select: { birthDate: true, givenName: true, id: true } },
      parents: { orderBy: { createdAt: 'asc' }, select: { familyName: true, givenName: true, id: true, relation: true } },
      participants: {
        orderBy: [{ role: 'asc' }, { addedAt: 'asc' }],
        select: { id: true, organisation: { select: { name: true } }, role: true, user: { select: { displayName: true, id: true } } },
        where: { removedAt: null },
      },
    },
    where: { id: caseId },
  });
  const today = dutchToday(now);
  const performers: PerformerChoice[] = [
    ...found.parents.map((parent) => ({
      kind: AgreementPerformerKind.PARENT,
      label: performerWords({ ...parent, kind: AgreementPerformerKind.PARENT }),
      parentId: parent.id,
      value: `parent:${parent.id}`,
      words: performerWords({ ...parent, kind: AgreementPerformerKind.PARENT }),
    })),
    ...found.children.map((child) => ({
      childId: child.id,
      kind: AgreementPerformerKind.CHILD,
      label: `${child.givenName} (${ageOn(dateOnly(child.birthDate), today)} jaar)`,
      value: `child:${child.id}`,
      words: performerWords({ givenName: child.givenName, kind: AgreementPerformerKind.CHILD }),
    })),
    ...found.participants
      .filter((participant) => !FAMILY.includes(participant.role) && (participant.user || participant.organisation))
      .map((participant) => {
        const name = participant.user?.displayName ?? participant.organisation!.name;
        const organisation = participant.organisation?.name ?? null;
        const words = performerWords({ kind: AgreementPerformerKind.PROFESSIONAL, name, organisation });
        return { kind: AgreementPerformerKind.PROFESSIONAL, label: `${ROLE_LABEL[participant.role]}: ${words}`, professional: { name, organisation }, value: `participant:${participant.id}`, words };
      }),
    { kind: AgreementPerformerKind.PROFESSIONAL, label: 'Iemand anders (naam en organisatie invullen)', value: OTHER_PERFORMER, words: '' },
  ];
  const watchers: WatcherChoice[] = [{ label: `${chair.displayName} (voorzitter)`, name: chair.displayName, value: chair.id }];
  for (const participant of found.participants) {
    if (!participant.user || FAMILY.includes(participant.role) || watchers.some((watcher) => watcher.value === participant.user!.id)) continue;
    const at = participant.organisation ? `, ${participant.organisation.name}` : '';
    watchers.push({ label: `${participant.user.displayName} (${ROLE_LABEL[participant.role]}${at})`, name: participant.user.displayName, value: participant.user.id });
  }
  return { performers, watchers };
}
