import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { EscalationNoticeService } from './escalation-notice.service';
import { EvaluationRequestService } from './evaluation-request.service';
import { InformationRequestMailService } from './information-request-mail.service';
import { InvitationService } from './invitation.service';

/** The letters of the route: invitations, escalation notices, requests for information and written evaluations. */
@Module({
  exports: [EscalationNoticeService, EvaluationRequestService, InformationRequestMailService, InvitationService],
  imports: [MailModule],
  providers: [EscalationNoticeService, EvaluationRequestService, InformationRequestMailService, InvitationService],
})
export class NotificationsModule {}
