import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { FeedbackModule } from '../feedback/feedback.module';
import { MailModule } from '../mail/mail.module';
import { FamilyLinkService } from './family-links.service';
import { FamilyPageController } from './family-page.controller';
import { FamilyPageService } from './family-page.service';
import { FamilyLinksController } from './family-links.controller';

/** The family page behind personal links, and the links themselves (issue 13). */
@Module({
  controllers: [FamilyLinksController, FamilyPageController],
  exports: [FamilyLinkService],
  imports: [CasesModule, FeedbackModule, MailModule],
  providers: [FamilyLinkService, FamilyPageService],
})
export class FamilyModule {}
