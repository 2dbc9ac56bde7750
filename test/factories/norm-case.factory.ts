import { randomUUID } from 'node:crypto';
import { PrismaClient } from '../../src/generated/prisma/client';
import { CaseStatus } from '../../src/generated/prisma/enums';
import { createMonitoredCase, MonitoredCase } from './monitored-case.factory';
import { TestRegion } from './region.factory';
import { TestUser } from './user.factory';

const DAY = 24 * 60 * 60 * 1000;

/** What a forward-looking test says about a case waiting for its first table meeting. */
export interface WaitingCaseSpec {
  /** The end of the planning norm (MEETING_NORM deadline). */
  dueAt: Date;
  municipalityId?: string;
  /** A table meeting planned at this moment. */
  plannedAt?: Date;
  status?: CaseStatus;
  tableId?: string;
  /** The region's early moment has passed (a MEETING_NORM_WARNING deadline in the past): the case is at risk. */
  warned?: boolean;
}

/** A running case with a planning norm, written straight into the case record (as createMonitoredCase does). */
export async function createWaitingCase(prisma: PrismaClient, region: TestRegion, spec: WaitingCaseSpec): Promise<MonitoredCase> {
  const referredAt = new Date(Date.now() - 10 * DAY);
  const created = await createMonitoredCase(prisma, spec.municipalityId ? { ...region, municipalityId: spec.municipalityId } : region, {
    normDeadline: { dueAt: spec.dueAt },
    referredAt,
    status: spec.status,
    tableId: spec.tableId,
  });
  if (spec.warned) {
    await prisma.deadline.create({
      data: { basedOn: referredAt, caseId: created.id, dueAt: new Date(Date.now() - DAY), kind: 'MEETING_NORM_WARNING', rule: '5 werkdagen na het verzoek', ruleCode: 'WORKING_DAYS:5' },
    });
  }
  if (spec.plannedAt) {
    await prisma.meeting.create({ data: { caseId: created.id, startsAt: spec.plannedAt, status: 'PLANNED', tableId: spec.tableId ?? region.tableId } });
  }
  return created;
}

/** A second municipality in a test region. */
export async function createMunicipality(prisma: PrismaClient, region: TestRegion): Promise<string> {
  return (await prisma.municipality.create({ data: { name: `Testgemeente ${randomUUID().slice(0, 8)}`, regionId: region.id, tableId: region.tableId } })).id;
}

/** Makes a user the municipal contact of a municipality. */
export async function linkMunicipalContact(prisma: PrismaClient, user: TestUser, municipalityId: string): Promise<void> {
  await prisma.municipalContact.create({ data: { email: `${user.username}@gemeente.test`, municipalityId, name: 'Aanspreekpunt', userId: user.id } });
}

/** An open task offered to the municipal contacts of the case's region. */
export async function createContactTask(prisma: PrismaClient, region: TestRegion, caseId: string, name = 'Wachttijd oplossen'): Promise<string> {
  const task = await prisma.userTask.create({
    data: {
      bpmnProcessId: 'test', candidateRole: 'MUNICIPAL_CONTACT', caseId, dueAt: new Date(Date.now() + DAY), elementId: 'resolve-waiting-time',
      elementInstanceKey: randomUUID(), engineKey: randomUUID(), name, processDefinitionKey: '1', processInstanceKey: '1', regionId: region.id, tableId: region.tableId,
    },
  });
  return task.id;
}
