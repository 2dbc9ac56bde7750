import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { CaseLifecycleModule } from '../case-lifecycle/case-lifecycle.module';
import { DeadlinesModule } from '../deadlines/deadlines.module';
import { FamilyModule } from '../family/family.module';
import { FeedbackModule } from '../feedback/feedback.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PlanningModule } from '../planning/planning.module';
import { RaadModule } from '../raad/raad.module';
import { ReportsModule } from '../reports/reports.module';
import { AgreementFlagNotKeptWorker } from './agreement-flag-not-kept.worker';
import { AgreementScheduleWorker } from './agreement-schedule.worker';
import { CaseCloseWorker } from './case-close.worker';
import { DeadlineComputeWorker } from './deadline-compute.worker';
import { EscalationNotifyWorker } from './escalation-notify.worker';
import { EvaluationBringForwardWorker } from './evaluation-bring-forward.worker';
import { EvaluationRequestWorker } from './evaluation-request.worker';
import { FamilyPageSendWorker } from './family-page-send.worker';
import { FeedbackCloseWorker } from './feedback-close.worker';
import { FeedbackRemindWorker } from './feedback-remind.worker';
import { FeedbackSendWorker } from './feedback-send.worker';
import { InfoRemindWorker } from './info-remind.worker';
import { InfoRequestWorker } from './info-request.worker';
import { InvitationsSendWorker } from './invitations-send.worker';
import { OtsReviewConfirmClosureWorker } from './ots-review-confirm-closure.worker';
import { OtsReviewRecordContinuationWorker } from './ots-review-record-continuation.worker';
import { OtsReviewRefuseWorker } from './ots-review-refuse.worker';
import { RaadConsultRequestWorker } from './raad-consult-request.worker';
import { ReferralWithdrawWorker } from './referral-withdraw.worker';
import { ReportAddReactionWorker } from './report-add-reaction.worker';
import { ReportDraftWorker } from './report-draft.worker';
import { ReportRemindWorker } from './report-remind.worker';
import { ReportSendWorker } from './report-send.worker';
import { SlotBookWorker } from './slot-book.worker';
import { SlotProposeWorker } from './slot-propose.worker';
import { ExactlyOnce } from './support/exactly-once.service';
import { TableReturnRecordWorker } from './table-return-record.worker';
import { VtoFileWorker } from './vto-file.worker';

/**
 * One worker per service task type of bpmn/ (TaskType), found at start by JobWorkerRegistry through
 * @JobWorker. Workers are thin: they validate their job's variables and call a domain service, inside
 * ExactlyOnce where they change the case record.
 */
@Module({
  imports: [AgreementsModule, CaseLifecycleModule, DeadlinesModule, FamilyModule, FeedbackModule, NotificationsModule, PlanningModule, RaadModule, ReportsModule],
  providers: [
    AgreementFlagNotKeptWorker,
    AgreementScheduleWorker,
    CaseCloseWorker,
    DeadlineComputeWorker,
    EscalationNotifyWorker,
    EvaluationBringForwardWorker,
    EvaluationRequestWorker,
    ExactlyOnce,
    FamilyPageSendWorker,
    FeedbackCloseWorker,
    FeedbackRemindWorker,
    FeedbackSendWorker,
    InfoRemindWorker,
    InfoRequestWorker,
    InvitationsSendWorker,
    OtsReviewConfirmClosureWorker,
    OtsReviewRecordContinuationWorker,
    OtsReviewRefuseWorker,
    RaadConsultRequestWorker,
    ReferralWithdrawWorker,
    ReportAddReactionWorker,
    ReportDraftWorker,
    ReportRemindWorker,
    ReportSendWorker,
    SlotBookWorker,
    SlotProposeWorker,
    TableReturnRecordWorker,
    VtoFileWorker,
  ],
})
export class WorkersModule {}
