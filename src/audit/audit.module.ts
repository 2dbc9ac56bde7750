import { Module } from '@nestjs/common';
import { EnvironmentDto } from '../config/environment.dto';
import { AuditService } from './audit.service';
import { AuditCheckpointSigner } from './chain/audit-checkpoint.signer';
import { resolveAuditSecret } from './chain/audit-secret';
import { AuditLogController } from './log/audit-log.controller';
import { AuditLogRepository } from './log/audit-log.repository';
import { AuditLogService } from './log/audit-log.service';
import { AuditRetentionScheduler } from './retention/audit-retention.scheduler';
import { AuditRetentionService } from './retention/audit-retention.service';

/**
 * The audit log (NEN 7513): the service every module writes with, the privacy officer's API, and the
 * retention job that keeps the hash chain verifiable (docs/security.md, "Audit").
 */
@Module({
  controllers: [AuditLogController],
  exports: [AuditService],
  providers: [
    { inject: [EnvironmentDto], provide: AuditCheckpointSigner, useFactory: (env: EnvironmentDto) => new AuditCheckpointSigner(resolveAuditSecret(env)) },
    AuditLogRepository,
    AuditLogService,
    AuditRetentionScheduler,
    AuditRetentionService,
    AuditService,
  ],
})
export class AuditModule {}
