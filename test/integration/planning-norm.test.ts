import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { addCalendarDays, addWorkingDays, amsterdamDate, amsterdamInstant, endOfAmsterdamDay, toAmsterdamIso } from '../../src/calendar/dutch-calendar';
import { Role } from '../../src/generated/prisma/enums';
import { createCase, createRegionWorld, createUser, deployFixture, RegionWorld, startCaseProcess, TestUser } from '../factories/task-list.factory';
import { startTestApp, TestApp } from '../support/test-app';

const DAY = 86_400_000;

/**
 * The planning norm where decisions are made (issue 11): the secretary's slot choices say where each
 * slot lies against the norm, a slot beyond it while an earlier one is free needs a reason that is
 * kept and escalated, a slot that came too near is refused with its reason, and every case in the
 * task list and in monitoring carries its norm date, days left and status.
 */
describe('The planning norm at the moments people decide', () => {
  let subject: TestApp;
  let world: RegionWorld;
  let secretary: TestUser;
  let chair: TestUser;
  let manager: TestUser;
  let referrer: TestUser;
  const slots: Record<'beyond' | 'first' | 'near' | 'within', string> = { beyond: '', first: '', near: '', within: '' };
  const today = amsterdamDate(new Date());
  const planningDeadlineAt = toAmsterdamIso(endOfAmsterdamDay(addCalendarDays(today, 10)));

  const api = () => request(subject.app.getHttpServer());
  const as = (user: TestUser) => ({ Authorization: `Bearer ${user.token}` });
  const slotAt = async (day: string) => {
    const startsAt = amsterdamInstant(day, '10:00');
    return (await subject.prisma.meetingSlot.create({ data: { endsAt: new Date(startsAt.getTime() + 90 * 60_000), startsAt, tableId: world.tableId } })).id;
  };
  const planningTask = async () => {
    const filed = await createCase(subject.prisma, world, referrer);
    const { instance, task } = await startCaseProcess(subject.app, filed.id, 'test-meeting-planning', { planningDeadlineAt, proposedSlotId: slots.first });
    return { caseId: filed.id, instance, task };
  };

  beforeAll(async () => {
    subject = await startTestApp();
    await deployFixture(subject.engine, 'meeting-planning.bpmn');
    await deployFixture(subject.engine, 'user-task.bpmn');
    world = await createRegionWorld(subject.prisma, 'Normregio');
    secretary = await createUser(subject.app, world, [Role.SECRETARY], 'Secretaris');
    chair = await createUser(subject.app, world, [Role.CHAIR], 'Voorzitter');
    manager = await createUser(subject.app, world, [Role.MANAGER], 'Manager');
    referrer = await createUser(subject.app, world, [Role.LOCAL_TEAM], 'Verzoeker');
    // The table's free slots: the next working day, the second working day, the fifth, and twenty days away (beyond the ten-day norm)
    slots.near = await slotAt(addWorkingDays(today, 1));
    slots.first = await slotAt(addWorkingDays(today, 2));
    slots.within = await slotAt(addWorkingDays(today, 5));
    slots.beyond = await slotAt(addCalendarDays(today, 20));
  });
  afterAll(() => subject.close());

  it('offers the secretary slots from the second working day on, each marked within or beyond the norm', async () => {
    // Given a planning task whose norm ends in ten days
    const { task } = await planningTask();

    // When the secretary opens it
    const detail = await api().get(`/api/tasks/${task.id}`).set(as(secretary)).expect(200);

    // Then the slot on the next working day is not offered, and the others say where they lie
    const options = detail.body.form.options.slotId as { marks: string[]; value: string }[];
    expect(options.map((option) => option.value)).toEqual([slots.first, slots.within, slots.beyond]);
    expect(options.map((option) => option.marks)).toEqual([['withinNorm'], ['withinNorm'], ['beyondNorm', 'reasonRequired']]);
    expect(detail.body.form.defaults).toEqual({ slotId: slots.first });
    expect(detail.body.form.fields.find((field: { name: string }) => field.name === 'beyondNormReason')).toMatchObject({ required: { field: 'slotId', optionMarked: 'reasonRequired' } });
  });

  it('asks for a reason, on the server too, when a slot beyond the norm is chosen while an earlier one is free', async () => {
    const { task } = await planningTask();

    const refused = await api().post(`/api/tasks/${task.id}/completion`).set(as(secretary)).send({ slotId: slots.beyond });

    expect(refused.status).toBe(400);
    expect(refused.body.problems).toEqual([{ field: 'beyondNormReason', reason: expect.stringContaining('beyondNormReason is required') }]);
    await expect(subject.prisma.userTask.findUniqueOrThrow({ where: { id: task.id } })).resolves.toMatchObject({ state: 'OPEN' });
  });

  it('keeps the reason in the case record, the chronology and the audit log, and tells the model to escalate', async () => {
    // Given a planning task
    const { caseId, instance, task } = await planningTask();
    const reason = 'De ouders kunnen alleen op die datum; zij willen er allebei bij zijn.';

    // When the secretary chooses the slot beyond the norm with a reason
    await api().post(`/api/tasks/${task.id}/completion`).set(as(secretary)).send({ beyondNormReason: reason, slotId: slots.beyond }).expect(200);

    // Then the choice is on record with its facts
    const choice = await subject.prisma.beyondNormChoice.findFirstOrThrow({ where: { caseId } });
    expect(choice).toMatchObject({ chosenById: secretary.id, reason, slotId: slots.beyond, taskId: task.id });
    expect(choice.normDueAt.toISOString()).toBe(new Date(planningDeadlineAt).toISOString());
    const first = await subject.prisma.meetingSlot.findUniqueOrThrow({ where: { id: slots.first } });
    expect(choice.earlierSlotAt).toEqual(first.startsAt);
    // And the engine hears that the slot was chosen beyond the norm, without the reason itself
    const variables = await subject.history.searchVariables({ processInstanceKeys: [instance.processInstanceKey] });
    expect(variables.find((variable) => variable.name === 'slotBeyondNormChosen')?.value).toBe('true');
    expect(variables.some((variable) => variable.value.includes('ouders'))).toBe(false);
    // And the completion's audit row names the choice
    const audit = await subject.prisma.auditEvent.findFirstOrThrow({ where: { action: 'COMPLETE_TASK', actorId: secretary.id, caseId, outcome: 'ALLOWED' } });
    expect(audit.details).toMatchObject({ beyondNormChoiceId: choice.id, slotBeyondNormChosen: true });
    // And the case's chronology tells who chose what and why
    const view = await api().get(`/api/cases/${caseId}`).set(as(chair)).expect(200);
    const entry = (view.body.chronology as { actor: { id: string } | null; detail: Record<string, string>; kind: string }[]).find((item) => item.kind === 'SLOT_CHOSEN_BEYOND_NORM');
    expect(entry).toMatchObject({ actor: { id: secretary.id }, detail: { reason } });
  });

  it('lets a slot within the norm pass without a reason, and tells the model no norm was broken', async () => {
    const { caseId, instance, task } = await planningTask();

    await api().post(`/api/tasks/${task.id}/completion`).set(as(secretary)).send({ slotId: slots.within }).expect(200);

    const variables = await subject.history.searchVariables({ processInstanceKeys: [instance.processInstanceKey] });
    expect(variables.find((variable) => variable.name === 'slotBeyondNormChosen')?.value).toBe('false');
    expect(await subject.prisma.beyondNormChoice.count({ where: { caseId } })).toBe(0);
  });

  it('refuses a slot that has come too near to prepare, saying why', async () => {
    // Given a planning task, and the slot on the next working day (offered to nobody, but known to a page opened yesterday)
    const { task } = await planningTask();

    // When the secretary submits it
    const refused = await api().post(`/api/tasks/${task.id}/completion`).set(as(secretary)).send({ slotId: slots.near });

    // Then the answer is 400 on the slot, with the reason the web app words in Dutch
    expect(refused.status).toBe(400);
    expect(refused.body.problems).toEqual([{ field: 'slotId', reason: expect.stringMatching(/^SLOT_TOO_LATE_TO_PREPARE: the invitations for a meeting in this slot were due by /) }]);
  });

  describe('the norm of every case, in the task list and in monitoring', () => {
    const cases: Record<'atRisk' | 'exceeded' | 'fresh' | 'plannedWithin', string> = { atRisk: '', exceeded: '', fresh: '', plannedWithin: '' };

    /** A case with its norm (and its early moment) as jbt.deadline.compute stores them, and a task of the chair. */
    const caseWithNorm = async (normInDays: number, warningInDays: number, meetingInDays?: number) => {
      const { id } = await createCase(subject.prisma, world, referrer);
      const basedOn = new Date(Date.now() - 4 * DAY);
      await subject.prisma.deadline.createMany({
        data: [
          { basedOn, caseId: id, dueAt: endOfAmsterdamDay(addCalendarDays(today, normInDays)), kind: 'MEETING_NORM', rule: 'Tafelgesprek binnen 14 kalenderdagen na het verzoek', ruleCode: 'CALENDAR_DAYS:14' },
          { basedOn, caseId: id, dueAt: new Date(Date.now() + warningInDays * DAY), kind: 'MEETING_NORM_WARNING', rule: 'Vroege waarschuwing', ruleCode: 'WORKING_DAYS:5' },
        ],
      });
      if (meetingInDays !== undefined) await subject.prisma.meeting.create({ data: { caseId: id, startsAt: new Date(Date.now() + meetingInDays * DAY), tableId: world.tableId } });
      await startCaseProcess(subject.app, id, 'test-user-task');
      return id;
    };

    beforeAll(async () => {
      cases.atRisk = await caseWithNorm(5, -1);
      cases.plannedWithin = await caseWithNorm(5, -1, 3);
      cases.exceeded = await caseWithNorm(-2, -6);
      cases.fresh = await caseWithNorm(10, 2);
    });

    it('shows each case’s norm date, days left as the norm counts them, and its status in the task list', async () => {
      const list = await api().get('/api/tasks').query({ limit: 100, queue: 'all' }).set(as(chair)).expect(200);

      const normOf = (caseId: string) => (list.body.items as { case: { id: string }; norm: Record<string, unknown> }[]).find((item) => item.case.id === caseId)?.norm;
      expect(normOf(cases.atRisk)).toMatchObject({ daysLeft: 5, daysUnit: 'CALENDAR', meetingAt: null, status: 'AT_RISK' });
      expect(normOf(cases.plannedWithin)).toMatchObject({ meetingAt: expect.any(String), status: 'WITHIN_NORM' });
      expect(normOf(cases.exceeded)).toMatchObject({ daysLeft: -2, status: 'EXCEEDED' });
      expect(normOf(cases.fresh)).toMatchObject({ daysLeft: 10, status: 'WITHIN_NORM', warningAt: expect.any(String) });
    });

    it('filters the monitoring case list on cases at risk and sorts it by norm date', async () => {
      const atRisk = await api().get('/api/monitoring/cases').query({ limit: 100, norm: 'AT_RISK', regionId: world.regionId }).set(as(manager)).expect(200);
      expect((atRisk.body.items as { caseId: string }[]).map((item) => item.caseId)).toEqual([cases.atRisk]);
      expect(atRisk.body.total).toBe(1);

      const byNorm = await api().get('/api/monitoring/cases').query({ limit: 100, regionId: world.regionId, sort: 'norm' }).set(as(manager)).expect(200);
      const order = (byNorm.body.items as { caseId: string; norm: { dueAt: string } | null }[]).map((item) => item.caseId);
      expect(order.indexOf(cases.exceeded)).toBeLessThan(order.indexOf(cases.atRisk));
      expect(order.indexOf(cases.atRisk)).toBeLessThan(order.indexOf(cases.fresh));
      // Cases without a norm come last
      const firstWithout = (byNorm.body.items as { norm: unknown }[]).findIndex((item) => item.norm === null);
      expect(firstWithout).toBeGreaterThan(order.indexOf(cases.fresh));
    });

    it('says "at risk", not "within norm", while a slot chosen beyond the norm awaits the municipal contact, and "within norm" once a meeting within it is booked', async () => {
      // Given a case whose early moment has not come, and for which the secretary chose the slot beyond the norm
      const caseId = await caseWithNorm(10, 2);
      const norm = await subject.prisma.deadline.findFirstOrThrow({ where: { caseId, kind: 'MEETING_NORM' } });
      const beyond = await subject.prisma.meetingSlot.findUniqueOrThrow({ where: { id: slots.beyond } });
      await subject.prisma.beyondNormChoice.create({
        data: { caseId, chosenById: secretary.id, earlierSlotAt: new Date(Date.now() + 2 * DAY), normDueAt: norm.dueAt, reason: 'Alleen dan kan de vader.', slotId: beyond.id, slotStartsAt: beyond.startsAt, taskId: randomUUID() },
      });
      const statusInTaskList = async () => {
        const list = await api().get('/api/tasks').query({ limit: 100, queue: 'all' }).set(as(chair)).expect(200);
        return (list.body.items as { case: { id: string }; norm: { status: string } }[]).find((item) => item.case.id === caseId)?.norm.status;
      };

      // When the contact has not decided yet, Then the badge says at risk
      expect(await statusInTaskList()).toBe('AT_RISK');

      // When the contact found an extra slot within the norm and the meeting is booked there, Then it is within the norm again
      await subject.prisma.meeting.create({ data: { caseId, startsAt: new Date(Date.now() + 4 * DAY), tableId: world.tableId } });
      expect(await statusInTaskList()).toBe('WITHIN_NORM');
    });

    it('refuses a norm filter it does not know, naming the field', async () => {
      const wrong = await api().get('/api/monitoring/cases').query({ norm: 'SOON' }).set(as(manager));
      expect(wrong.status).toBe(400);
      expect(wrong.body.problems).toEqual([expect.objectContaining({ field: 'norm' })]);
    });
  });
});
