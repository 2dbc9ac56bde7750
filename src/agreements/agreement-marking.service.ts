import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '../audit/audit.service';
import { Actor } from '../auth/principal';
import { CaseAccessService, CaseGrant } from '../cases/case-access.service';
import { CaseProcessMessenger } from '../cases/process-messages/case-process.messenger';
import { PrismaService } from '../database/prisma.service';
import { AgreementMarkChannel, Role } from '../generated/prisma/client';
import { AgreementMarkNotPermittedError, AgreementNotFoundError } from './agreement.errors';
import { recordMark } from './agreement-marks';
import { AgreementRow, AgreementView, loadAgreements, toAgreementView } from './agreement-view';
import { MarkAgreementDto } from './dto/mark-agreement.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The one who watches over the agreement, or a chair of the case's table, may mark it. */
export function mayMarkAgreement(actor: Actor, grant: Pick<CaseGrant, 'basis' | 'membership'>, agreement: { watcherUserId: string | null }): boolean {
  return agreement.watcherUserId === actor.principal.userId || (grant.basis === 'table' && grant.membership?.role === Role.CHAIR);
}

/**
 * Agreements in the case view (issue 13): every participant who may read the case sees them with
 * their state and marks; the one who watches over an agreement (or the chair) marks it at any time.
 * A mark made here also tells the agreement's process (message jbt-agreement-marked), which then
 * takes the same path as after the watcher's task; an open task is withdrawn by it.
 */
@Injectable()
export class AgreementMarkingService {
  constructor(
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly messenger: CaseProcessMessenger,
    private readonly prisma: PrismaService,
  ) {}

  list(actor: Actor, caseId: string): Promise<AgreementView[]> {
    return this.access.run(actor, caseId, { action: 'read', auditAction: 'READ_AGREEMENTS', resource: 'agreement' }, async (tx, grant) => {
      const rows = await loadAgreements(tx, caseId);
      return { auditDetails: { basis: grant.basis, count: rows.length }, value: rows.map((row) => toAgreementView(row, (candidate) => mayMarkAgreement(actor, grant, candidate))) };
    });
  }

  async mark(actor: Actor, agreementId: string, dto: MarkAgreementDto, now = new Date()): Promise<AgreementView> {
    const caseId = await this.caseOf(actor, agreementId);
    const view = await this.access.run(actor, caseId, { action: 'read', auditAction: 'MARK_AGREEMENT', resource: 'agreement' }, async (tx, grant) => {
      const [agreement] = await loadAgreements(tx, caseId, { id: agreementId });
      if (!mayMarkAgreement(actor, grant, agreement)) throw new AgreementMarkNotPermittedError();
      const mark = await recordMark(tx, caseId, agreementId, { ...dto, channel: AgreementMarkChannel.CASE_VIEW }, { id: actor.principal.userId, name: actor.principal.displayName }, now);
      await this.messenger.agreementMarked(tx, caseId, agreementId, mark.markId, mark.state);
      const [after] = await loadAgreements(tx, caseId, { id: agreementId });
      return { auditDetails: { agreementId, markId: mark.markId, state: mark.state }, value: toAgreementView(after, (row: AgreementRow) => mayMarkAgreement(actor, grant, row), now) };
    });
    this.messenger.deliverSoon();
    return view;
  }

  /** The agreement's case; an unknown agreement answers like a case one may not see. */
  private async caseOf(actor: Actor, agreementId: string): Promise<string> {
    const found = UUID.test(agreementId) ? await this.prisma.decisionAgreement.findUnique({ select: { decision: { select: { caseId: true } } }, where: { id: agreementId } }) : null;
    if (!found) {
      await this.audit.recordAlone(actor, { action: 'MARK_AGREEMENT', details: { reason: 'NO_SUCH_AGREEMENT' }, outcome: AuditOutcome.Denied, resource: 'agreement' });
      throw new AgreementNotFoundError();
    }
    return found.decision.caseId;
  }
}
