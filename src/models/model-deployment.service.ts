import { Injectable, Logger } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { ProcessEngine } from '../engine/process-engine.port';
import { ModelFile, readModelFiles } from './bpmn-directory';

export type DeploymentSource = 'startup' | 'modeler';

/**
 * Deploys models to the engine and remembers what it deployed. At start only the files of bpmn/ whose
 * content changed since their last deployment are sent, so restarts do not create new versions.
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
      const last = await this.prisma.modelDeployment.findFirst({ orderBy: { deployedAt: 'desc' }, where: { bpmnProcessId: file.processId } });
      if (last?.checksum !== file.checksum) changed.push(file);
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

  async deploy(files: ModelFile[], source: DeploymentSource) {
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
    await this.prisma.modelDeployment.createMany({ data: rows });
    return { deployment, rows };
  }
}
