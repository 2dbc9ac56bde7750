import { Injectable } from '@nestjs/common';
import { AuditOutcome, AuditService } from '../audit/audit.service';
import { onBehalfOf } from '../auth/access-policy';
import { Actor, Membership, Principal } from '../auth/principal';
import { Prisma } from '../generated/prisma/client';
import { Role } from '../generated/prisma/enums';
import { NotProcessOwnerError } from './model.errors';

/** Audit actions of the modeler; the resource is always 'model'. */
export enum ModelAction {
  Approve = 'MODEL_APPROVE',
  Propose = 'MODEL_PROPOSE',
  Read = 'MODEL_READ',
  Reject = 'MODEL_REJECT',
  Restore = 'MODEL_VERSION_RESTORE',
  Save = 'MODEL_VERSION_SAVE',
  Validate = 'MODEL_VALIDATE',
}

/**
 * The membership under which someone may edit, propose and approve models: process owner, else
 * administrator. The models are shared by every region, so a process owner of any region may; who may
 * approve a proposal also depends on the proposer's region (src/models/approval/approval-scope.ts).
 */
export function modelEditorMembership(principal: Principal): Membership | undefined {
  return principal.memberships.find((m) => m.role === Role.PROCESS_OWNER) ?? principal.memberships.find((m) => m.role === Role.ADMINISTRATOR);
}

/** Who may work on the models, and the audit of what they did (resource 'model', never case data). */
@Injectable()
export class ModelAccessService {
  constructor(private readonly audit: AuditService) {}

  /** The actor's editor membership; a refusal is audited and thrown. */
  async authorise(actor: Actor, action: ModelAction, details: Prisma.InputJsonObject): Promise<Membership> {
    const membership = modelEditorMembership(actor.principal);
    if (membership) return membership;
    await this.audit.recordAlone(actor, { action, details, outcome: AuditOutcome.Denied, resource: 'model' });
    throw new NotProcessOwnerError();
  }

  record(tx: Prisma.TransactionClient, actor: Actor, membership: Membership, action: ModelAction, details: Prisma.InputJsonObject): Promise<void> {
    return this.audit.record(tx, actor, { action, details, onBehalfOf: onBehalfOf(membership), outcome: AuditOutcome.Allowed, resource: 'model' });
  }

  /** An allowed attempt that changed nothing (a refused model, a four-eyes refusal). */
  recordFailure(actor: Actor, membership: Membership | undefined, action: ModelAction, details: Prisma.InputJsonObject, outcome = AuditOutcome.Failed): Promise<void> {
    return this.audit.recordAlone(actor, { action, details, onBehalfOf: onBehalfOf(membership), outcome, resource: 'model' });
  }
}
