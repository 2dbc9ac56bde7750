import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { Actor } from '../../auth/principal';
import { PrismaService } from '../../database/prisma.service';
import { EngineError, EngineErrorCode } from '../../engine/engine.errors';
import { ModelProposalStatus } from '../../generated/prisma/enums';
import { AuditOutcome } from '../../audit/audit.service';
import { ModelAnalyzer } from '../analysis/model-analyzer.service';
import { ModelAccessService, ModelAction } from '../model-access.service';
import { ModelDeploymentService } from '../model-deployment.service';
import {
  AlreadyDeployedError,
  ApprovalScopeError,
  EngineUnavailableForDeploymentError,
  FourEyesError,
  ModelDeploymentRejectedError,
  ModelRejectedError,
  ModelVersionNotFoundError,
  ProposalNotFoundError,
  ProposalNotPendingError,
} from '../model.errors';
import { ModelValidator } from '../validation/model-validator.service';
import { ModelVersionRepository } from '../versions/model-version.repository';
import { rulesOf } from '../versions/model-version.service';
import { decideApprovalScope } from './approval-scope';

const PROPOSAL_VIEW = { version: { select: { authorId: true, authorName: true, comment: true, number: true } } } as const;

/**
 * The four-eyes route to the engine: one process owner proposes a version that passes every check,
 * a second one (neither the proposer nor the version's author, and not of the proposer's region
 * only: approval-scope.ts) approves it with a comment, and only then does the service deploy it.
 * The checks run again at approval, against the workers running then.
 */
@Injectable()
export class ModelApprovalService {
  private readonly logger = new Logger('Models');

  constructor(
    private readonly access: ModelAccessService,
    private readonly analyzer: ModelAnalyzer,
    private readonly deployments: ModelDeploymentService,
    private readonly prisma: PrismaService,
    private readonly repository: ModelVersionRepository,
    private readonly validator: ModelValidator,
  ) {}

  async propose(actor: Actor, processId: string, number: number, comment: string) {
    const membership = await this.access.authorise(actor, ModelAction.Propose, { processId, version: number });
    const version = await this.repository.find(processId, number);
    if (!version) throw new ModelVersionNotFoundError(processId, number);
    const report = await this.validator.validate(version.xml, processId);
    if (report.errorCount > 0) {
      await this.access.recordFailure(actor, membership, ModelAction.Propose, { processId, rules: rulesOf(report), version: number });
      throw new ModelRejectedError(report.problems, `Version ${number}`);
    }
    const inUse = await this.prisma.modelDeployment.findFirst({ orderBy: { deployedAt: 'desc' }, where: { bpmnProcessId: processId } });
    if (inUse?.checksum === version.checksum) throw new AlreadyDeployedError(processId, number);
    return this.prisma.$transaction(async (tx) => {
      await this.repository.lock(tx, processId);
      // One open proposal per model: a newer one replaces the one still waiting.
      await tx.modelProposal.updateMany({ data: { status: ModelProposalStatus.SUPERSEDED }, where: { bpmnProcessId: processId, status: ModelProposalStatus.PENDING } });
      const proposal = await tx.modelProposal.create({
        data: { bpmnProcessId: processId, comment, proposerId: actor.principal.userId, proposerName: actor.principal.displayName, versionId: version.id },
        include: PROPOSAL_VIEW,
      });
      await this.access.record(tx, actor, membership, ModelAction.Propose, { processId, proposalId: proposal.id, version: number });
      return proposal;
    });
  }

  async approve(actor: Actor, proposalId: string, comment: string) {
    const membership = await this.access.authorise(actor, ModelAction.Approve, { proposalId });
    const proposal = await this.prisma.modelProposal.findUnique({ include: { version: true }, where: { id: proposalId } });
    if (!proposal) throw new ProposalNotFoundError(proposalId);
    const details = { processId: proposal.bpmnProcessId, proposalId, version: proposal.version.number };
    if (proposal.status !== ModelProposalStatus.PENDING) throw new ProposalNotPendingError(proposal.status);
    const userId = actor.principal.userId;
    if (proposal.proposerId === userId || proposal.version.authorId === userId) {
      await this.access.recordFailure(actor, membership, ModelAction.Approve, details, AuditOutcome.Denied);
      throw new FourEyesError(proposal.proposerId === userId ? 'proposer' : 'author');
    }
    // Every model is used by every region (regions differ in settings, not in models), so every
    // approval needs a second region's or a national view. The proposer's roles are read as they are
    // now, as the approver's are: someone who lost their role since proposing counts for no region.
    const proposerMemberships = await this.prisma.roleMembership.findMany({ select: { organisationId: true, regionId: true, role: true }, where: { userId: proposal.proposerId } });
    const scope = decideApprovalScope(actor.principal.memberships, proposerMemberships);
    if (!scope.allowed) {
      await this.access.recordFailure(actor, membership, ModelAction.Approve, { ...details, proposerRegions: scope.proposerRegionIds }, AuditOutcome.Denied);
      throw new ApprovalScopeError(await this.regionNames(scope.proposerRegionIds));
    }
    // The audit log keeps ids and codes, never free text; the comment's hash in the hash-chained log
    // proves that the comment kept with the proposal is the one given at approval.
    const approval = { ...details, commentSha256: createHash('sha256').update(comment).digest('hex'), scope: scope.basis };
    const report = await this.validator.validate(proposal.version.xml, proposal.bpmnProcessId);
    if (report.errorCount > 0) {
      await this.settle(proposalId, ModelProposalStatus.FAILED, actor, `Refused by the deployment guard: ${rulesOf(report).join(', ')}`);
      await this.access.recordFailure(actor, membership, ModelAction.Approve, { ...approval, rules: rulesOf(report) });
      throw new ModelRejectedError(report.problems, `Version ${proposal.version.number}`);
    }
    const claimed = await this.prisma.modelProposal.updateMany({
      data: { decidedAt: new Date(), deciderId: userId, deciderName: actor.principal.displayName, decisionNote: comment, status: ModelProposalStatus.DEPLOYING },
      where: { id: proposalId, status: ModelProposalStatus.PENDING },
    });
    if (claimed.count === 0) throw new ProposalNotPendingError('decided by someone else');
    try {
      // The engine gets the version as bpmn-js writes it; the checksum stays the version's, to name it.
      const content = await this.analyzer.canonical(proposal.version.xml);
      const file = { checksum: proposal.version.checksum, content, processId: proposal.bpmnProcessId, resourceName: `${proposal.bpmnProcessId}.bpmn` };
      await this.deployments.deploy([file], 'modeler', async (tx, { deployment, rows }) => {
        const row = rows.find((candidate) => candidate.bpmnProcessId === proposal.bpmnProcessId);
        await tx.modelProposal.update({
          data: { deploymentKey: deployment.key, engineVersion: row?.version, processDefinitionKey: row?.processDefinitionKey, status: ModelProposalStatus.DEPLOYED },
          where: { id: proposalId },
        });
        await this.access.record(tx, actor, membership, ModelAction.Approve, { ...approval, engineVersion: row?.version ?? null, processDefinitionKey: row?.processDefinitionKey ?? null });
      });
    } catch (error) {
      throw await this.deploymentFailed(actor, membership, proposalId, approval, error);
    }
    return this.prisma.modelProposal.findUniqueOrThrow({ include: PROPOSAL_VIEW, where: { id: proposalId } });
  }

  /** Rejecting (by another process owner) or withdrawing (by the proposer) closes a proposal without deploying. */
  async reject(actor: Actor, proposalId: string, reason: string) {
    const membership = await this.access.authorise(actor, ModelAction.Reject, { proposalId });
    const proposal = await this.prisma.modelProposal.findUnique({ where: { id: proposalId } });
    if (!proposal) throw new ProposalNotFoundError(proposalId);
    return this.prisma.$transaction(async (tx) => {
      const closed = await tx.modelProposal.updateMany({
        data: { decidedAt: new Date(), deciderId: actor.principal.userId, deciderName: actor.principal.displayName, decisionNote: reason, status: ModelProposalStatus.REJECTED },
        where: { id: proposalId, status: ModelProposalStatus.PENDING },
      });
      if (closed.count === 0) throw new ProposalNotPendingError(proposal.status);
      await this.access.record(tx, actor, membership, ModelAction.Reject, { processId: proposal.bpmnProcessId, proposalId });
      return tx.modelProposal.findUniqueOrThrow({ include: PROPOSAL_VIEW, where: { id: proposalId } });
    });
  }

  /** Who proposed and approved which version when, and every deployment with the engine's keys. */
  async history(actor: Actor, processId: string) {
    await this.access.authorise(actor, ModelAction.Read, { processId });
    const [proposals, deployments] = await Promise.all([
      this.prisma.modelProposal.findMany({ include: PROPOSAL_VIEW, orderBy: { proposedAt: 'desc' }, where: { bpmnProcessId: processId } }),
      this.prisma.modelDeployment.findMany({ orderBy: { deployedAt: 'desc' }, where: { bpmnProcessId: processId } }),
    ]);
    return {
      deployments: await Promise.all(
        deployments.map(async (row) => ({
          deployedAt: row.deployedAt,
          deploymentKey: row.deploymentKey,
          engineVersion: row.version,
          processDefinitionKey: row.processDefinitionKey,
          source: row.source,
          versionNumber: await this.repository.numberOfContent(processId, row.checksum),
        })),
      ),
      proposals,
    };
  }

  async pending(actor: Actor) {
    await this.access.authorise(actor, ModelAction.Read, {});
    return this.prisma.modelProposal.findMany({ include: PROPOSAL_VIEW, orderBy: { proposedAt: 'asc' }, where: { status: ModelProposalStatus.PENDING } });
  }

  /** Region names for a message a person reads; an id whose region is gone stays an id. */
  private async regionNames(regionIds: string[]): Promise<string[]> {
    const regions = await this.prisma.region.findMany({ select: { id: true, name: true }, where: { id: { in: regionIds } } });
    return regionIds.map((id) => regions.find((region) => region.id === id)?.name ?? id).sort();
  }

  private async settle(proposalId: string, status: ModelProposalStatus, actor: Actor | null, note: string | null): Promise<void> {
    await this.prisma.modelProposal.update({
      data: actor
        ? { decidedAt: new Date(), deciderId: actor.principal.userId, deciderName: actor.principal.displayName, decisionNote: note, status }
        : { decidedAt: null, deciderId: null, deciderName: null, decisionNote: note, status },
      where: { id: proposalId },
    });
  }

  /**
   * Nothing was deployed: a refusing engine closes the proposal; anything else (an unreachable engine,
   * a failure of our own) leaves it open to be approved again, which is safe because the engine
   * answers a repeated deployment of the same content with the version it already has.
   */
  private async deploymentFailed(actor: Actor, membership: Parameters<ModelAccessService['record']>[2], proposalId: string, details: Record<string, string | number>, error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    this.logger.warn(`Deploying proposal ${proposalId} failed: ${message}`);
    if (error instanceof EngineError && error.code !== EngineErrorCode.Unavailable) {
      await this.settle(proposalId, ModelProposalStatus.FAILED, actor, `The engine refused it: ${message.slice(0, 1000)}`);
      await this.access.recordFailure(actor, membership, ModelAction.Approve, { ...details, engine: 'rejected' });
      return new ModelDeploymentRejectedError(message);
    }
    await this.settle(proposalId, ModelProposalStatus.PENDING, null, null);
    await this.access.recordFailure(actor, membership, ModelAction.Approve, { ...details, engine: 'unavailable' });
    return error instanceof EngineError ? new EngineUnavailableForDeploymentError(message) : error;
  }
}
