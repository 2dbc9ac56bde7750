import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { FeedbackAnswerService } from './feedback-answer.service';
import { FeedbackRoundService } from './feedback-round.service';

/** Feedback forms after a meeting: sent, reminded, answered through a personal link, closed and counted. */
@Module({ exports: [FeedbackAnswerService, FeedbackRoundService], imports: [MailModule], providers: [FeedbackAnswerService, FeedbackRoundService] })
export class FeedbackModule {}
