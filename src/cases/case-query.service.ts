import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '../audit/audit.service';
import { Actor } from '../auth/principal';
import { PrismaService } from '../database/prisma.service';
import { CaseAccessService } from './case-access.service';
import { CASE_DETAIL_INCLUDE } from './case-detail.include';
import { CaseDetail, toCaseDetail } from './case-detail.mapper';
import { visibleCasesWhere } from './case-visibility';
import { ListCasesQuery } from './dto/list-cases.query';

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
      return { auditDetails: { basis: grant.basis }, value: toCaseDetail(record) };
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
      const items = rows.map(({ _count, ...row }) => ({ ...row, childrenCount: _count.children }));
      return { items, limit: query.limit, offset: query.offset, total };
    });
  }
}
