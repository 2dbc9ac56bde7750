import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CaseAccessService } from './case-access.service';
import { CaseProcessMessenger } from './process-messages/case-process.messenger';
import { ProcessMessageDispatcher } from './process-messages/process-message.dispatcher';
import { CaseProcessStarter } from './case-process.starter';
import { CaseQueryService } from './case-query.service';
import { CasesController } from './cases.controller';

@Module({
  controllers: [CasesController],
  exports: [CaseAccessService, CaseProcessMessenger, CaseProcessStarter],
  imports: [AuditModule],
  providers: [CaseAccessService, CaseProcessMessenger, CaseProcessStarter, CaseQueryService, ProcessMessageDispatcher],
})
export class CasesModule {}
