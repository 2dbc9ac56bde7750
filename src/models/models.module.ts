import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ModelAnalyzer } from './analysis/model-analyzer.service';
import { ModelApprovalService } from './approval/model-approval.service';
import { BuildingBlocksService } from './catalog/building-blocks.service';
import { DeploymentCatalogService } from './catalog/deployment-catalog.service';
import { ModelAccessService } from './model-access.service';
import { ModelDeploymentService } from './model-deployment.service';
import { ModelsController } from './models.controller';
import { ModelValidator } from './validation/model-validator.service';
import { ModelVersionRepository } from './versions/model-version.repository';
import { ModelVersionService } from './versions/model-version.service';
import { ShippedModelsService } from './versions/shipped-models.service';

/** The models: deployment at start, and the modeler's API (validate, versions, four-eyes deployment). */
@Module({
  controllers: [ModelsController],
  exports: [DeploymentCatalogService, ModelDeploymentService, ModelValidator],
  imports: [AuditModule],
  providers: [
    BuildingBlocksService,
    DeploymentCatalogService,
    ModelAccessService,
    ModelAnalyzer,
    ModelApprovalService,
    ModelDeploymentService,
    ModelValidator,
    ModelVersionRepository,
    ModelVersionService,
    ShippedModelsService,
  ],
})
export class ModelsModule {}
