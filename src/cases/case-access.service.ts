import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '../audit/audit.service';
import { AccessBasis, CaseAccessFacts, CaseAction, decideCaseAccess, onBehalfOf } from '../auth/access-policy';
import { Actor, Membership } from '../auth/principal';
import { PrismaService } from '../database/prisma.service';
import { DomainError } from '../errors/domain-error';
import { Prisma } from '../generated/prisma/client';
import { CaseActionNotPermittedError, CaseNotFoundError } from './case.errors';
import { lockCaseRow } from './case-row.lock';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What an operation on one case is, as the policy and the audit log see it. */
export interface CaseOperation {
  /** What the policy checks. */
  action: CaseAction;
  /** What the audit log calls it, e.g. READ_CASE, WITHDRAW_REFERRAL. */
  auditAction: string;
  /** What part of the case, e.g. case, referral, information_request. */
  resource: string;
  /**
   * For an operation that shows no case content (the next step: a role and a date): whether someone
   * the policy does not let see the case may still do it, e.g. because they just completed a task of
   * it. Such a grant has the basis 'task'.
   */
  alsoAllowed?(tx: Prisma.TransactionClient): Promise<boolean>;
}

/** The grant an operation runs under. */
export interface CaseGrant {
  basis: AccessBasis | 'task';
  facts: CaseAccessFacts;
  membership: Membership | null;
}

/** What an operation may add to its audit row: ids, codes and counts only. */
export interface AuditedResult<T> {
  auditDetails?: Prisma.InputJsonValue;
  value: T;
}

/**
 * Runs every read and change of one case: in one transaction it loads the facts the access policy
 * needs (locking the case row for changes), decides, does the work, and writes the audit row. A
 * refusal is audited and committed too, and then answered as "not found" (or "not permitted" when the
 * user may see the case), never revealing whether a case exists to someone who may not see it.
 */
@Injectable()
export class CaseAccessService {
  constructor(
    private readonly audit: AuditService,
    private readonly prisma: PrismaService,
  ) {}

  async run<T>(actor: Actor, caseId: string, operation: CaseOperation, work: (tx: Prisma.TransactionClient, grant: CaseGrant) => Promise<AuditedResult<T>>): Promise<T> {
    const entry = { action: operation.auditAction, resource: operation.resource };
    if (!UUID.test(caseId)) {
      await this.audit.recordAlone(actor, { ...entry, details: { reason: 'NO_SUCH_CASE' }, outcome: AuditOutcome.Denied });
      throw new CaseNotFoundError();
    }
    let result: { denied: 'NOT_VISIBLE' | 'ACTION_NOT_PERMITTED' } | { value: T };
    try {
      result = await this.prisma.$transaction(async (tx) => {
        const facts = await this.loadFacts(tx, caseId, operation.action !== 'read');
        let decision: { allowed: true; basis: CaseGrant['basis']; membership: Membership | null } | ReturnType<typeof decideCaseAccess> | undefined = facts ? decideCaseAccess(actor.principal, operation.action, facts) : undefined;
        if (facts && decision && !decision.allowed && decision.reason === 'NOT_VISIBLE' && (await operation.alsoAllowed?.(tx))) decision = { allowed: true, basis: 'task', membership: null };
        if (!facts || !decision?.allowed) {
          const reason = !facts ? 'NO_SUCH_CASE' : decision && !decision.allowed ? decision.reason : 'NOT_VISIBLE';
          await this.audit.record(tx, actor, { ...entry, caseId, details: { reason }, outcome: AuditOutcome.Denied });
          return { denied: reason === 'ACTION_NOT_PERMITTED' ? 'ACTION_NOT_PERMITTED' : 'NOT_VISIBLE' } as const;
        }
        const done = await work(tx, { basis: decision.basis, facts, membership: decision.membership });
        await this.audit.record(tx, actor, {
          ...entry,
          caseId,
          details: done.auditDetails ?? { basis: decision.basis },
          onBehalfOf: onBehalfOf(decision.membership),
          outcome: AuditOutcome.Allowed,
        });
        return { value: done.value };
      });
    } catch (error) {
      // The transaction rolled back, so nothing changed; the attempt is still on record.
      if (error instanceof DomainError) {
        await this.audit.recordAlone(actor, { ...entry, caseId, details: { code: error.code }, outcome: AuditOutcome.Failed });
      }
      throw error;
    }
    if ('denied' in result) throw result.denied === 'NOT_VISIBLE' ? new CaseNotFoundError() : new CaseActionNotPermittedError(operation.action);
    return result.value;
  }

  private async loadFacts(tx: Prisma.TransactionClient, caseId: string, lock: boolean): Promise<CaseAccessFacts | undefined> {
    if (lock) await lockCaseRow(tx, caseId);
    const found = await tx.case.findUnique({
      select: {
        participants: { select: { organisationId: true, removedAt: true, role: true, userId: true } },
        referral: { select: { referrerId: true, referrerOrganisationId: true } },
        regionId: true,
        table: { select: { regionId: true } },
      },
      where: { id: caseId },
    });
    if (!found) return undefined;
    return {
      participants: found.participants.map(({ organisationId, removedAt, role, userId }) => ({ organisationId, removed: removedAt !== null, role, userId })),
      referrerId: found.referral?.referrerId ?? null,
      referrerOrganisationId: found.referral?.referrerOrganisationId ?? null,
      regionId: found.regionId,
      tableRegionId: found.table.regionId,
    };
  }
}
