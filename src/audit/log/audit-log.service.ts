import { Injectable } from '@nestjs/common';
import { Actor } from '../../auth/principal';
import { dutchToday } from '../../cases/child-age';
import { PrismaService } from '../../database/prisma.service';
import { amsterdamInstant } from '../../seed/amsterdam-time';
import { AuditOutcome, AuditService } from '../audit.service';
import { SqlReader, verifyAuditChain } from '../chain/audit-chain.verifier';
import { AuditCheckpointSigner } from '../chain/audit-checkpoint.signer';
import { AuditLogScope, auditLogScope } from './audit-log-access.policy';
import { auditLogCsv, auditLogFileName } from './audit-log.csv';
import { AuditLogForbiddenError, AuditPeriodInvalidError } from './audit-log.errors';
import { AuditLogFilterQuery, AuditLogPageQuery } from './audit-log.query.dto';
import { AuditLogFilter, AuditLogRepository, AuditLogRow } from './audit-log.repository';
import { AuditActorResponse, AuditChainStatusResponse, AuditLogEntryResponse, AuditLogPageResponse } from './audit-log.response';

/** An export holds at most this many rows; a longer period is exported in parts. */
export const EXPORT_MAX_ROWS = 100_000;

const nextDay = (day: string) => new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + 1)).toISOString().slice(0, 10);

function actorOf(row: AuditLogRow): AuditActorResponse {
  const id = row.actor_id;
  if (id === null) return { kind: 'anonymous', label: '', userId: null, username: null };
  if (id.startsWith('system:')) return { kind: 'system', label: id.slice('system:'.length), userId: null, username: null };
  if (/^[a-z-]+-link:/.test(id)) return { kind: 'link', label: id.slice(0, id.indexOf(':')), userId: null, username: null };
  return { kind: 'user', label: row.actor_display_name ?? id, userId: id, username: row.actor_username };
}

function toEntry(row: AuditLogRow): AuditLogEntryResponse {
  const [role, organisationId] = row.on_behalf_of?.split('@') ?? [];
  return {
    action: row.action,
    actor: actorOf(row),
    allowed: row.outcome !== AuditOutcome.Denied,
    case: row.case_id ? { caseNumber: row.case_number, id: row.case_id } : null,
    clientIp: row.client_ip,
    details: row.details ?? null,
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    onBehalfOf: role && organisationId ? { organisationId, organisationName: row.organisation_name, role } : null,
    outcome: row.outcome,
    resource: row.resource,
    seq: row.seq,
  };
}

/**
 * The audit log for a privacy officer (NEN 7513): who read or changed which case, when, from where,
 * on whose behalf and whether it was allowed; filtered by case, user, period and outcome; as pages or
 * CSV; and the state of the hash chain. Every look at the log is itself written to it.
 */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly audit: AuditService,
    private readonly prisma: PrismaService,
    private readonly repository: AuditLogRepository,
    private readonly signer: AuditCheckpointSigner,
  ) {}

  async page(actor: Actor, query: AuditLogPageQuery): Promise<AuditLogPageResponse> {
    const scope = await this.scope(actor, 'READ_AUDIT_LOG');
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const filter = await this.filter(query);
    const { rows, total } = filter ? await this.repository.page(scope, filter, limit, offset) : { rows: [], total: 0 };
    await this.recordRead(actor, 'READ_AUDIT_LOG', query, filter, total);
    return { items: rows.map(toEntry), limit, offset, total };
  }

  async export(actor: Actor, query: AuditLogFilterQuery): Promise<{ csv: string; fileName: string; rows: number }> {
    const scope = await this.scope(actor, 'EXPORT_AUDIT_LOG');
    const filter = await this.filter(query);
    const rows = filter ? await this.repository.all(scope, filter, EXPORT_MAX_ROWS) : [];
    await this.recordRead(actor, 'EXPORT_AUDIT_LOG', query, filter, rows.length);
    return { csv: auditLogCsv(rows.map(toEntry)), fileName: auditLogFileName(query.from, query.to, dutchToday()), rows: rows.length };
  }

  /** Checks the whole chain now (as `npm run audit:verify` does), in one consistent snapshot. */
  async chainStatus(actor: Actor): Promise<AuditChainStatusResponse> {
    await this.scope(actor, 'VERIFY_AUDIT_LOG');
    const report = await this.prisma.$transaction(
      (tx) => {
        const read: SqlReader = (sql, params) => tx.$queryRawUnsafe(sql, ...params);
        return verifyAuditChain(read, { signer: this.signer });
      },
      { isolationLevel: 'RepeatableRead', timeout: 5 * 60_000 },
    );
    await this.audit.recordAlone(actor, { action: 'VERIFY_AUDIT_LOG', details: { intact: report.intact, problems: report.problems.length, rows: report.rowsChecked }, outcome: AuditOutcome.Allowed, resource: 'audit_log' });
    return {
      checkedAt: new Date().toISOString(),
      firstSeq: report.firstSeq,
      headSeq: report.headSeq,
      intact: report.intact,
      problems: report.problems.map((problem) => ({ kind: problem.kind, message: problem.message, seq: problem.seq ?? null })),
      rowsChecked: report.rowsChecked,
    };
  }

  private async scope(actor: Actor, action: string): Promise<AuditLogScope> {
    const scope = auditLogScope(actor.principal);
    if (scope.kind !== 'none') return scope;
    await this.audit.recordAlone(actor, { action, details: { reason: 'NOT_PRIVACY_OFFICER' }, outcome: AuditOutcome.Denied, resource: 'audit_log' });
    throw new AuditLogForbiddenError();
  }

  /** The filters as ids and instants; undefined when a named case or user does not exist (nothing matches). */
  private async filter(query: AuditLogFilterQuery): Promise<AuditLogFilter | undefined> {
    if (query.from && query.to && query.to < query.from) throw new AuditPeriodInvalidError();
    let caseId = query.caseId;
    if (query.caseNumber) {
      const found = await this.prisma.case.findUnique({ select: { id: true }, where: { caseNumber: query.caseNumber.trim().toUpperCase() } });
      if (!found || (caseId && caseId !== found.id)) return undefined;
      caseId = found.id;
    }
    let userId = query.userId;
    if (query.username) {
      const found = await this.prisma.user.findUnique({ select: { id: true }, where: { username: query.username.trim().toLowerCase() } });
      if (!found || (userId && userId !== found.id)) return undefined;
      userId = found.id;
    }
    return {
      caseId,
      from: query.from ? amsterdamInstant(query.from, '00:00') : undefined,
      outcome: query.outcome,
      to: query.to ? amsterdamInstant(nextDay(query.to), '00:00') : undefined,
      userId,
    };
  }

  private async recordRead(actor: Actor, action: string, query: AuditLogFilterQuery, filter: AuditLogFilter | undefined, rows: number): Promise<void> {
    const filters = { caseId: filter?.caseId ?? null, from: query.from ?? null, outcome: query.outcome ?? null, to: query.to ?? null, userId: filter?.userId ?? null };
    await this.audit.recordAlone(actor, { action, caseId: filter?.caseId ?? null, details: { filters, rows }, outcome: AuditOutcome.Allowed, resource: 'audit_log' });
  }
}
