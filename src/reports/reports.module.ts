import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { DocumentsModule } from '../documents/documents.module';
import { MailModule } from '../mail/mail.module';
import { ReportDraftingService } from './report-drafting.service';
import { ReportReactionService } from './report-reaction.service';
import { ReportSendingService } from './report-sending.service';
import { ReportVersionRenderer } from './report-version.renderer';

/** The report of a decision: drafted as a PDF, approved, sent, reacted to, every version kept. */
@Module({
  exports: [ReportDraftingService, ReportReactionService, ReportSendingService],
  imports: [CasesModule, DocumentsModule, MailModule],
  providers: [ReportDraftingService, ReportReactionService, ReportSendingService, ReportVersionRenderer],
})
export class ReportsModule {}
