import request from 'supertest';
import { Outcome, RaadView, Track, UserTask } from '../../../src/engine/process-catalog';
import { CaseStatus, Role } from '../../../src/generated/prisma/enums';
import { aReferral, FICTIONAL } from '../../factories/referral.factory';
import { signIn } from '../../factories/session.factory';
import { createUser } from '../../factories/user.factory';
import { eventually } from '../../support/eventually';
import { mailsTo, passReactionAndFeedbackPeriods } from './support/after-the-meeting';
import { CaseRound, STEP_MS, untilJustPast } from './support/case-round';
import { createOtsReviewRegion, RoundRegion } from './support/whole-model.factory';
import { wholeModelSuite } from './support/whole-model-suite';

const ROUND_TIMEOUT_MS = 300_000;
const CHAIR_QUESTION = 'Welke afspraken zijn er met school gemaakt over het ophalen van de kinderen? (statuswandeling)';
const ANSWER = 'Met school is afgesproken dat alleen moeder de kinderen ophaalt (statuswandeling).';
const DECISION = {
  decisionHelp: 'Het wijkteam blijft het gezin begeleiden (statuswandeling).',
  decisionRoute: 'Vrijwillige hulp onder regie van het wijkteam (statuswandeling).',
  decisionSafety: 'Ouders houden zich aan het veiligheidsplan (statuswandeling).',
};

/**
 * Issue 11: the case status follows the case. One referral walks through every status with the
 * real models, the real workers, the real engine and PostgreSQL: FILED, AWAITING_INFORMATION (the
 * chair finds "something else" missing), FILED again (the referrer answers), PLANNED (the booking
 * worker), DISCUSSED (the decision), IN_FOLLOW_UP (the report worker sends the report), CLOSED (the
 * closing worker); and a second one is WITHDRAWN. The tests stand in only for the people.
 */
describe('The status of a case follows the case, with the real workers and models', () => {
  const suite = wholeModelSuite();

  const http = () => request(suite.subject.app.getHttpServer());
  const statusOf = async (caseId: string) => (await suite.subject.prisma.case.findUniqueOrThrow({ select: { status: true }, where: { id: caseId } })).status;
  const becomes = (caseId: string, status: CaseStatus) => eventually(() => statusOf(caseId), (found) => found === status, `case ${caseId} to become ${status}`, STEP_MS);

  /** A local team professional with a mail address, signed in; and a referral for a family with one mother, sent from a draft. */
  async function fileFromADraft(world: RoundRegion) {
    const referrer = await createUser(suite.subject.prisma, world.region, Role.LOCAL_TEAM);
    const referrerAddress = `verzoeker-${referrer.id.slice(0, 8)}@wijkteam.example`;
    await suite.subject.prisma.user.update({ data: { email: referrerAddress }, where: { id: referrer.id } });
    const token = await signIn(suite.subject.app, referrer);
    const parents = [{ email: world.addresses.parent, familyName: FICTIONAL.familyName, givenName: FICTIONAL.parentGivenName, hasParentalAuthority: true, relation: 'MOTHER' }];
    const draft = await http().post('/api/referral-drafts').auth(token, { type: 'bearer' }).send({ content: aReferral(world.region.municipalityId, { parents }) });
    const filed = await http().post(`/api/referral-drafts/${draft.body.id}/filing`).auth(token, { type: 'bearer' });
    expect(filed.status).toBe(201);
    return { caseId: filed.body.caseId as string, caseNumber: filed.body.caseNumber as string, referrer, referrerAddress, token };
  }

  const nextSteps = async (token: string, caseId: string) =>
    (await eventually(() => http().get(`/api/cases/${caseId}/next-step`).auth(token, { type: 'bearer' }), (response) => response.status === 200 && response.body.settled === true, 'the next step at rest', STEP_MS)).body
      .steps as { dueAt?: string; elementId?: string; kind: string; role?: string }[];

  it('moves from filed through awaiting information, planned, discussed and in follow-up to closed', async () => {
    // Given a region whose table meets every working day, with its chair, secretary and Raad worker
    const world = await createOtsReviewRegion(suite.subject.prisma);
    const raadAddress = `raadsmedewerker-${world.people.raadWorker.id.slice(0, 8)}@raad.example`;
    await suite.subject.prisma.user.update({ data: { email: raadAddress }, where: { id: world.people.raadWorker.id } });
    const chair = await signIn(suite.subject.app, world.people.chair);

    // When a referrer sends a referral from a draft
    const { caseId, caseNumber, referrerAddress, token } = await fileFromADraft(world);
    const round = await CaseRound.of(suite.subject, caseId);

    // Then the case is FILED, and the chair is the next to act
    expect(await statusOf(caseId)).toBe(CaseStatus.FILED);
    expect((await nextSteps(token, caseId))[0]).toMatchObject({ elementId: UserTask.CheckReferral.elementId, kind: 'TASK', role: 'CHAIR' });

    // When the chair finds the three parts present but something else missing, and asks for it
    await round.fillIn(UserTask.CheckReferral.elementId, world.people.chair.id, {
      childHearingAgreed: true, missingInformation: CHAIR_QUESTION, otherInformationMissing: true, parentsViewPresent: true, raadConsultRequested: false, safetyPlanComplete: true, track: Track.KWART_VOOR_TWAALF,
    });

    // Then the round waits for the referrer: the case is AWAITING_INFORMATION with the chair's question as a request of topic OTHER
    await becomes(caseId, CaseStatus.AWAITING_INFORMATION);
    const question = await eventually(() => suite.subject.prisma.informationRequest.findFirst({ where: { caseId } }), (row) => row !== null, 'the information request', STEP_MS);
    expect(question).toMatchObject({ answeredAt: null, topics: ['OTHER'] });
    expect(question!.question).toContain(CHAIR_QUESTION);
    await round.completed('Task_RequestMissingInfo');

    // And the referrer is asked by mail, with the question and the link to the case, and sees it under "Casussen" as the next step
    const [asked] = await mailsTo(suite.smtp, referrerAddress, /aanvulling nodig/i);
    expect(asked.subject).toContain(`casus ${caseNumber}`);
    expect(asked.text).toContain(CHAIR_QUESTION);
    expect(asked.text).toContain(`/casussen/${caseId}`);
    const seen = await http().get(`/api/cases/${caseId}`).auth(token, { type: 'bearer' });
    expect(seen.body.informationRequests).toEqual([expect.objectContaining({ answer: null, id: question!.id, topics: ['OTHER'] })]);
    expect((await nextSteps(token, caseId))[0]).toMatchObject({ kind: 'INFORMATION' });

    // When the referrer answers there
    const answered = await http().post(`/api/cases/${caseId}/information-requests/${question!.id}/reply`).auth(token, { type: 'bearer' }).send({ answer: ANSWER });
    expect(answered.status).toBe(200);

    // Then the case is FILED again and the chair checks once more; this time nothing is missing
    expect(await statusOf(caseId)).toBe(CaseStatus.FILED);
    await round.fillIn(UserTask.CheckReferral.elementId, world.people.chair.id, {
      childHearingAgreed: true, otherInformationMissing: false, parentsViewPresent: true, raadConsultRequested: false, safetyPlanComplete: true, track: Track.KWART_VOOR_TWAALF,
    });

    // And the secretary is next, by the norm date
    const norm = await eventually(() => suite.subject.prisma.deadline.findFirst({ where: { caseId, kind: 'MEETING_NORM' } }), (row) => row !== null, 'the norm', STEP_MS);
    const afterCheck = await nextSteps(chair, caseId);
    expect(afterCheck[0]).toMatchObject({ dueAt: norm!.dueAt.toISOString(), elementId: UserTask.PlanMeeting.elementId, kind: 'TASK', role: 'SECRETARY' });

    // When the secretary books the proposed slot (the booking worker plans the meeting)
    const planTask = await round.openTask(UserTask.PlanMeeting.elementId);
    const proposal = await round.variablesOf(planTask.processInstanceKey);
    await round.fillInTask(planTask, world.people.secretary.id, { slotId: proposal.proposedSlotId });

    // Then the case is PLANNED
    await becomes(caseId, CaseStatus.PLANNED);
    const meeting = await suite.subject.prisma.meeting.findFirstOrThrow({ where: { caseId, status: 'PLANNED' } });

    // When the chair does not call in the GI, and the secretary confirms by name who comes: the mother, the referrer and a named Raad worker, not the child
    await round.fillIn(UserTask.DecideGiOnCall.elementId, world.people.chair.id, { giOnCallRequested: false });
    const participants = await suite.subject.prisma.participant.findMany({ where: { caseId, removedAt: null } });
    const coming = participants.filter((participant) => ['PARENT', 'RAAD', 'REFERRER'].includes(participant.role)).map((participant) => participant.id);
    await round.fillIn(UserTask.ConfirmParticipants.elementId, world.people.secretary.id, { attendingIds: coming, raadWorkerId: world.people.raadWorker.id });

    // Then the invitations go to exactly those people: the named Raad worker at their own address, the mother, the referrer; no letter for the child
    await mailsTo(suite.smtp, raadAddress, /uitnodiging/i);
    await mailsTo(suite.smtp, world.addresses.parent, /uitnodiging/i);
    await mailsTo(suite.smtp, referrerAddress, /uitnodiging/i);
    expect(suite.smtp.to(world.addresses.raad).filter((mail) => /uitnodiging/i.test(mail.subject ?? ''))).toEqual([]);
    const invitations = await suite.subject.prisma.invitation.findMany({ include: { participant: true }, where: { meetingId: meeting.id } });
    expect(invitations.map((invitation) => invitation.participant.role).sort()).toEqual(['PARENT', 'RAAD', 'REFERRER']);
    expect(invitations.every((invitation) => invitation.batchId !== null && invitation.outboxMessageId !== null)).toBe(true);
    expect(participants.find((participant) => participant.role === 'RAAD')!.id).toBe((await suite.subject.prisma.participant.findFirstOrThrow({ where: { caseId, role: 'RAAD', userId: world.people.raadWorker.id } })).id);

    // When the meeting day comes and the table decides by consensus that help continues under the local team
    await suite.subject.clock.advance(await untilJustPast(suite.subject.clock, meeting.startsAt));
    await round.fillIn(UserTask.HoldMeeting.elementId, world.people.chair.id, {
      ...DECISION, childrenHeardCount: 1, consensusReached: true, outcome: Outcome.VOLUNTARY_LOCAL_TEAM, parentsPresent: true, raadView: RaadView.VOLUNTARY_FRAMEWORK_POSSIBLE,
    });

    // Then the case is DISCUSSED, and the chair is next, to approve the report
    expect(await statusOf(caseId)).toBe(CaseStatus.DISCUSSED);
    expect((await nextSteps(chair, caseId))[0]).toMatchObject({ elementId: UserTask.ApproveReport.elementId, kind: 'TASK', role: 'CHAIR' });

    // When the chair approves the report (the report worker sends it)
    await round.fillIn(UserTask.ApproveReport.elementId, world.people.chair.id, { reportApproved: true });

    // Then the case is IN_FOLLOW_UP, and the referrer finds the report among the case's documents and downloads it
    await becomes(caseId, CaseStatus.IN_FOLLOW_UP);
    const view = await http().get(`/api/cases/${caseId}`).auth(token, { type: 'bearer' });
    const report = view.body.documents.find((document: { kind: string }) => document.kind === 'report');
    expect(report).toMatchObject({ detail: { version: 1 }, downloadable: true });
    const pdf = await http().get(`/api/cases/${caseId}/documents/report/${report.id}`).auth(token, { type: 'bearer' }).buffer(true);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');

    // When the reaction period and the feedback round pass
    await passReactionAndFeedbackPeriods(suite.subject, round);

    // Then the closing worker closes the case: CLOSED, and nothing follows
    expect(await round.ended()).toBe('COMPLETED');
    expect(await statusOf(caseId)).toBe(CaseStatus.CLOSED);
    expect(await nextSteps(token, caseId)).toEqual([{ kind: 'DONE', status: 'CLOSED' }]);

    // And the timeline names each deadline with its date, and the norm as met
    const chronology = (await http().get(`/api/cases/${caseId}`).auth(token, { type: 'bearer' })).body.chronology as { detail?: Record<string, unknown>; kind: string }[];
    expect(chronology.filter((entry) => entry.kind === 'DEADLINE_SET').map((entry) => entry.detail?.kind)).toEqual(expect.arrayContaining(['INFORMATION_REPLY', 'INTAKE_DUE', 'MEETING_NORM', 'PREPARATION_DUE', 'REACTION_PERIOD']));
    expect(chronology.find((entry) => entry.kind === 'DEADLINE_SET' && entry.detail?.kind === 'MEETING_NORM')?.detail?.dueAt).toBe(norm!.dueAt.toISOString());
    expect(chronology.some((entry) => entry.kind === 'DEADLINE_MET' && entry.detail?.kind === 'MEETING_NORM' && entry.detail?.onTime === true)).toBe(true);
    expect(await round.incidents()).toEqual([]);
  }, ROUND_TIMEOUT_MS);

  it('is WITHDRAWN when the referrer withdraws before the meeting, and stays so when the case is closed', async () => {
    // Given a filed referral
    const world = await createOtsReviewRegion(suite.subject.prisma);
    const { caseId, token } = await fileFromADraft(world);
    const round = await CaseRound.of(suite.subject, caseId);
    await round.openTask(UserTask.CheckReferral.elementId);

    // When the referrer withdraws it
    const withdrawn = await http().post(`/api/cases/${caseId}/withdrawal`).auth(token, { type: 'bearer' }).send({ reason: 'Ouders hebben zelf hulp gezocht (statuswandeling).' });
    expect(withdrawn.status).toBe(200);

    // Then the process closes it, and the status stays WITHDRAWN
    expect(await round.ended()).toBe('COMPLETED');
    await eventually(() => suite.subject.prisma.case.findUniqueOrThrow({ where: { id: caseId } }), (row) => row.closedAt !== null, 'the closing', STEP_MS);
    expect(await statusOf(caseId)).toBe(CaseStatus.WITHDRAWN);
    expect(await nextSteps(token, caseId)).toEqual([{ kind: 'DONE', status: 'WITHDRAWN' }]);
  }, ROUND_TIMEOUT_MS);
});
