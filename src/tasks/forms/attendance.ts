import { ageOn, dateOnly, dutchToday } from '../../cases/child-age';
import { HearingMode, MeetingStatus, OrganisationKind, ParticipantRole, Prisma, Role } from '../../generated/prisma/client';
import { ROLE_LABEL } from '../../notifications/participant-roles';
import { ChoiceOption, FormContext } from './task-form';

/** More than a table ever seats, so that a list of ids stays bounded. */
export const MAX_ATTENDEES = 40;

type Tx = Prisma.TransactionClient;

const PARTICIPANT_INCLUDE = { child: true, organisation: true, parent: true, supportPerson: true, user: true } as const;
type ParticipantRow = Prisma.ParticipantGetPayload<{ include: typeof PARTICIPANT_INCLUDE }>;

/** A participant's name as the secretary reads it in the form: the person, or the organisation while none is named. */
function nameOf(participant: ParticipantRow, today: string): string {
  if (participant.parent) return `${participant.parent.givenName} ${participant.parent.familyName}`;
  if (participant.child) return `${participant.child.givenName} ${participant.child.familyName} (${ageOn(dateOnly(participant.child.birthDate), today)})`;
  if (participant.supportPerson) return participant.supportPerson.name;
  return participant.user?.displayName ?? participant.organisation?.name ?? ROLE_LABEL[participant.role];
}

function labelOf(participant: ParticipantRow, today: string): string {
  const name = nameOf(participant, today);
  const organisation = participant.organisation?.name;
  const role = ROLE_LABEL[participant.role];
  return `${name} — ${role}${organisation && organisation !== name ? `, ${organisation}` : ''}`;
}

async function participantsOf(tx: Tx, caseId: string): Promise<ParticipantRow[]> {
  return tx.participant.findMany({ include: PARTICIPANT_INCLUDE, orderBy: [{ addedAt: 'asc' }, { id: 'asc' }], where: { caseId, removedAt: null } });
}

/** Whether the GI takes part in this meeting: a fixed member, or called in by the chair (jbt-preparation). */
async function giIncluded(context: FormContext): Promise<boolean> {
  const variables = await context.engineVariables();
  return variables.giFixedMember === true || variables.giOnCallRequested === true;
}

/** The professionals of a role in the case's region who may be named for it. */
async function professionals(tx: Tx, regionId: string, role: Role): Promise<ChoiceOption[]> {
  const memberships = await tx.roleMembership.findMany({
    include: { organisation: { select: { name: true } }, user: { select: { active: true, displayName: true, id: true } } },
    orderBy: [{ user: { displayName: 'asc' } }, { userId: 'asc' }],
    where: { regionId, role, user: { active: true } },
  });
  const seen = new Set<string>();
  return memberships.filter((m) => !seen.has(m.userId) && seen.add(m.userId)).map((m) => ({ label: `${m.user.displayName} — ${m.organisation.name}`, value: m.userId }));
}

/**
 * The choices of the participants form: everyone who takes part in the case (the GI comes when the
 * model includes it, so it is not chosen here), and the Raad workers and youth protectors of the
 * region who may be named.
 */
export async function attendanceOptions(context: FormContext): Promise<Record<string, ChoiceOption[]>> {
  const { regionId } = await context.tx.case.findUniqueOrThrow({ select: { regionId: true }, where: { id: context.caseId } });
  const today = dutchToday(context.now);
  const participants = (await participantsOf(context.tx, context.caseId)).filter((participant) => participant.role !== ParticipantRole.GI);
  const withGi = (await giIncluded(context)) || (await context.tx.participant.count({ where: { caseId: context.caseId, removedAt: null, role: ParticipantRole.GI } })) > 0;
  return {
    attendingIds: participants.map((participant) => ({ label: labelOf(participant, today), value: participant.id })),
    raadWorkerId: await professionals(context.tx, regionId, Role.RAAD_WORKER),
    youthProtectorId: withGi ? await professionals(context.tx, regionId, Role.YOUTH_PROTECTOR) : [],
  };
}

/** Who is named already for the Raad and the GI, to start the form with. */
export async function namedProfessionals(context: FormContext): Promise<{ raadWorkerId?: string; youthProtectorId?: string }> {
  const named = await context.tx.participant.findMany({ select: { role: true, userId: true }, where: { caseId: context.caseId, removedAt: null, role: { in: [ParticipantRole.GI, ParticipantRole.RAAD] }, userId: { not: null } } });
  return {
    raadWorkerId: named.find((participant) => participant.role === ParticipantRole.RAAD)?.userId ?? undefined,
    youthProtectorId: named.find((participant) => participant.role === ParticipantRole.GI)?.userId ?? undefined,
  };
}

/** Everyone is asked to come at first, except a child who is heard otherwise than at the table. */
export async function defaultAttendance(context: FormContext): Promise<string[]> {
  const participants = await participantsOf(context.tx, context.caseId);
  return participants
    .filter((participant) => participant.role !== ParticipantRole.GI && !(participant.child && participant.child.hearingMode !== HearingMode.AT_TABLE))
    .map((participant) => participant.id);
}

export interface Attendance {
  participantCount: number;
  supportPersonCount: number;
  undo(tx: Tx): Promise<void>;
}

/**
 * Records who comes to the case's planned meeting: one invitation row per attendee, not yet sent
 * (jbt.invitations.send sends exactly these), the GI when the model includes it, and the Raad worker
 * and youth protector named as the case's Raad and GI participants: from then on the named person
 * takes part and sees the case, and their colleagues no longer do (domain.md, "Access is per case").
 */
export async function confirmAttendance(context: FormContext, values: { attendingIds: string[]; raadWorkerId?: string; youthProtectorId?: string }): Promise<Attendance> {
  const { tx, caseId } = context;
  const meeting = await tx.meeting.findFirst({ orderBy: { startsAt: 'desc' }, select: { id: true }, where: { caseId, status: MeetingStatus.PLANNED } });
  if (!meeting) throw new Error(`Case ${caseId} has no planned meeting to confirm participants for`);
  const kase = await tx.case.findUniqueOrThrow({ select: { regionId: true }, where: { id: caseId } });
  const restore: { id: string; userId: string | null }[] = [];
  const created: string[] = [];
  const attending = new Set(values.attendingIds);

  const name = async (role: ParticipantRole, kind: OrganisationKind, membershipRole: Role, userId: string | undefined, attends: boolean) => {
    if (!userId && !attends) return;
    const existing = await tx.participant.findFirst({ orderBy: { addedAt: 'asc' }, where: { caseId, removedAt: null, role } });
    const membership = userId ? await tx.roleMembership.findFirst({ orderBy: { createdAt: 'asc' }, where: { regionId: kase.regionId, role: membershipRole, userId } }) : null;
    if (existing) {
      if (membership && existing.userId !== userId) {
        restore.push({ id: existing.id, userId: existing.userId });
        await tx.participant.update({ data: { organisationId: membership.organisationId, userId }, where: { id: existing.id } });
      }
      if (attends) attending.add(existing.id);
      return;
    }
    const organisation = membership ? { id: membership.organisationId } : await tx.organisation.findFirst({ orderBy: { code: 'asc' }, select: { id: true }, where: { kind, regionId: kase.regionId } });
    if (!organisation) return;
    const participant = await tx.participant.create({ data: { caseId, organisationId: organisation.id, role, userId: membership ? userId : null } });
    created.push(participant.id);
    attending.add(participant.id);
  };
  const raad = await tx.participant.findFirst({ select: { id: true }, where: { caseId, removedAt: null, role: ParticipantRole.RAAD } });
  await name(ParticipantRole.RAAD, OrganisationKind.RAAD, Role.RAAD_WORKER, values.raadWorkerId, raad ? attending.has(raad.id) : Boolean(values.raadWorkerId));
  await name(ParticipantRole.GI, OrganisationKind.GI, Role.YOUTH_PROTECTOR, values.youthProtectorId, await giIncluded(context));

  // A new confirmation replaces an earlier choice that was not sent yet.
  await tx.invitation.deleteMany({ where: { batchId: null, meetingId: meeting.id, outboxMessageId: null, participantId: { notIn: [...attending] } } });
  const invited: string[] = [];
  for (const participantId of attending) {
    const row = await tx.invitation.upsert({ create: { meetingId: meeting.id, participantId }, update: {}, where: { meetingId_participantId: { meetingId: meeting.id, participantId } } });
    if (row.batchId === null) invited.push(row.id);
  }
  const supportPersons = await tx.participant.count({ where: { id: { in: [...attending] }, role: ParticipantRole.SUPPORT_PERSON } });
  return {
    participantCount: attending.size,
    supportPersonCount: supportPersons,
    async undo(undoTx: Tx) {
      await undoTx.invitation.deleteMany({ where: { batchId: null, id: { in: invited }, outboxMessageId: null } });
      for (const previous of restore) await undoTx.participant.update({ data: { userId: previous.userId }, where: { id: previous.id } });
      await undoTx.participant.deleteMany({ where: { id: { in: created } } });
    },
  };
}
