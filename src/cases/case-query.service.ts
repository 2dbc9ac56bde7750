import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '../audit/audit.service';
import { Actor } from '../auth/principal';
import { PrismaService } from '../database/prisma.service';
import { DeadlineKind, MeetingKind, MeetingStatus, Prisma } from '../generated/prisma/client';
import { CaseAccessService } from './case-access.service';
import { CASE_DETAIL_INCLUDE } from './case-detail.include';
import { CaseDetail, toCaseDetail } from './case-detail.mapper';
import { visibleCasesWhere } from './case-visibility';
import { ListCasesQuery } from './dto/list-cases.query';
import { recordFacts } from './next-step/case-next-step.service';
import { nextSteps } from './next-step/next-step';

const SUMMARY_SELECT = {
  _count: { select: { children: true } },
  caseNumber: true,
  createdAt: true,
  entryType: true,
  id: true,
  municipality: { select: { id: true, name: true } },
  referredAt: true,
  region: { select: { id: true, name: true } },
  status: true,
  table: { select: { id: true, name: true } },
  track: true,
} as const;

/** Reading cases: one case with its chronology, or the list of cases the user may see. Every read is audited. */
@Injectable()
export class CaseQueryService {
  constructor(
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly prisma: PrismaService,
  ) {}

  get(actor: Actor, caseId: string): Promise<CaseDetail> {
    return this.access.run(actor, caseId, { action: 'read', auditAction: 'READ_CASE', resource: 'case' }, async (tx, grant) => {
      const record = await tx.case.findUniqueOrThrow({ include: CASE_DETAIL_INCLUDE, where: { id: caseId } });
      return { auditDetails: { basis: grant.basis }, value: toCaseDetail(record, { grant, principal: actor.principal }) };
    });
  }

  /** The cases the user may see, newest first, without personal data; each listed case is audited. */
  async list(actor: Actor, query: ListCasesQuery) {
    return this.prisma.$transaction(async (tx) => {
      const where = {
        AND: [visibleCasesWhere(actor.principal), ...(query.status ? [{ status: query.status }] : []), ...(query.regionId ? [{ regionId: query.regionId }] : [])],
      };
      const [total, rows] = await Promise.all([
        tx.case.count({ where }),
        tx.case.findMany({ orderBy: [{ referredAt: 'desc' }, { id: 'asc' }], select: SUMMARY_SELECT, skip: query.offset, take: query.limit, where }),
      ]);
      await this.audit.recordMany(
        tx,
        actor,
        rows.map((row) => ({ action: 'LIST_CASES', caseId: row.id, outcome: AuditOutcome.Allowed, resource: 'case_summary' })),
      );
      const extras = await listExtras(tx, rows);
      const items = rows.map(({ _count, ...row }) => ({ ...row, childrenCount: _count.children, ...extras.get(row.id)! }));
      return { items, limit: query.limit, offset: query.offset, total };
    });
  }
}

/**
 * What the list shows beside each case besides its summary: the next step and who holds it, the
 * meeting (the next one planned, else the last one held) and the norm date. Four queries for the page.
 */
async function listExtras(tx: Prisma.TransactionClient, rows: { id: string; status: Parameters<typeof nextSteps>[0]['status'] }[]) {
  const ids = rows.map((row) => row.id);
  const now = new Date();
  const [facts, norms, meetings] = await Promise.all([
    recordFacts(tx, rows, now),
    tx.deadline.findMany({ orderBy: { computedAt: 'desc' }, select: { caseId: true, dueAt: true, metAt: true }, where: { caseId: { in: ids }, cancelledAt: null, kind: DeadlineKind.MEETING_NORM } }),
    tx.meeting.findMany({ orderBy: { startsAt: 'asc' }, select: { caseId: true, startsAt: true, status: true }, where: { caseId: { in: ids }, kind: MeetingKind.TABLE, status: { not: MeetingStatus.CANCELLED } } }),
  ]);
  return new Map(
    ids.map((id) => {
      const own = meetings.filter((meeting) => meeting.caseId === id);
      const meeting = own.find((candidate) => candidate.status === MeetingStatus.PLANNED) ?? own.filter((candidate) => candidate.status === MeetingStatus.HELD).at(-1) ?? null;
      const norm = norms.find((deadline) => deadline.caseId === id) ?? null;
      return [id, {
        meetingAt: meeting?.startsAt ?? null,
        nextStep: nextSteps(facts.get(id)!).steps[0] ?? null,
        norm: norm && { dueAt: norm.dueAt, metAt: norm.metAt },
      }];
    }),
  );
}
