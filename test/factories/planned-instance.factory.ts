import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestApp } from '../support/test-app';
import { createMonitoredCase } from './monitored-case.factory';
import { TestRegion } from './region.factory';

/** The fixture process of the exactly-once and cluster tests: it computes a case's deadlines, then books its slot. */
export const PLANNED_PROCESS_ID = 'test-exactly-once-planning';

/** A started instance of the fixture, with the case and the slot it books. */
export interface PlannedInstance {
  caseId: string;
  key: string;
  slotId: string;
}

export async function deployPlannedProcess(subject: TestApp): Promise<void> {
  await subject.engine.deploy([{ content: readFileSync(join(__dirname, '..', 'fixtures', 'exactly-once-planning.bpmn')), name: `${PLANNED_PROCESS_ID}.bpmn` }]);
}

/** A case with one free slot of its own, and a started instance that computes the norm and books it. */
export async function startPlannedInstance(subject: TestApp, region: TestRegion): Promise<PlannedInstance> {
  const caseId = (await createMonitoredCase(subject.prisma, region, { referredAt: new Date() })).id;
  const startsAt = new Date(Date.now() + (5 + Math.random() * 5) * 24 * 3600_000);
  const slot = await subject.prisma.meetingSlot.create({ data: { endsAt: new Date(startsAt.getTime() + 3_600_000), startsAt, tableId: region.tableId } });
  const instance = await subject.engine.createInstance(PLANNED_PROCESS_ID, {
    caseId, normCountsWorkingDays: false, normDays: 14, proposedSlotId: slot.id, referralDate: new Date().toISOString(), regionId: region.id, tableId: region.tableId,
  });
  return { caseId, key: instance.processInstanceKey, slotId: slot.id };
}

/** Every effect of the fixture happened once per case: three deadlines (the intake, the norm and its early moment), one meeting, one exactly-once row per job, one completion per job. */
export async function expectPlannedEffectsOnce(subject: TestApp, instances: PlannedInstance[]): Promise<void> {
  const caseIds = instances.map((instance) => instance.caseId);
  const keys = instances.map((instance) => instance.key);
  const deadlines = await subject.prisma.deadline.groupBy({ _count: true, by: ['caseId'], where: { caseId: { in: caseIds } } });
  expect(deadlines.map((row) => row._count)).toEqual(caseIds.map(() => 3));
  const meetings = await subject.prisma.meeting.groupBy({ _count: true, by: ['caseId'], where: { caseId: { in: caseIds } } });
  expect(meetings.map((row) => row._count)).toEqual(caseIds.map(() => 1));
  expect(await subject.prisma.jobEffect.count({ where: { processInstanceKey: { in: keys } } })).toBe(2 * instances.length);
  const completions = (await subject.history.jobLog(keys)).filter((entry) => entry.state === 'COMPLETED');
  expect(completions).toHaveLength(2 * instances.length);
}
