import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';
import { readModelFiles } from '../bpmn-directory';
import { DeploymentCatalogService } from '../catalog/deployment-catalog.service';
import { AnalysisFailedError, ModelAnalyzer } from '../analysis/model-analyzer.service';
import type { ValidationReport } from '../analysis/model-analysis';

export type { ValidationReport } from '../analysis/model-analysis';

/**
 * Validates a file as the model it is saved or deployed as, against the catalog of what this service
 * runs now (task types with a worker, roles, messages, errors, escalations) and the processes it
 * knows. The work happens in the analysis worker; a file it cannot finish is refused.
 */
@Injectable()
export class ModelValidator {
  constructor(
    private readonly analyzer: ModelAnalyzer,
    private readonly catalog: DeploymentCatalogService,
    private readonly prisma: PrismaService,
  ) {}

  async validate(xml: string, processId: string): Promise<ValidationReport> {
    const catalog = this.catalog.current();
    const sorted = (set: ReadonlySet<string>) => [...set].sort();
    try {
      return await this.analyzer.analyse({
        catalog: { errors: sorted(catalog.errors), escalations: sorted(catalog.escalations), messages: sorted(catalog.messages), roles: sorted(catalog.roles), taskTypes: sorted(catalog.taskTypes) },
        knownProcesses: [...(await this.knownProcesses())],
        processId,
        xml,
      });
    } catch (error) {
      if (!(error instanceof AnalysisFailedError)) throw error;
      const problem = { category: 'error' as const, elementId: 'definitions', message: error.message, rule: 'size' };
      return { errorCount: 1, processName: null, problems: [problem], readable: false, warningCount: 0 };
    }
  }

  /** Process ids a call activity may call: shipped in bpmn/, saved in the modeler, or deployed. */
  private async knownProcesses(): Promise<Set<string>> {
    const [versions, deployments] = await Promise.all([
      this.prisma.modelVersion.findMany({ distinct: ['bpmnProcessId'], select: { bpmnProcessId: true } }),
      this.prisma.modelDeployment.findMany({ distinct: ['bpmnProcessId'], select: { bpmnProcessId: true } }),
    ]);
    return new Set([...readModelFiles().map((file) => file.processId), ...versions.map((row) => row.bpmnProcessId), ...deployments.map((row) => row.bpmnProcessId)]);
  }
}
