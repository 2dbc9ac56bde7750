import { Injectable } from '@nestjs/common';
import { Actor } from '../../auth/principal';
import { PrismaService } from '../../database/prisma.service';
import { ModelProposalStatus, ModelVersionOrigin } from '../../generated/prisma/enums';
import { checksumOf } from '../bpmn-directory';
import { ModelAnalyzer } from '../analysis/model-analyzer.service';
import { ModelAccessService, ModelAction } from '../model-access.service';
import { ModelRejectedError, ModelUnchangedError, ModelVersionNotFoundError } from '../model.errors';
import { ModelValidator, ValidationReport } from '../validation/model-validator.service';
import { ModelDiff } from './model-diff';
import { ModelVersionRepository, VersionSummary } from './model-version.repository';
import { ShippedModelsService } from './shipped-models.service';

/** One model as the model list shows it. */
export interface ModelSummary {
  /** The version the engine runs for new cases, if it was deployed. */
  deployed: { deployedAt: Date; engineVersion: number; processDefinitionKey: string; source: string; versionNumber: number | null } | null;
  latest: VersionSummary;
  name: string | null;
  pendingProposal: { id: string; proposedAt: Date; proposerName: string; versionNumber: number } | null;
  processId: string;
  versionCount: number;
}

/** Saving, listing, restoring and comparing the versions of the models. */
@Injectable()
export class ModelVersionService {
  constructor(
    private readonly access: ModelAccessService,
    private readonly analyzer: ModelAnalyzer,
    private readonly prisma: PrismaService,
    private readonly repository: ModelVersionRepository,
    private readonly shipped: ShippedModelsService,
    private readonly validator: ModelValidator,
  ) {}

  async listModels(actor: Actor): Promise<ModelSummary[]> {
    await this.access.authorise(actor, ModelAction.Read, {});
    await this.shipped.ensureSynced();
    const [latest, counts, deployments, pending] = await Promise.all([
      this.repository.latestOfEach(),
      this.repository.countsByModel(),
      this.prisma.modelDeployment.findMany({ distinct: ['bpmnProcessId'], orderBy: [{ bpmnProcessId: 'asc' }, { deployedAt: 'desc' }] }),
      this.prisma.modelProposal.findMany({ include: { version: { select: { number: true } } }, where: { status: ModelProposalStatus.PENDING } }),
    ]);
    return Promise.all(
      latest.map(async (version) => {
        const deployment = deployments.find((row) => row.bpmnProcessId === version.bpmnProcessId);
        const proposal = pending.find((row) => row.bpmnProcessId === version.bpmnProcessId);
        return {
          deployed: deployment
            ? {
                deployedAt: deployment.deployedAt,
                engineVersion: deployment.version,
                processDefinitionKey: deployment.processDefinitionKey,
                source: deployment.source,
                versionNumber: await this.repository.numberOfContent(version.bpmnProcessId, deployment.checksum),
              }
            : null,
          latest: version,
          name: version.name,
          pendingProposal: proposal ? { id: proposal.id, proposedAt: proposal.proposedAt, proposerName: proposal.proposerName, versionNumber: proposal.version.number } : null,
          processId: version.bpmnProcessId,
          versionCount: counts.get(version.bpmnProcessId) ?? 0,
        };
      }),
    );
  }

  async versions(actor: Actor, processId: string): Promise<VersionSummary[]> {
    await this.access.authorise(actor, ModelAction.Read, { processId });
    await this.shipped.ensureSynced();
    const versions = await this.repository.list(processId);
    if (versions.length === 0) throw new ModelVersionNotFoundError(processId);
    return versions;
  }

  async version(actor: Actor, processId: string, number: number) {
    await this.access.authorise(actor, ModelAction.Read, { processId, version: number });
    await this.shipped.ensureSynced();
    const version = await this.repository.find(processId, number);
    if (!version) throw new ModelVersionNotFoundError(processId, number);
    return version;
  }

  async validate(actor: Actor, processId: string, xml: string): Promise<ValidationReport> {
    await this.access.authorise(actor, ModelAction.Validate, { processId });
    return this.validator.validate(xml, processId);
  }

  /**
   * Saves a draft. A draft may still have lint problems (work in progress), but a file the parser
   * refuses is not a model: it is refused with its problems and nothing is stored.
   */
  async save(actor: Actor, processId: string, xml: string, comment: string) {
    const membership = await this.access.authorise(actor, ModelAction.Save, { processId });
    const report = await this.validator.validate(xml, processId);
    if (!report.readable) {
      await this.access.recordFailure(actor, membership, ModelAction.Save, { errors: report.errorCount, processId, rules: rulesOf(report) });
      throw new ModelRejectedError(report.problems);
    }
    const checksum = checksumOf(xml);
    const version = await this.prisma.$transaction(async (tx) => {
      await this.repository.lock(tx, processId);
      const latest = await this.repository.latest(processId, tx);
      if (latest?.checksum === checksum) throw new ModelUnchangedError(processId, latest.number);
      const saved = await this.repository.append(tx, {
        authorId: actor.principal.userId,
        authorName: actor.principal.displayName,
        bpmnProcessId: processId,
        checksum,
        comment,
        errorCount: report.errorCount,
        name: report.processName,
        origin: ModelVersionOrigin.MODELER,
        warningCount: report.warningCount,
        xml,
      });
      await this.access.record(tx, actor, membership, ModelAction.Save, { errors: report.errorCount, processId, version: saved.number });
      return saved;
    });
    return { problems: report.problems, version: summaryOf(version) };
  }

  /** Saves an old version's content as the newest version, so that history only ever grows. */
  async restore(actor: Actor, processId: string, number: number, comment: string) {
    const membership = await this.access.authorise(actor, ModelAction.Restore, { processId, version: number });
    const source = await this.repository.find(processId, number);
    if (!source) throw new ModelVersionNotFoundError(processId, number);
    const report = await this.validator.validate(source.xml, processId);
    const version = await this.prisma.$transaction(async (tx) => {
      const saved = await this.repository.append(tx, {
        authorId: actor.principal.userId,
        authorName: actor.principal.displayName,
        bpmnProcessId: processId,
        checksum: source.checksum,
        comment,
        errorCount: report.errorCount,
        name: report.processName,
        origin: ModelVersionOrigin.RESTORED,
        restoredFrom: number,
        warningCount: report.warningCount,
        xml: source.xml,
      });
      await this.access.record(tx, actor, membership, ModelAction.Restore, { processId, restoredFrom: number, version: saved.number });
      return saved;
    });
    return { problems: report.problems, version: summaryOf(version) };
  }

  /** The elements added, removed, changed and moved from one version to another, computed from the parsed models. */
  async diff(actor: Actor, processId: string, from: number, to: number): Promise<ModelDiff & { from: number; to: number }> {
    const [older, newer] = await Promise.all([this.version(actor, processId, from), this.version(actor, processId, to)]);
    const diff = await this.analyzer.diff(older.xml, newer.xml);
    if ('unreadable' in diff) throw new ModelRejectedError(diff.problems, `Version ${diff.unreadable === 'older' ? from : to}`);
    return { ...diff, from, to };
  }
}

function summaryOf(version: VersionSummary & { xml?: string }): VersionSummary {
  const { xml: _xml, ...summary } = version as VersionSummary & { xml?: string };
  return summary as VersionSummary;
}

export function rulesOf(report: ValidationReport): string[] {
  return [...new Set(report.problems.filter((problem) => problem.category === 'error').map((problem) => problem.rule))].sort();
}
