import request from 'supertest';
import { Role } from '../../src/generated/prisma/enums';
import { deployCaseProcess } from '../support/case-process';
import { startTestApp, TestApp } from '../support/test-app';
import { createRegion, TestRegion } from '../factories/region.factory';
import { aReferral } from '../factories/referral.factory';
import { fileReferral, signIn } from '../factories/session.factory';
import { createUser } from '../factories/user.factory';

describe('Withdrawing a referral', () => {
  let subject: TestApp;
  let region: TestRegion;
  let referrer: string;
  const http = () => request(subject.app.getHttpServer());
  const withdraw = (token: string, caseId: string) => http().post(`/api/cases/${caseId}/withdrawal`).auth(token, { type: 'bearer' }).send({ reason: 'Ouders hebben zelf hulp gezocht.' });

  beforeAll(async () => {
    subject = await startTestApp();
    await deployCaseProcess(subject);
    region = await createRegion(subject.prisma);
    referrer = await signIn(subject.app, await createUser(subject.prisma, region, Role.LOCAL_TEAM));
  });
  afterAll(() => subject.close());

  it('withdraws a planned case: the meeting is cancelled and its slot is free again', async () => {
    // Given a filed case with a meeting planned in the table's slot
    const { caseId } = await fileReferral(subject.app, referrer, aReferral(region.municipalityId));
    const slot = await subject.prisma.meetingSlot.findUniqueOrThrow({ where: { id: region.slotId } });
    await subject.prisma.meeting.create({ data: { caseId, slotId: slot.id, startsAt: slot.startsAt, tableId: region.tableId } });
    await subject.prisma.case.update({ data: { status: 'PLANNED' }, where: { id: caseId } });

    // When the referrer withdraws it
    const response = await withdraw(referrer, caseId);

    // Then the case is withdrawn with the reason and the referrer on record
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ caseId, status: 'WITHDRAWN' });
    const stored = await subject.prisma.case.findUniqueOrThrow({ include: { meetings: true, referral: true }, where: { id: caseId } });
    expect(stored.status).toBe('WITHDRAWN');
    expect(stored.referral).toMatchObject({ withdrawalReason: 'Ouders hebben zelf hulp gezocht.', withdrawnById: expect.any(String) });

    // And the meeting is cancelled and the slot can be booked by another family
    expect(stored.meetings).toEqual([expect.objectContaining({ slotId: null, status: 'CANCELLED' })]);
    const other = await fileReferral(subject.app, referrer, aReferral(region.municipalityId));
    await expect(subject.prisma.meeting.create({ data: { caseId: other.caseId, slotId: slot.id, startsAt: slot.startsAt, tableId: region.tableId } })).resolves.toBeDefined();

    // And the withdrawal is audited once, allowed
    await expect(subject.prisma.auditEvent.count({ where: { action: 'WITHDRAW_REFERRAL', caseId, outcome: 'ALLOWED' } })).resolves.toBe(1);
  });

  it('answers 409 when the case is already withdrawn, and audits the failed attempt', async () => {
    const { caseId } = await fileReferral(subject.app, referrer, aReferral(region.municipalityId));
    await withdraw(referrer, caseId);

    const again = await withdraw(referrer, caseId);

    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CASE_NOT_OPEN', details: { status: 'WITHDRAWN' } });
    await expect(subject.prisma.auditEvent.count({ where: { action: 'WITHDRAW_REFERRAL', caseId, outcome: 'FAILED' } })).resolves.toBe(1);
  });

  it('answers 403 to the chair, who sees the case but does not withdraw referrals, and 404 to a stranger', async () => {
    const { caseId } = await fileReferral(subject.app, referrer, aReferral(region.municipalityId));
    const chair = await signIn(subject.app, await createUser(subject.prisma, region, Role.CHAIR));
    const stranger = await signIn(subject.app, await createUser(subject.prisma, await createRegion(subject.prisma), Role.LOCAL_TEAM));

    const byChair = await withdraw(chair, caseId);
    const byStranger = await withdraw(stranger, caseId);

    expect(byChair.status).toBe(403);
    expect(byChair.body.code).toBe('CASE_ACTION_NOT_PERMITTED');
    expect(byStranger.status).toBe(404);
    expect((await subject.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('FILED');
  });

  it('refuses two meetings in one slot in the database itself', async () => {
    const first = await fileReferral(subject.app, referrer, aReferral(region.municipalityId));
    const second = await fileReferral(subject.app, referrer, aReferral(region.municipalityId));
    const slot = await subject.prisma.meetingSlot.create({ data: { endsAt: new Date(Date.now() + 9e8), startsAt: new Date(Date.now() + 8e8), tableId: region.tableId } });

    await subject.prisma.meeting.create({ data: { caseId: first.caseId, slotId: slot.id, startsAt: slot.startsAt, tableId: region.tableId } });

    await expect(subject.prisma.meeting.create({ data: { caseId: second.caseId, slotId: slot.id, startsAt: slot.startsAt, tableId: region.tableId } })).rejects.toMatchObject({ code: 'P2002' });
  });
});
