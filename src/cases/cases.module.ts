import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CaseAccessService } from './case-access.service';
import { CaseProcessMessenger } from './process-messages/case-process.messenger';
import { ProcessStartClaims } from './process-start/process-start.claims';
import { ProcessStartSweeper } from './process-start/process-start.sweeper';
import { ProcessMessageDispatcher } from './process-messages/process-message.dispatcher';
import { CaseProcessStarter } from './case-process.starter';
import { CaseQueryService } from './case-query.service';
import { CasesController } from './cases.controller';
import { CaseDocumentService } from './documents/case-document.service';
import { CaseDocumentsController } from './documents/case-documents.controller';
import { CaseNextStepService } from './next-step/case-next-step.service';

@Module({
  controllers: [CaseDocumentsController, CasesController],
  exports: [CaseAccessService, CaseProcessMessenger, CaseProcessStarter, ProcessStartClaims],
  imports: [AuditModule],
  providers: [CaseAccessService, CaseDocumentService, CaseNextStepService, CaseProcessMessenger, CaseProcessStarter, CaseQueryService, ProcessMessageDispatcher, ProcessStartClaims, ProcessStartSweeper],
})
export class CasesModule {}
