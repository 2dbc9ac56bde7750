import { Injectable, Logger } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';
import { ModelVersionOrigin } from '../../generated/prisma/enums';
import { ModelFile, readModelFiles } from '../bpmn-directory';
import { ModelValidator } from '../validation/model-validator.service';
import { ModelVersionRepository } from './model-version.repository';

/**
 * Makes the models shipped in bpmn/ the first versions the modeler knows: each file whose content
 * differs from its last shipped version becomes a new version of origin SHIPPED. Runs once per
 * process, on first use of the models API; the files do not change while the service runs.
 */
@Injectable()
export class ShippedModelsService {
  private readonly logger = new Logger('Models');
  private synced?: Promise<void>;

  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: ModelVersionRepository,
    private readonly validator: ModelValidator,
  ) {}

  ensureSynced(files: ModelFile[] = readModelFiles()): Promise<void> {
    this.synced ??= this.sync(files).catch((error: unknown) => {
      this.synced = undefined;
      throw error;
    });
    return this.synced;
  }

  private async sync(files: ModelFile[]): Promise<void> {
    for (const file of files) {
      const last = await this.prisma.modelVersion.findFirst({
        orderBy: { number: 'desc' },
        select: { checksum: true },
        where: { bpmnProcessId: file.processId, origin: ModelVersionOrigin.SHIPPED },
      });
      if (last?.checksum === file.checksum) continue;
      const report = await this.validator.validate(file.content, file.processId);
      const version = await this.prisma.$transaction(async (tx) => {
        await this.repository.lock(tx, file.processId);
        const again = await tx.modelVersion.findFirst({ orderBy: { number: 'desc' }, select: { checksum: true }, where: { bpmnProcessId: file.processId, origin: ModelVersionOrigin.SHIPPED } });
        if (again?.checksum === file.checksum) return null;
        return this.repository.append(tx, {
          bpmnProcessId: file.processId,
          checksum: file.checksum,
          comment: `bpmn/${file.resourceName}`,
          errorCount: report.errorCount,
          name: report.processName,
          origin: ModelVersionOrigin.SHIPPED,
          warningCount: report.warningCount,
          xml: file.content,
        });
      });
      if (version) this.logger.log(`Version ${version.number} of ${file.processId} is bpmn/${file.resourceName}`);
    }
  }
}
