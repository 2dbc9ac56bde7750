import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeadlineKind, EvaluationMode, TaskType } from '../../src/engine/process-catalog';
import { DeadlineComputeWorker } from '../../src/workers/deadline-compute.worker';
import { aJob, redelivery } from '../support/worker-job';
import { createMonitoredCase } from '../factories/monitored-case.factory';
import { createRegion, TestRegion } from '../factories/region.factory';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';

describe('Deadlines computed by the service and handed to the engine as dates', () => {
  let subject: TestApp;
  let region: TestRegion;
  let worker: DeadlineComputeWorker;

  beforeAll(async () => {
    subject = await startTestApp({ RUN_WORKERS: 'true' });
    region = await createRegion(subject.prisma);
    await subject.prisma.region.update({ data: { name: 'Twente-test', normCountsWorkingDays: true, normDays: 10 }, where: { id: region.id } });
    worker = subject.app.get(DeadlineComputeWorker);
  });
  afterAll(async () => {
    await subject.close();
  });

  it('stores the planning norm with its rule, and the engine times the norm and dates the task from it', async () => {
    // Given a referral on Monday 21 December 2026 in a region whose norm is ten working days
    const caseId = (await createMonitoredCase(subject.prisma, region, { referredAt: new Date('2026-12-21T11:00:00+01:00') })).id;
    await subject.engine.deploy([{ content: readFileSync(join(__dirname, '..', 'fixtures', 'deadline-timer.bpmn')), name: 'deadline-timer.bpmn' }]);

    // When a process computes the planning norm through the real worker
    const instance = await subject.engine.createInstance('test-deadline-timer', {
      caseId, normCountsWorkingDays: true, normDays: 10, referralDate: '2026-12-21T11:00:00+01:00', regionId: region.id,
    });

    // Then the case record holds the deadlines with the rule that produced them, the early moment of the norm included
    const deadlines = await eventually(() => subject.prisma.deadline.findMany({ orderBy: { kind: 'asc' }, where: { caseId } }), (rows) => rows.length === 3, 'the stored deadlines');
    expect(deadlines.map(({ dueAt, kind, rule, ruleCode }) => ({ dueAt: dueAt.toISOString(), kind, rule, ruleCode }))).toEqual([
      { dueAt: '2026-12-24T22:59:59.000Z', kind: 'INTAKE_DUE', rule: 'Volledigheid beoordelen binnen 3 werkdagen na het verzoek', ruleCode: 'WORKING_DAYS:3' },
      { dueAt: '2027-01-06T22:59:59.000Z', kind: 'MEETING_NORM', rule: 'Tafelgesprek binnen 10 werkdagen na het verzoek (norm van regio Twente-test)', ruleCode: 'WORKING_DAYS:10' },
      {
        dueAt: '2026-12-29T08:00:00.000Z',
        kind: 'MEETING_NORM_WARNING',
        rule: 'Vroege waarschuwing 5 werkdagen na het verzoek: nog geen tafelgesprek gepland, dan het gemeentelijk aanspreekpunt inschakelen (regio Twente-test)',
        ruleCode: 'WORKING_DAYS:5',
      },
    ]);

    // And the engine's timer fires at the end of the tenth working day, the task is due at the end of the third
    const timers = await eventually(() => subject.history.pendingTimers([instance.processInstanceKey]), (rows) => rows.length === 1, 'the timer of the planning norm');
    expect(new Date(timers[0].dueDate).toISOString()).toBe('2027-01-06T22:59:59.000Z');
    const tasks = await eventually(
      async () => (await subject.history.userTaskChanges(null, 100_000)).tasks.filter((task) => task.processInstanceKey === instance.processInstanceKey),
      (rows) => rows.length === 1,
      'the user task due at the intake deadline',
    );
    expect(new Date(tasks[0].dueDate!).toISOString()).toBe('2026-12-24T22:59:59.000Z');

    // And the variables the engine holds are the ISO date-times in Amsterdam's offset
    const variables = await subject.history.searchVariables({ processInstanceKeys: [instance.processInstanceKey] });
    expect(variables.find((variable) => variable.name === 'planningDeadlineAt')?.value).toBe('"2027-01-06T23:59:59+01:00"');
    await subject.engine.cancelInstance(instance.processInstanceKey);
  });

  it('computes the deadlines before a meeting on the day after Koningsdag', async () => {
    const caseId = (await createMonitoredCase(subject.prisma, region, { referredAt: new Date('2026-04-10T09:00:00+02:00') })).id;

    const result = await worker.handle(aJob(TaskType.DeadlineCompute, { caseId, deadlineKind: DeadlineKind.MEETING, meetingAt: '2026-04-28T09:00:00+02:00' }));

    expect(result).toEqual({
      childHearingDueAt: '2026-04-24T23:59:59+02:00',
      decisionDueAt: '2026-04-28T23:59:59+02:00',
      preparationDueAt: '2026-04-23T23:59:59+02:00',
      raadAdviceDueAt: '2026-04-24T23:59:59+02:00',
    });
    const kinds = (await subject.prisma.deadline.findMany({ where: { caseId } })).map((deadline) => deadline.kind).sort();
    expect(kinds).toEqual(['CHILD_HEARING_DUE', 'DECISION_DUE', 'PREPARATION_DUE', 'RAAD_ADVICE_DUE']);
  });

  it('computes an evaluation meeting’s deadlines from the region’s norm', async () => {
    const caseId = (await createMonitoredCase(subject.prisma, region, { referredAt: new Date('2026-03-01T09:00:00+01:00') })).id;

    const result = await worker.handle(aJob(TaskType.DeadlineCompute, { caseId, deadlineKind: DeadlineKind.EVALUATION, evaluationAt: '2026-06-01T09:00:00+02:00', evaluationMode: EvaluationMode.MEETING, regionId: region.id }));

    expect(result).toEqual({ evaluationDueAt: '2026-06-15T23:59:59+02:00', evaluationStartsAt: '2026-05-15T09:00:00+02:00' });
  });

  it('stores a set of deadlines once however often the job is delivered', async () => {
    const caseId = (await createMonitoredCase(subject.prisma, region, { referredAt: new Date() })).id;
    const job = aJob(TaskType.DeadlineCompute, { caseId, deadlineKind: DeadlineKind.PLANNING_NORM, normCountsWorkingDays: false, normDays: 14, referralDate: new Date().toISOString(), regionId: region.id });

    const answers = await Promise.all([worker.handle(job), worker.handle(redelivery(job)), worker.handle(redelivery(job))]);

    // (A redelivery answers from the stored first answer, whose keys may come back in another order.)
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(await subject.prisma.deadline.count({ where: { caseId } })).toBe(3);
  });

  it('gives a planning the early moment stored with its norm at the referral, without storing it twice', async () => {
    // Given a referral whose norm and early moment were computed when it was filed
    const caseId = (await createMonitoredCase(subject.prisma, region, { referredAt: new Date('2027-02-01T10:00:00+01:00') })).id;
    const norm = await worker.handle(aJob(TaskType.DeadlineCompute, { caseId, deadlineKind: DeadlineKind.PLANNING_NORM, referralDate: '2027-02-01T10:00:00+01:00', regionId: region.id }));

    // When its planning starts and asks for its early moment
    const warning = await worker.handle(aJob(TaskType.DeadlineCompute, { caseId, deadlineKind: DeadlineKind.PLANNING_WARNING, planningDeadlineAt: norm!.planningDeadlineAt, regionId: region.id }));

    // Then it is the same moment: 09:00 on the fifth working day after the referral, stored once
    expect(warning).toEqual({ planningWarningAt: '2027-02-08T09:00:00+01:00' });
    expect(norm!.planningWarningAt).toBe('2027-02-08T09:00:00+01:00');
    expect(await subject.prisma.deadline.count({ where: { caseId, kind: 'MEETING_NORM_WARNING' } })).toBe(1);
  });

  it('computes the early moment of an evaluation meeting from the evaluation date and the region’s current setting', async () => {
    // Given a region that warns after three working days, and an evaluation meeting's norm from 1 June 2026
    const other = await createRegion(subject.prisma);
    await subject.prisma.region.update({ data: { name: 'Vroeg', normCountsWorkingDays: true, normDays: 10, normWarningWorkingDays: 3 }, where: { id: other.id } });
    const caseId = (await createMonitoredCase(subject.prisma, other, { referredAt: new Date('2026-03-01T09:00:00+01:00') })).id;
    const evaluation = await worker.handle(aJob(TaskType.DeadlineCompute, { caseId, deadlineKind: DeadlineKind.EVALUATION, evaluationAt: '2026-06-01T09:00:00+02:00', evaluationMode: EvaluationMode.MEETING, regionId: other.id }));

    // When the evaluation meeting's planning asks for its early moment
    const warning = await worker.handle(aJob(TaskType.DeadlineCompute, { caseId, deadlineKind: DeadlineKind.PLANNING_WARNING, earliestSlotAt: '2026-06-01T09:00:00+02:00', planningDeadlineAt: evaluation!.evaluationDueAt, regionId: other.id }));

    // Then it comes three working days after the evaluation date, and the record says what it counts from
    expect(warning).toEqual({ planningWarningAt: '2026-06-04T09:00:00+02:00' });
    await expect(subject.prisma.deadline.findFirstOrThrow({ where: { caseId, kind: 'MEETING_NORM_WARNING' } })).resolves.toMatchObject({
      rule: 'Vroege waarschuwing 3 werkdagen na het begin van de norm: nog geen tafelgesprek gepland, dan het gemeentelijk aanspreekpunt inschakelen (regio Vroeg)',
      ruleCode: 'WORKING_DAYS:3',
    });
  });

  it('refuses a MEETING job without meetingAt as a modelling fault, not a retry', async () => {
    const caseId = (await createMonitoredCase(subject.prisma, region, { referredAt: new Date() })).id;

    await expect(worker.handle(aJob(TaskType.DeadlineCompute, { caseId, deadlineKind: DeadlineKind.MEETING }))).rejects.toMatchObject({ name: 'JobInputError', message: expect.stringContaining('meetingAt') });
  });
});
