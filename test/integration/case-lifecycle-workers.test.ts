import request from 'supertest';
import { buildChronology } from '../../src/cases/case-chronology';
import { CASE_DETAIL_INCLUDE } from '../../src/cases/case-detail.include';
import { CaseProcessStarter } from '../../src/cases/case-process.starter';
import { ProcessId, TaskType } from '../../src/engine/process-catalog';
import { Role } from '../../src/generated/prisma/enums';
import { CaseCloseWorker } from '../../src/workers/case-close.worker';
import { OtsReviewConfirmClosureWorker } from '../../src/workers/ots-review-confirm-closure.worker';
import { OtsReviewRecordContinuationWorker } from '../../src/workers/ots-review-record-continuation.worker';
import { ReferralWithdrawWorker } from '../../src/workers/referral-withdraw.worker';
import { aJob } from '../support/worker-job';
import { createMonitoredCase } from '../factories/monitored-case.factory';
import { createRegion, TestRegion } from '../factories/region.factory';
import { aReferral } from '../factories/referral.factory';
import { fileReferral, signIn } from '../factories/session.factory';
import { createUser } from '../factories/user.factory';
import { deployCaseProcess, realModelsPresent } from '../support/case-process';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';

const otsClosure = { intendedEndDate: '2027-02-01', intention: 'De jeugdbeschermer wil de OTS beëindigen.', supervisionEndsOn: '2027-04-15' };

describe('Withdrawal, OTS-review outcomes and closing, in the case record and its chronology', () => {
  let subject: TestApp;
  let region: TestRegion;
  let referrer: string;
  const chronologyOf = async (caseId: string) => buildChronology(await subject.prisma.case.findUniqueOrThrow({ include: CASE_DETAIL_INCLUDE, where: { id: caseId } }));
  const instanceState = async (key: string) => (await subject.history.searchProcessInstances({ keys: [key] }))[0]?.state;

  beforeAll(async () => {
    subject = await startTestApp({ RUN_WORKERS: 'true' });
    await deployCaseProcess(subject);
    region = await createRegion(subject.prisma);
    referrer = await signIn(subject.app, await createUser(subject.prisma, region, Role.LOCAL_TEAM));
  });
  afterAll(() => subject.close());

  (realModelsPresent() ? it : it.skip)('ends a withdrawn referral through the real route: deadlines lapsed, case closed as withdrawn, all in the chronology', async () => {
    // Given a referral filed and waiting for the chair's completeness check in jbt-referral
    const { caseId } = await fileReferral(subject.app, referrer, aReferral(region.municipalityId));
    const kase = await subject.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    await eventually(() => subject.prisma.deadline.count({ where: { caseId } }), (count) => count === 3, 'the planning-norm deadlines (intake, norm, early moment)');

    // When the referrer withdraws it
    const response = await request(subject.app.getHttpServer()).post(`/api/cases/${caseId}/withdrawal`).auth(referrer, { type: 'bearer' }).send({ reason: 'Ouders hebben zelf hulp gezocht.' });
    expect(response.status).toBe(200);

    // Then the instance ends through jbt.referral.withdraw and jbt.case.close
    await eventually(() => instanceState(kase.processInstanceKey!), (state) => state === 'COMPLETED', 'the withdrawn instance to end', 30_000);
    const closed = await subject.prisma.case.findUniqueOrThrow({ include: { deadlines: true }, where: { id: caseId } });
    expect(closed).toMatchObject({ closeReason: 'WITHDRAWN', closedAt: expect.any(Date), status: 'WITHDRAWN' });
    expect(closed.deadlines.every((deadline) => deadline.cancelledAt !== null)).toBe(true);
    const elements = await subject.history.searchElementInstances({ processInstanceKeys: [kase.processInstanceKey!] });
    expect(elements.map((element) => element.elementId)).toEqual(expect.arrayContaining(['BoundaryEvent_Withdrawn', 'Task_HandleWithdrawal', 'Task_CloseWithdrawnCase', 'EndEvent_Withdrawn']));

    // And the chronology tells the deadlines, the withdrawal and the closing with its reason, in that order
    const kinds = (await chronologyOf(caseId)).map((entry) => entry.kind);
    expect(kinds.filter((kind) => ['DEADLINE_SET', 'REFERRAL_WITHDRAWN', 'CASE_CLOSED'].includes(kind))).toEqual(['DEADLINE_SET', 'DEADLINE_SET', 'DEADLINE_SET', 'REFERRAL_WITHDRAWN', 'CASE_CLOSED']);
    expect((await chronologyOf(caseId)).find((entry) => entry.kind === 'CASE_CLOSED')?.detail).toEqual({ closeReason: 'WITHDRAWN' });
  });

  it('cancels a meeting booked after the withdrawal was recorded, releasing its slot', async () => {
    // Given a withdrawn case for which a worker still booked a meeting in between
    const { caseId } = await fileReferral(subject.app, referrer, aReferral(region.municipalityId));
    const slot = await subject.prisma.meetingSlot.create({ data: { endsAt: new Date(Date.now() + 11e8), startsAt: new Date(Date.now() + 10e8), tableId: region.tableId } });
    await subject.prisma.meeting.create({ data: { caseId, slotId: slot.id, startsAt: slot.startsAt, tableId: region.tableId } });
    await subject.prisma.case.update({ data: { status: 'WITHDRAWN', withdrawnAt: new Date('2026-11-20T10:00:00Z') }, where: { id: caseId } });

    // When the engine handles the withdrawal
    const result = await subject.app.get(ReferralWithdrawWorker).handle(aJob(TaskType.ReferralWithdraw, { caseId }));

    // Then the meeting is cancelled, its slot free, and the engine learns when it was withdrawn
    expect(result).toEqual({ withdrawnAt: '2026-11-20T11:00:00+01:00' });
    await expect(subject.prisma.meeting.findFirstOrThrow({ where: { caseId } })).resolves.toMatchObject({ cancelReason: 'REFERRAL_WITHDRAWN', slotId: null, status: 'CANCELLED' });
  });

  it('raises an incident rather than inventing a withdrawal the record does not show', async () => {
    const { caseId } = await fileReferral(subject.app, referrer, aReferral(region.municipalityId));

    await expect(subject.app.get(ReferralWithdrawWorker).handle(aJob(TaskType.ReferralWithdraw, { caseId }))).rejects.toMatchObject({ code: 'WITHDRAWAL_NOT_RECORDED' });
  });

  it('closes a case with the reason its record gives: a Raad investigation requested, or left the table', async () => {
    // Given a case with a Raad investigation request and a case without one
    const withVto = (await createMonitoredCase(subject.prisma, region, { referredAt: new Date(), status: 'IN_FOLLOW_UP' })).id;
    await subject.prisma.raadInvestigationRequest.create({ data: { caseId: withVto } });
    const voluntary = (await createMonitoredCase(subject.prisma, region, { referredAt: new Date(), status: 'IN_FOLLOW_UP' })).id;
    const close = subject.app.get(CaseCloseWorker);

    // When both are closed, one of them twice by two jobs
    const first = await close.handle(aJob(TaskType.CaseClose, { caseId: withVto }));
    const second = await close.handle(aJob(TaskType.CaseClose, { caseId: voluntary }));
    const again = await close.handle(aJob(TaskType.CaseClose, { caseId: voluntary }));

    // Then each says why, the second closing keeps the first one's moment, and the chronology ends with it
    expect(first).toMatchObject({ closeReason: 'RAAD_INVESTIGATION_REQUESTED', closedAt: expect.stringMatching(/\+0[12]:00$/) });
    expect(second).toMatchObject({ closeReason: 'LEFT_TABLE' });
    expect(again).toEqual(second);
    await expect(subject.prisma.case.findUniqueOrThrow({ where: { id: voluntary } })).resolves.toMatchObject({ closeReason: 'LEFT_TABLE', status: 'CLOSED' });
    expect((await chronologyOf(voluntary)).at(-1)).toMatchObject({ detail: { closeReason: 'LEFT_TABLE' }, kind: 'CASE_CLOSED' });
  });

  it('records the Raad’s review of an OTS closure: confirmed, or continued, once', async () => {
    // Given two OTS-closure reviews filed by a youth protector
    const protector = await signIn(subject.app, await createUser(subject.prisma, region, Role.YOUTH_PROTECTOR));
    const file = async () => (await fileReferral(subject.app, protector, aReferral(region.municipalityId, { entryType: 'OTS_CLOSURE_REVIEW', otsClosure, track: undefined }))).caseId;
    const [agreed, continued] = [await file(), await file()];

    // When the Raad agrees with the one and not with the other (the second outcome job arriving twice)
    await subject.app.get(OtsReviewConfirmClosureWorker).handle(aJob(TaskType.OtsReviewConfirmClosure, { caseId: agreed }));
    await subject.app.get(OtsReviewRecordContinuationWorker).handle(aJob(TaskType.OtsReviewRecordContinuation, { caseId: continued }));
    await subject.app.get(OtsReviewConfirmClosureWorker).handle(aJob(TaskType.OtsReviewConfirmClosure, { caseId: continued }));

    // Then each review holds its first outcome, and the chronology shows it
    await expect(subject.prisma.otsClosureReview.findUniqueOrThrow({ where: { caseId: agreed } })).resolves.toMatchObject({ raadReviewOutcome: 'CLOSURE_APPROVED', reviewedAt: expect.any(Date) });
    await expect(subject.prisma.otsClosureReview.findUniqueOrThrow({ where: { caseId: continued } })).resolves.toMatchObject({ raadReviewOutcome: 'CLOSURE_NOT_APPROVED' });
    expect((await chronologyOf(continued)).find((entry) => entry.kind === 'OTS_CLOSURE_REVIEWED')?.detail).toEqual({ outcome: 'CLOSURE_NOT_APPROVED' });
  });

  (realModelsPresent() ? it : it.skip)('refuses an OTS-closure review in the real route when the region does not review at the table, closing the case with that reason', async () => {
    // Given an OTS-closure review filed while the region offered it, whose region switched it off before the process started
    const protector = await signIn(subject.app, await createUser(subject.prisma, region, Role.YOUTH_PROTECTOR));
    const caseId = (await fileReferral(subject.app, protector, aReferral(region.municipalityId, { entryType: 'OTS_CLOSURE_REVIEW', otsClosure, track: undefined }))).caseId;
    const start = await subject.app.get(CaseProcessStarter).variables(caseId);
    expect(start.processId).toBe(ProcessId.OtsClosureReview);

    // When its process runs with the region's setting off
    const instance = await subject.engine.createInstance(start.processId, { ...start.variables, otsReviewEnabled: false });

    // Then jbt.ots-review.refuse closes the case with the reason, and the instance ends
    await eventually(() => instanceState(instance.processInstanceKey), (state) => state === 'COMPLETED', 'the refused review to end', 30_000);
    await expect(subject.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).resolves.toMatchObject({ closeReason: 'OTS_REVIEW_NOT_OFFERED', status: 'CLOSED' });
    const variables = await subject.history.searchVariables({ processInstanceKeys: [instance.processInstanceKey] });
    expect(variables.find((variable) => variable.name === 'closeReason')?.value).toBe('"OTS_REVIEW_NOT_OFFERED"');
  });
});
