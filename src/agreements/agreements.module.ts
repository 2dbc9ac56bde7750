import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CasesModule } from '../cases/cases.module';
import { MailModule } from '../mail/mail.module';
import { TasksModule } from '../tasks/tasks.module';
import { AgreementFollowUpService } from './agreement-follow-up.service';
import { AgreementMarkingService } from './agreement-marking.service';
import { AgreementScheduleService } from './agreement-schedule.service';
import { AgreementsController } from './agreements.controller';
import { EvaluationBringForwardService } from './evaluation-bring-forward.service';
import { TableReturnService } from './table-return.service';
import { WatcherTaskAssigner } from './watcher-task.assigner';

/**
 * Agreements as data (issue 13): the case view's agreements and their marks, the services behind the
 * workers of jbt-agreement and the return to the table, and the assignment of the watcher's task.
 */
@Module({
  controllers: [AgreementsController],
  exports: [AgreementFollowUpService, AgreementScheduleService, EvaluationBringForwardService, TableReturnService],
  imports: [AuditModule, CasesModule, MailModule, TasksModule],
  providers: [AgreementFollowUpService, AgreementMarkingService, AgreementScheduleService, EvaluationBringForwardService, TableReturnService, WatcherTaskAssigner],
})
export class AgreementsModule {}
