import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nextCaseNumber } from '../../src/cases/case-number';
import { ProcessEngine } from '../../src/engine/process-engine.port';
import { PrismaClient } from '../../src/generated/prisma/client';
import { CaseStatus, DecisionOutcome, EntryType, FeedbackRespondent, Track } from '../../src/generated/prisma/enums';
import { TestRegion } from './region.factory';

const DAY = 24 * 60 * 60 * 1000;

/** What a monitoring test says about one case; everything left out is not there. */
export interface MonitoredCaseSpec {
  decision?: { decidedAt: Date; outcome: DecisionOutcome };
  escalation?: { raisedAt: Date; resolvedAt?: Date };
  evaluation?: { dueAt: Date; heldAt?: Date };
  feedback?: { kind: FeedbackRespondent; respondedAt: Date; score: number }[];
  /** A held table meeting. */
  meeting?: { childrenHeard?: boolean | null; heldAt: Date; parentsPresent?: boolean | null };
  /** The MEETING_NORM deadline; `metAt` null: not met. */
  normDeadline?: { dueAt: Date; metAt?: Date | null };
  processInstanceKey?: string;
  referredAt: Date;
  /** A report of the meeting, first sent at `sentAt`, due at `dueAt`, with this many reactions. */
  report?: { dueAt?: Date; reactions?: number; sentAt: Date };
  status?: CaseStatus;
  tableId?: string;
  track?: Track | null;
}

/**
 * Case numbers from 900000 up stay clear of those the case service hands out (from 1 per year); each
 * test file starts at a random point, so that files sharing the run's database do not collide.
 */

export interface MonitoredCase {
  caseNumber: string;
  id: string;
}

/** A second table in a test region, for figures per table. */
export async function createTable(prisma: PrismaClient, region: TestRegion, name: string): Promise<string> {
  const table = await prisma.table.create({ data: { code: `test-${randomUUID().slice(0, 8)}`, name, regionId: region.id } });
  return table.id;
}

/**
 * A case written straight into the case record, with the meetings, decisions, reports and follow-up
 * a figure counts. The route's own services are not used: a monitoring test is about counting.
 */
export async function createMonitoredCase(prisma: PrismaClient, region: TestRegion, spec: MonitoredCaseSpec): Promise<MonitoredCase> {
  const tableId = spec.tableId ?? region.tableId;
  // The service's own counter: numbers never collide with other factories or filed referrals.
  const caseNumber = await nextCaseNumber(prisma, spec.referredAt);
  const created = await prisma.case.create({
    data: {
      caseNumber,
      entryType: EntryType.REFERRAL,
      municipalityId: region.municipalityId,
      processInstanceKey: spec.processInstanceKey,
      processStartedAt: spec.processInstanceKey ? spec.referredAt : undefined,
      referredAt: spec.referredAt,
      regionId: region.id,
      status: spec.status ?? CaseStatus.FILED,
      tableId,
      track: spec.track === undefined ? Track.QUARTER_TO_TWELVE : spec.track,
    },
  });
  const caseId = created.id;
  if (spec.normDeadline) {
    await prisma.deadline.create({
      data: { basedOn: spec.referredAt, caseId, dueAt: spec.normDeadline.dueAt, kind: 'MEETING_NORM', metAt: spec.normDeadline.metAt ?? null, rule: '14 kalenderdagen na het verzoek', ruleCode: 'CALENDAR_DAYS:14' },
    });
  }
  const meeting = spec.meeting
    ? await prisma.meeting.create({
        data: {
          caseId,
          childrenHeard: spec.meeting.childrenHeard ?? null,
          heldAt: spec.meeting.heldAt,
          parentsPresent: spec.meeting.parentsPresent ?? null,
          startsAt: spec.meeting.heldAt,
          status: 'HELD',
          tableId,
        },
      })
    : null;
  if (spec.decision) {
    await prisma.decision.create({
      data: {
        basis: 'CONSENSUS',
        caseId,
        decidedAt: spec.decision.decidedAt,
        decisionHelp: 'Hulp loopt door.',
        decisionRoute: 'Route besproken.',
        decisionSafety: 'Afspraken blijven staan.',
        meetingId: meeting?.id,
        outcome: spec.decision.outcome,
        recordedById: await recorder(prisma),
      },
    });
  }
  if (spec.report) {
    const report = await prisma.report.create({ data: { caseId, meetingId: meeting?.id } });
    const version = await prisma.reportVersion.create({ data: { reportId: report.id, sentAt: spec.report.sentAt, text: 'Verslag.', version: 1 } });
    if (spec.report.dueAt) {
      await prisma.deadline.create({ data: { basedOn: meeting?.heldAt ?? spec.referredAt, caseId, dueAt: spec.report.dueAt, kind: 'REPORT_DUE', rule: '5 werkdagen', ruleCode: 'WORKING_DAYS:5' } });
    }
    for (let index = 0; index < (spec.report.reactions ?? 0); index++) {
      await prisma.reportReaction.create({ data: { authorKind: 'PROFESSIONAL', receivedAt: new Date(spec.report.sentAt.getTime() + DAY), reportId: report.id, reportVersionId: version.id, text: 'Reactie.' } });
    }
  }
  if (spec.escalation) {
    await prisma.escalation.create({ data: { caseId, raisedAt: spec.escalation.raisedAt, reason: 'BEYOND_NORM', resolvedAt: spec.escalation.resolvedAt } });
  }
  if (spec.evaluation) {
    await prisma.evaluation.create({ data: { caseId, dueAt: spec.evaluation.dueAt, heldAt: spec.evaluation.heldAt, mode: 'WRITTEN', sequence: 1 } });
  }
  for (const answer of spec.feedback ?? []) {
    await prisma.feedback.create({ data: { caseId, formToken: randomUUID(), respondedAt: answer.respondedAt, respondentKind: answer.kind, score: answer.score } });
  }
  return { caseNumber, id: caseId };
}

/** A date `days` days after `from`. */
export function daysAfter(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY);
}

let recorderId: Promise<string> | undefined;

/** The user decisions are recorded by in these tests; one per run. */
function recorder(prisma: PrismaClient): Promise<string> {
  recorderId ??= prisma.user.create({ data: { displayName: 'Test notulist', username: `notulist.${randomUUID().slice(0, 8)}` } }).then((user) => user.id);
  return recorderId;
}

/** The test processes of monitoring: a case that waits at a service task, and one that ends at once (test/fixtures). */
export const MONITORING_PROCESS = {
  check: 'check-data',
  checkJobType: 'test-monitoring-check',
  done: 'test-monitoring-done',
  running: 'test-monitoring-case',
  runningName: 'Testcasus monitoring',
} as const;

export async function deployMonitoringProcesses(engine: ProcessEngine): Promise<void> {
  const fixture = (name: string) => ({ content: readFileSync(join(__dirname, '..', 'fixtures', name)), name });
  await engine.deploy([fixture('monitoring-case.bpmn'), fixture('monitoring-done.bpmn')]);
}
