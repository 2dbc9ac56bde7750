import { Injectable, Logger } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { Deployment } from '../engine/engine.types';
import { ProcessEngine } from '../engine/process-engine.port';
import { Prisma } from '../generated/prisma/client';
import { ModelFile, readModelFiles } from './bpmn-directory';

export type DeploymentSource = 'startup' | 'modeler';

/** What one deployment produced: the engine's answer and the rows recorded for it. */
export interface DeploymentResult {
  deployment: Deployment;
  rows: Prisma.ModelDeploymentCreateManyInput[];
}

/** Runs in the transaction that records the deployment, so that both commit or neither does. */
export type RecordDeployment = (tx: Prisma.TransactionClient, result: DeploymentResult) => Promise<void>;

/**
 * Deploys models to the engine and remembers what it deployed. At start only the files of bpmn/ whose
 * content changed since they were last deployed from bpmn/ are sent, so restarts do not create new
 * versions, and a version approved in the modeler stays in use until a release changes the file.
 */
@Injectable()
export class ModelDeploymentService {
  private readonly logger = new Logger('Models');

  constructor(
    private readonly engine: ProcessEngine,
    private readonly prisma: PrismaService,
  ) {}

  async deployChangedModels(files: ModelFile[] = readModelFiles()): Promise<string[]> {
    const changed: ModelFile[] = [];
    for (const file of files) {
      const lastFromFile = await this.prisma.modelDeployment.findFirst({ orderBy: { deployedAt: 'desc' }, where: { bpmnProcessId: file.processId, source: 'startup' } });
      if (lastFromFile?.checksum === file.checksum) continue;
      changed.push(file);
      const last = await this.prisma.modelDeployment.findFirst({ orderBy: { deployedAt: 'desc' }, where: { bpmnProcessId: file.processId } });
      if (last?.source === 'modeler') this.logger.warn(`bpmn/${file.resourceName} changed: it replaces version ${last.version} deployed from the modeler`);
    }
    if (changed.length === 0) {
      this.logger.log(`All ${files.length} models in bpmn/ are deployed`);
      return [];
    }
    // One deployment for all changed files: call activities and their called processes move together.
    await this.deploy(changed, 'startup');
    this.logger.log(`Deployed ${changed.map((file) => file.resourceName).join(', ')}`);
    return changed.map((file) => file.processId);
  }

  /**
   * Deploys the files as one deployment (the engine takes all or none of it) and records it; `record`
   * adds the caller's own rows in the same transaction.
   */
  async deploy(files: ModelFile[], source: DeploymentSource, record?: RecordDeployment): Promise<DeploymentResult> {
    const deployment = await this.engine.deploy(files.map((file) => ({ content: file.content, name: file.resourceName })));
    const rows = deployment.processes.map((process) => {
      const file = files.find((candidate) => candidate.resourceName === process.resourceName)!;
      return {
        bpmnProcessId: process.bpmnProcessId,
        checksum: file.checksum,
        deploymentKey: deployment.key,
        processDefinitionKey: process.processDefinitionKey,
        resourceName: process.resourceName,
        source,
        version: process.version,
      };
    });
    const result = { deployment, rows };
    await this.prisma.$transaction(async (tx) => {
      await tx.modelDeployment.createMany({ data: rows });
      await record?.(tx, result);
    });
    return result;
  }
}
