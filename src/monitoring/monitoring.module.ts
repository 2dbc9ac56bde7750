import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AgreementFiguresRepository } from './figures/agreement-figures.repository';
import { FiguresRepository } from './figures/figures.repository';
import { MonitoringFiguresService } from './figures/monitoring-figures.service';
import { CaseProcessViewService } from './instances/case-process-view.service';
import { InstancesRepository } from './instances/instances.repository';
import { MonitoringInstancesService } from './instances/monitoring-instances.service';
import { MonitoringModelsService } from './models/monitoring-models.service';
import { MonitoringFiguresController } from './monitoring-figures.controller';
import { MonitoringInstancesController } from './monitoring-instances.controller';
import { MonitoringModelsController } from './monitoring-models.controller';
import { ProcessOperationsService } from './operations/process-operations.service';
import { MunicipalOverviewService } from './outlook/municipal-overview.service';
import { OutlookController } from './outlook/outlook.controller';
import { OutlookService } from './outlook/outlook.service';

/** Monitoring (issue 6): the managers' figures, the cases with their processes, the model view, the operators' interventions, the outlook and the municipal contact's page. */
@Module({
  controllers: [MonitoringFiguresController, MonitoringInstancesController, MonitoringModelsController, OutlookController],
  imports: [AuditModule],
  providers: [
    AgreementFiguresRepository,
    CaseProcessViewService,
    FiguresRepository,
    InstancesRepository,
    MonitoringFiguresService,
    MonitoringInstancesService,
    MonitoringModelsService,
    MunicipalOverviewService,
    OutlookService,
    ProcessOperationsService,
  ],
})
export class MonitoringModule {}
