import { addWorkingDays, amsterdamDate, startOfAmsterdamDay, toAmsterdamIso } from '../../src/calendar/dutch-calendar';
import { ErrorCode, SlotScope, TaskType } from '../../src/engine/process-catalog';
import { BpmnError } from '../../src/engine/workers/job-worker.handler';
import { MailPurpose } from '../../src/mail/outgoing-mail';
import { PLANNING_LEAD_WORKING_DAYS } from '../../src/planning/slot-proposal.service';
import { EscalationNotifyWorker } from '../../src/workers/escalation-notify.worker';
import { SlotBookWorker } from '../../src/workers/slot-book.worker';
import { SlotProposeWorker } from '../../src/workers/slot-propose.worker';
import { aJob, redelivery } from '../support/worker-job';
import { createMonitoredCase, daysAfter } from '../factories/monitored-case.factory';
import { createScheduledTable, makeNeighbours } from '../factories/planning.factory';
import { createRegion, TestRegion } from '../factories/region.factory';
import { startTestApp, TestApp } from '../support/test-app';

const DAY = 24 * 60 * 60 * 1000;

describe('Planning a meeting on the table’s schedule', () => {
  let subject: TestApp;
  let region: TestRegion;
  let propose: SlotProposeWorker;
  let book: SlotBookWorker;
  const deadlineIn = (days: number) => toAmsterdamIso(new Date(Date.now() + days * DAY));
  const aCase = async (tableId: string) => (await createMonitoredCase(subject.prisma, region, { referredAt: new Date(), tableId })).id;
  const proposal = (caseId: string, tableId: string, slotScope: SlotScope = SlotScope.OWN_TABLE, planningDeadlineAt = deadlineIn(14)) =>
    propose.handle(aJob(TaskType.SlotPropose, { caseId, planningDeadlineAt, regionId: region.id, slotScope, tableId }));
  const booking = (caseId: string, tableId: string, proposed: Record<string, unknown>, planningDeadlineAt = deadlineIn(14)) =>
    book.handle(aJob(TaskType.SlotBook, { caseId, planningDeadlineAt, ...proposed, tableId }));

  beforeAll(async () => {
    subject = await startTestApp();
    region = await createRegion(subject.prisma);
    propose = subject.app.get(SlotProposeWorker);
    book = subject.app.get(SlotBookWorker);
  });
  afterAll(() => subject.close());

  it('proposes the first slot of the weekly schedule from the second working day on, generating the slots of the horizon', async () => {
    // Given a table that meets on Mondays, Wednesdays and Fridays at 09:00 and has no slots yet
    const tableId = await createScheduledTable(subject.prisma, region, [1, 3, 5].map((weekday) => ({ startTime: '09:00', weekday })));
    const caseId = await aCase(tableId);

    // When planning proposes a slot
    const proposed = await proposal(caseId, tableId);

    // Then it is 09:00 on the first scheduled day that leaves time to prepare, within the norm
    const earliest = startOfAmsterdamDay(addWorkingDays(amsterdamDate(new Date()), PLANNING_LEAD_WORKING_DAYS));
    const slots = await subject.prisma.meetingSlot.findMany({ orderBy: { startsAt: 'asc' }, where: { tableId } });
    const first = slots.find((slot) => slot.startsAt >= earliest)!;
    expect(proposed).toEqual({ proposedSlotAt: toAmsterdamIso(first.startsAt), proposedSlotId: first.id, proposedTableId: tableId, slotWithinNorm: true });
    expect(proposed!.proposedSlotAt).toMatch(/T09:00:00\+0[12]:00$/);
    // And the region's eight-week horizon holds the schedule's slots, generated once however often planning looks
    expect(slots.length).toBeGreaterThanOrEqual(8 * 3 - 3);
    await proposal(caseId, tableId);
    expect(await subject.prisma.meetingSlot.count({ where: { tableId } })).toBe(slots.length);
  });

  it('skips booked and blocked slots, and says when the first free slot lies beyond the norm', async () => {
    // Given a Tuesday table whose first two slots are blocked and booked
    const tableId = await createScheduledTable(subject.prisma, region, [{ startTime: '10:00', weekday: 2 }]);
    const first = await proposal(await aCase(tableId), tableId);
    await subject.prisma.meetingSlot.update({ data: { blocked: true }, where: { id: first!.proposedSlotId as string } });
    const other = await aCase(tableId);
    const second = await proposal(other, tableId);
    await booking(other, tableId, second!);

    // When planning proposes a slot for a case whose norm ends before the third Tuesday
    const proposed = await proposal(await aCase(tableId), tableId, SlotScope.OWN_TABLE, toAmsterdamIso(daysAfter(new Date(second!.proposedSlotAt as string), 1)));

    // Then it is the third Tuesday, a week after the second, and outside the norm
    expect(new Date(proposed!.proposedSlotAt as string).getTime() - new Date(second!.proposedSlotAt as string).getTime()).toBeGreaterThanOrEqual(7 * DAY - 2 * 60 * 60 * 1000);
    expect(proposed!.slotWithinNorm).toBe(false);
  });

  it('books a slot once when two cases book it at the same moment: the database refuses the second', async () => {
    // Given two cases and one proposed slot
    const tableId = await createScheduledTable(subject.prisma, region, [{ startTime: '13:00', weekday: 4 }]);
    const [one, two] = [await aCase(tableId), await aCase(tableId)];
    const proposed = await proposal(one, tableId);

    // When both cases book it concurrently
    const results = await Promise.allSettled([booking(one, tableId, proposed!), booking(two, tableId, proposed!)]);

    // Then one booking holds the slot and the other is told SLOT_TAKEN, so its planning proposes again
    const fulfilled = results.filter((result) => result.status === 'fulfilled');
    const rejected = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(BpmnError);
    expect(rejected[0].reason.errorCode).toBe(ErrorCode.SlotTaken);
    const meetings = await subject.prisma.meeting.findMany({ where: { slotId: proposed!.proposedSlotId as string } });
    expect(meetings).toHaveLength(1);
    expect((fulfilled[0] as PromiseFulfilledResult<Record<string, unknown>>).value).toEqual({
      meetingAt: proposed!.proposedSlotAt, meetingId: meetings[0].id, meetingTableId: tableId, plannedWithinNorm: true,
    });
    // And the case that got it is planned, its norm deadline met
    await expect(subject.prisma.case.findUniqueOrThrow({ where: { id: meetings[0].caseId } })).resolves.toMatchObject({ status: 'PLANNED' });
  });

  it('books ten cases racing for three slots into three meetings and seven SLOT_TAKEN answers', async () => {
    const tableId = await createScheduledTable(subject.prisma, region, [{ startTime: '09:00', weekday: 1 }, { startTime: '11:00', weekday: 1 }, { startTime: '14:00', weekday: 1 }]);
    const cases = await Promise.all(Array.from({ length: 10 }, () => aCase(tableId)));
    const first = await proposal(cases[0], tableId);
    const slots = await subject.prisma.meetingSlot.findMany({ orderBy: { startsAt: 'asc' }, take: 3, where: { startsAt: { gte: new Date(first!.proposedSlotAt as string) }, tableId } });

    const results = await Promise.allSettled(cases.map((caseId, index) => booking(caseId, tableId, { proposedSlotId: slots[index % 3].id })));

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(3);
    expect(results.filter((result) => result.status === 'rejected' && (result.reason as BpmnError).errorCode === ErrorCode.SlotTaken)).toHaveLength(7);
    expect(await subject.prisma.meeting.count({ where: { slotId: { in: slots.map((slot) => slot.id) } } })).toBe(3);
  });

  it('answers a repeated booking job with the same meeting and books nothing twice', async () => {
    const tableId = await createScheduledTable(subject.prisma, region, [{ startTime: '15:00', weekday: 3 }]);
    const caseId = await aCase(tableId);
    const proposed = await proposal(caseId, tableId);
    const job = aJob(TaskType.SlotBook, { caseId, planningDeadlineAt: deadlineIn(14), ...proposed, tableId });

    const first = await book.handle(job);
    const again = await book.handle(redelivery(job));

    expect(again).toEqual(first);
    expect(await subject.prisma.meeting.count({ where: { caseId } })).toBe(1);
  });

  it('finds room at a neighbouring table when the own table has none, and records the escalation as resolved there', async () => {
    // Given an own table without any schedule, a neighbour that meets on Thursdays, and an open escalation
    const own = await createScheduledTable(subject.prisma, region, []);
    const neighbour = await createScheduledTable(subject.prisma, region, [{ startTime: '09:30', weekday: 4 }]);
    await makeNeighbours(subject.prisma, own, neighbour);
    const caseId = await aCase(own);
    const escalation = await subject.prisma.escalation.create({ data: { caseId, reason: 'BEYOND_NORM' } });

    // When the own table is searched, then the neighbours
    const atOwn = proposal(caseId, own);
    await expect(atOwn).rejects.toBeInstanceOf(BpmnError);
    await expect(atOwn).rejects.toMatchObject({ errorCode: ErrorCode.NoSlotAvailable });
    const atNeighbour = await proposal(caseId, own, SlotScope.NEIGHBOUR_TABLES);
    const booked = await booking(caseId, own, atNeighbour!);

    // Then the meeting is at the neighbouring table, and the escalation says so
    expect(atNeighbour).toMatchObject({ proposedTableId: neighbour });
    expect(booked).toMatchObject({ meetingTableId: neighbour });
    await expect(subject.prisma.escalation.findUniqueOrThrow({ where: { id: escalation.id } })).resolves.toMatchObject({ neighbouringTableId: neighbour, resolution: 'NEIGHBOURING_TABLE', resolvedAt: expect.any(Date) });
  });

  it('records an escalation that arrives after the booking of its own planning as resolved by it, and asks no municipal contact', async () => {
    // Given a case whose planning instance booked a meeting at its own table within the norm, while the
    // engine had just raised the early warning beside the planning task, and a municipal contact
    const tableId = await createScheduledTable(subject.prisma, region, [{ startTime: '10:00', weekday: 2 }]);
    const caseId = await aCase(tableId);
    await subject.prisma.municipalContact.create({ data: { email: `gemeente-${caseId.slice(0, 8)}@gemeente.test`, municipalityId: region.municipalityId, name: 'Gemeentelijk aanspreekpunt' } });
    const planning = aJob(TaskType.SlotBook, {}).processInstanceKey;
    const planningDeadlineAt = deadlineIn(28);
    const proposed = await proposal(caseId, tableId, SlotScope.OWN_TABLE, planningDeadlineAt);
    await book.handle({ ...aJob(TaskType.SlotBook, { caseId, planningDeadlineAt, ...proposed, tableId }), processInstanceKey: planning });
    const notify = subject.app.get(EscalationNotifyWorker);
    const escalate = async (processInstanceKey: string) =>
      ((await notify.handle({ ...aJob(TaskType.EscalationNotify, { caseId, escalationReason: 'NORM_AT_RISK', planningDeadlineAt, regionId: region.id, tableId }), processInstanceKey })) ?? {}) as Record<string, unknown>;

    // When the escalation's worker records it after the booking
    const late = await escalate(planning);

    // Then it is on record as resolved by the booking, with the outputs the model needs, and no notice goes out
    await expect(subject.prisma.escalation.findUniqueOrThrow({ where: { id: late.escalationId as string } })).resolves.toMatchObject({
      caseId, notifiedAt: null, reason: 'NORM_AT_RISK', resolution: 'OWN_TABLE_EXTRA_SLOT', resolvedAt: expect.any(Date),
    });
    expect(late.escalationDueAt).toEqual(expect.any(String));
    expect(await subject.prisma.outboxMessage.count({ where: { caseId, purpose: MailPurpose.EscalationNotice } })).toBe(0);

    // When a later planning of the case (another instance, such as an evaluation meeting's) escalates
    const later = await escalate(aJob(TaskType.SlotBook, {}).processInstanceKey);

    // Then that escalation is open and the municipal contact is told
    await expect(subject.prisma.escalation.findUniqueOrThrow({ where: { id: later.escalationId as string } })).resolves.toMatchObject({ notifiedAt: expect.any(Date), resolvedAt: null });
    expect(await subject.prisma.outboxMessage.count({ where: { caseId, purpose: MailPurpose.EscalationNotice } })).toBe(1);
  });

  it('reports NO_SLOT_AVAILABLE when no table has a free slot within the region’s horizon', async () => {
    // Given a region that looks two weeks ahead, whose table only starts meeting in two months
    const small = await createRegion(subject.prisma);
    await subject.prisma.region.update({ data: { planningHorizonDays: 14 }, where: { id: small.id } });
    const later = await createScheduledTable(subject.prisma, small, [{ startTime: '09:00', validFrom: new Date(Date.now() + 60 * DAY), weekday: 2 }]);
    const neighbour = await createScheduledTable(subject.prisma, small, [{ startTime: '09:00', validFrom: new Date(Date.now() + 60 * DAY), weekday: 3 }]);
    await makeNeighbours(subject.prisma, later, neighbour);
    const caseId = (await createMonitoredCase(subject.prisma, small, { referredAt: new Date(), tableId: later })).id;

    // When planning looks at the own table and at the neighbours
    const job = (slotScope: SlotScope) => propose.handle(aJob(TaskType.SlotPropose, { caseId, planningDeadlineAt: deadlineIn(14), slotScope, tableId: later }));

    // Then both answer with the BPMN error the model catches
    await expect(job(SlotScope.OWN_TABLE)).rejects.toMatchObject({ errorCode: ErrorCode.NoSlotAvailable, name: 'BpmnError' });
    await expect(job(SlotScope.NEIGHBOUR_TABLES)).rejects.toMatchObject({ errorCode: ErrorCode.NoSlotAvailable, name: 'BpmnError' });
  });

  it('does not book for a withdrawn referral: REFERRAL_WITHDRAWN, and the slot stays free', async () => {
    const tableId = await createScheduledTable(subject.prisma, region, [{ startTime: '11:00', weekday: 5 }]);
    const caseId = await aCase(tableId);
    const proposed = await proposal(caseId, tableId);
    await subject.prisma.case.update({ data: { status: 'WITHDRAWN', withdrawnAt: new Date() }, where: { id: caseId } });

    await expect(booking(caseId, tableId, proposed!)).rejects.toMatchObject({ errorCode: ErrorCode.ReferralWithdrawn });
    expect(await subject.prisma.meeting.count({ where: { slotId: proposed!.proposedSlotId as string } })).toBe(0);
  });

  it('refuses a slot on the next working day, whose invitations were due today: SLOT_TAKEN, so that planning proposes again', async () => {
    // Given a slot on the next working day, left over from an earlier schedule (planning never proposes it)
    const tableId = await createScheduledTable(subject.prisma, region, []);
    const nextWorkingDay = addWorkingDays(amsterdamDate(new Date()), 1);
    const slot = await subject.prisma.meetingSlot.create({ data: { endsAt: new Date(startOfAmsterdamDay(nextWorkingDay).getTime() + 11 * 60 * 60 * 1000), startsAt: new Date(startOfAmsterdamDay(nextWorkingDay).getTime() + 10 * 60 * 60 * 1000), tableId } });
    const caseId = await aCase(tableId);

    // When it is booked (an old proposal, accepted late)
    const attempt = booking(caseId, tableId, { proposedSlotAt: toAmsterdamIso(slot.startsAt), proposedSlotId: slot.id, proposedTableId: tableId });

    // Then the booking is refused the way a taken slot is, with the reason in the message, and the slot stays free
    await expect(attempt).rejects.toMatchObject({ errorCode: ErrorCode.SlotTaken, message: expect.stringContaining('TOO_LATE_TO_PREPARE') });
    expect(await subject.prisma.meeting.count({ where: { slotId: slot.id } })).toBe(0);
  });

  it('fails a job whose variables are not what the contract says, without retrying', async () => {
    await expect(book.handle(aJob(TaskType.SlotBook, { caseId: 'not-a-uuid', planningDeadlineAt: 'tomorrow', tableId: region.tableId }))).rejects.toMatchObject({ name: 'JobInputError' });
  });
});
