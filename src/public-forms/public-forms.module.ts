import { Module } from '@nestjs/common';
import { FeedbackModule } from '../feedback/feedback.module';
import { ReportsModule } from '../reports/reports.module';
import { PublicFormsController } from './public-forms.controller';

/** The pages behind the personal links in mail: feedback forms and reactions to a report. */
@Module({ controllers: [PublicFormsController], imports: [FeedbackModule, ReportsModule] })
export class PublicFormsModule {}
