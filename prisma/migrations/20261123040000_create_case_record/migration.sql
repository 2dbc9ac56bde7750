-- The case record of the JBT: regions and their tables, slots and municipalities; organisations,
-- users and roles; cases with the family, the referral and its safety plan; participants, meetings,
-- decisions, reports, follow-up, escalations, deadlines, feedback; the outbox; the task list; and
-- the exactly-once record of job effects. Hand-written in Prisma's style; prisma/schema/*.prisma
-- is the same schema, and test/integration/schema-drift.test.ts proves the two agree.

-- CreateEnum
CREATE TYPE "ChairModel" AS ENUM ('INDEPENDENT', 'ROTATING_RAAD_MUNICIPALITY');
CREATE TYPE "OrganisationKind" AS ENUM ('CARE_PROVIDER', 'GI', 'LOCAL_TEAM', 'MUNICIPALITY', 'RAAD', 'SCHOOL', 'VEILIG_THUIS');
CREATE TYPE "Role" AS ENUM ('ADMINISTRATOR', 'CHAIR', 'LOCAL_TEAM', 'MANAGER', 'MUNICIPAL_CONTACT', 'PROCESS_OWNER', 'RAAD_WORKER', 'SECRETARY', 'VEILIG_THUIS', 'YOUTH_PROTECTOR');
CREATE TYPE "EntryType" AS ENUM ('CONSULT', 'OTS_CLOSURE_REVIEW', 'PROTECTION_REQUEST', 'REFERRAL');
CREATE TYPE "Track" AS ENUM ('FIVE_TO_TWELVE', 'QUARTER_TO_TWELVE');
CREATE TYPE "CaseStatus" AS ENUM ('AWAITING_INFORMATION', 'CLOSED', 'DISCUSSED', 'FILED', 'IN_FOLLOW_UP', 'PLANNED', 'WITHDRAWN');
CREATE TYPE "HearingMode" AS ENUM ('AT_TABLE', 'NOT_HEARD', 'SEPARATELY_BEFOREHAND', 'THROUGH_PROFESSIONAL');
CREATE TYPE "ParentRelation" AS ENUM ('FATHER', 'FOSTER_PARENT', 'GUARDIAN', 'MOTHER', 'OTHER');
CREATE TYPE "SupportedParty" AS ENUM ('CHILD', 'PARENTS');
CREATE TYPE "ParticipantRole" AS ENUM ('CARE_PROVIDER', 'CHAIR', 'CHILD', 'GI', 'LOCAL_TEAM', 'MUNICIPALITY', 'PARENT', 'RAAD', 'REFERRER', 'SCHOOL', 'SECRETARY', 'SUPPORT_PERSON', 'VEILIG_THUIS');
CREATE TYPE "InvitationResponse" AS ENUM ('ACCEPTED', 'DECLINED', 'PENDING');
CREATE TYPE "MeetingKind" AS ENUM ('EVALUATION', 'TABLE');
CREATE TYPE "MeetingStatus" AS ENUM ('CANCELLED', 'HELD', 'PLANNED');
CREATE TYPE "DecisionOutcome" AS ENUM ('VOLUNTARY_LOCAL_TEAM', 'VOLUNTARY_BINDING', 'VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION', 'RAAD_INVESTIGATION');
CREATE TYPE "DecisionBasis" AS ENUM ('CHAIR_DECIDED', 'CONSENSUS');
CREATE TYPE "ReactionAuthorKind" AS ENUM ('CHILD', 'PARENT', 'PROFESSIONAL');
CREATE TYPE "EvaluationMode" AS ENUM ('MEETING', 'WRITTEN');
CREATE TYPE "EvaluationOutcome" AS ENUM ('CONTINUE_AT_TABLE', 'LEAVE_TABLE', 'RAAD_INVESTIGATION');
CREATE TYPE "RaadReviewOutcome" AS ENUM ('CLOSURE_APPROVED', 'CLOSURE_NOT_APPROVED');
CREATE TYPE "EscalationReason" AS ENUM ('BEYOND_NORM', 'NOT_PLANNED_BY_DEADLINE');
CREATE TYPE "EscalationResolution" AS ENUM ('ACCEPTED_LATER_DATE', 'NEIGHBOURING_TABLE', 'OWN_TABLE_EXTRA_SLOT');
CREATE TYPE "DeadlineKind" AS ENUM ('EVALUATION_DUE', 'FEEDBACK_REMINDER', 'INFORMATION_REPLY', 'MEETING_NORM', 'RAAD_REQUEST', 'REACTION_PERIOD', 'REPORT_DUE');
CREATE TYPE "FeedbackRespondent" AS ENUM ('CHILD', 'PARENT', 'PROFESSIONAL');
CREATE TYPE "OutboxStatus" AS ENUM ('FAILED', 'PENDING', 'SENDING', 'SENT');
CREATE TYPE "UserTaskState" AS ENUM ('CANCELED', 'COMPLETED', 'OPEN');
CREATE TYPE "UserTaskEventKind" AS ENUM ('ASSIGNED', 'CANCELED', 'CLAIMED', 'COMPLETED', 'CREATED', 'UNCLAIMED', 'UPDATED');

-- CreateTable: regions, municipalities, contacts
CREATE TABLE "region" (
    "id" UUID NOT NULL,
    "chair_model" "ChairModel" NOT NULL DEFAULT 'INDEPENDENT',
    "child_documents_min_age" INTEGER NOT NULL DEFAULT 16,
    "child_heard_min_age" INTEGER NOT NULL DEFAULT 12,
    "code" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "gi_fixed_member" BOOLEAN NOT NULL DEFAULT false,
    "name" TEXT NOT NULL,
    "norm_counts_working_days" BOOLEAN NOT NULL DEFAULT false,
    "norm_days" INTEGER NOT NULL DEFAULT 14,
    "ots_review_enabled" BOOLEAN NOT NULL DEFAULT true,
    "reaction_period_days" INTEGER NOT NULL DEFAULT 10,
    "report_due_working_days" INTEGER NOT NULL DEFAULT 5,
    "support_persons_receive_documents" BOOLEAN NOT NULL DEFAULT true,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "region_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "region_norm_days_check" CHECK ("norm_days" > 0)
);

CREATE TABLE "municipality" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "region_id" UUID NOT NULL,
    "table_id" UUID,
    CONSTRAINT "municipality_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "municipal_contact" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "municipality_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "user_id" UUID,
    CONSTRAINT "municipal_contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable: tables, schedules, slots, neighbours
CREATE TABLE "jbt_table" (
    "id" UUID NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "code" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "location" TEXT,
    "name" TEXT NOT NULL,
    "region_id" UUID NOT NULL,
    CONSTRAINT "jbt_table_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "table_schedule" (
    "id" UUID NOT NULL,
    "duration_minutes" INTEGER NOT NULL,
    "start_time" VARCHAR(5) NOT NULL,
    "table_id" UUID NOT NULL,
    "valid_from" DATE,
    "valid_until" DATE,
    "weekday" INTEGER NOT NULL,
    CONSTRAINT "table_schedule_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "table_schedule_weekday_check" CHECK ("weekday" BETWEEN 1 AND 7),
    CONSTRAINT "table_schedule_start_time_check" CHECK ("start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
    CONSTRAINT "table_schedule_duration_minutes_check" CHECK ("duration_minutes" > 0)
);

CREATE TABLE "meeting_slot" (
    "id" UUID NOT NULL,
    "blocked" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "table_id" UUID NOT NULL,
    CONSTRAINT "meeting_slot_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "meeting_slot_ends_after_start_check" CHECK ("ends_at" > "starts_at")
);

CREATE TABLE "neighbouring_table" (
    "id" UUID NOT NULL,
    "neighbour_id" UUID NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 1,
    "table_id" UUID NOT NULL,
    CONSTRAINT "neighbouring_table_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "neighbouring_table_not_itself_check" CHECK ("neighbour_id" <> "table_id")
);

-- CreateTable: organisations, users, roles
CREATE TABLE "organisation" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "email" TEXT,
    "kind" "OrganisationKind" NOT NULL,
    "municipality_id" UUID,
    "name" TEXT NOT NULL,
    "region_id" UUID,
    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "display_name" TEXT NOT NULL,
    "email" TEXT,
    "external_subject" TEXT,
    "last_login_at" TIMESTAMPTZ(3),
    "password_hash" TEXT,
    "tokens_valid_after" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "username" TEXT NOT NULL,
    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "role_membership" (
    "id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "organisation_id" UUID NOT NULL,
    "region_id" UUID,
    "role" "Role" NOT NULL,
    "user_id" UUID NOT NULL,
    CONSTRAINT "role_membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable: cases and the family
CREATE TABLE "jbt_case" (
    "id" UUID NOT NULL,
    "case_number" TEXT NOT NULL,
    "closed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entry_type" "EntryType" NOT NULL,
    "municipality_id" UUID NOT NULL,
    "process_instance_key" TEXT,
    "process_start_attempted_at" TIMESTAMPTZ(3),
    "process_started_at" TIMESTAMPTZ(3),
    "referred_at" TIMESTAMPTZ(3) NOT NULL,
    "region_id" UUID NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'FILED',
    "table_id" UUID NOT NULL,
    "track" "Track",
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "withdrawn_at" TIMESTAMPTZ(3),
    CONSTRAINT "jbt_case_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "jbt_case_case_number_check" CHECK ("case_number" ~ '^JBT-[0-9]{4}-[0-9]{6}$')
);

CREATE TABLE "case_number_counter" (
    "year" INTEGER NOT NULL,
    "last_value" INTEGER NOT NULL,
    CONSTRAINT "case_number_counter_pkey" PRIMARY KEY ("year")
);

CREATE TABLE "child" (
    "id" UUID NOT NULL,
    "birth_date" DATE NOT NULL,
    "case_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "family_name" TEXT NOT NULL,
    "given_name" TEXT NOT NULL,
    "hearing_mode" "HearingMode",
    "hearing_note" TEXT,
    CONSTRAINT "child_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "parent" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "city" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "email" TEXT,
    "family_name" TEXT NOT NULL,
    "given_name" TEXT NOT NULL,
    "has_parental_authority" BOOLEAN NOT NULL,
    "phone" TEXT,
    "postal_code" TEXT,
    "relation" "ParentRelation" NOT NULL,
    "street" TEXT,
    CONSTRAINT "parent_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "support_person" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "email" TEXT,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "receives_documents" BOOLEAN NOT NULL DEFAULT false,
    "relation_to_family" TEXT,
    "supports" "SupportedParty" NOT NULL,
    CONSTRAINT "support_person_pkey" PRIMARY KEY ("id")
);

-- CreateTable: the referral and the chair's questions
CREATE TABLE "referral" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "child_voice" TEXT NOT NULL,
    "complete" BOOLEAN,
    "completeness_checked_at" TIMESTAMPTZ(3),
    "co_referrer_organisation_id" UUID,
    "family_situation" TEXT NOT NULL,
    "filed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "help_so_far" TEXT NOT NULL,
    "parents_co_wrote" BOOLEAN NOT NULL,
    "parents_read_referral" BOOLEAN NOT NULL,
    "parents_view" TEXT NOT NULL,
    "referrer_id" UUID NOT NULL,
    "referrer_organisation_id" UUID NOT NULL,
    "safety_agreements" TEXT,
    "safety_no_agreements_reason" TEXT,
    "safety_steps_if_not_kept" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "withdrawal_reason" TEXT,
    "withdrawn_at" TIMESTAMPTZ(3),
    "withdrawn_by_id" UUID,
    "worries" TEXT NOT NULL,
    CONSTRAINT "referral_pkey" PRIMARY KEY ("id"),
    -- Every referral has a safety plan: agreements, or the reason why none could be made.
    CONSTRAINT "referral_safety_plan_check" CHECK ("safety_agreements" IS NOT NULL OR "safety_no_agreements_reason" IS NOT NULL)
);

CREATE TABLE "information_request" (
    "id" UUID NOT NULL,
    "answer" TEXT,
    "answered_at" TIMESTAMPTZ(3),
    "answered_by_id" UUID,
    "case_id" UUID NOT NULL,
    "due_at" TIMESTAMPTZ(3),
    "question" TEXT NOT NULL,
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requested_by_id" UUID NOT NULL,
    CONSTRAINT "information_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable: participants and invitations
CREATE TABLE "participant" (
    "id" UUID NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "case_id" UUID NOT NULL,
    "child_id" UUID,
    "organisation_id" UUID,
    "parent_id" UUID,
    "removed_at" TIMESTAMPTZ(3),
    "role" "ParticipantRole" NOT NULL,
    "support_person_id" UUID,
    "user_id" UUID,
    CONSTRAINT "participant_pkey" PRIMARY KEY ("id"),
    -- A participant is one person or one organisation: a professional (user and/or organisation) or a family member.
    CONSTRAINT "participant_one_party_check" CHECK (num_nonnulls("child_id", "parent_id", "support_person_id") + (CASE WHEN "user_id" IS NOT NULL OR "organisation_id" IS NOT NULL THEN 1 ELSE 0 END) = 1)
);

CREATE TABLE "invitation" (
    "id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "meeting_id" UUID NOT NULL,
    "outbox_message_id" UUID,
    "participant_id" UUID NOT NULL,
    "responded_at" TIMESTAMPTZ(3),
    "response" "InvitationResponse" NOT NULL DEFAULT 'PENDING',
    "sent_at" TIMESTAMPTZ(3),
    CONSTRAINT "invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable: meetings, decisions, reports
CREATE TABLE "meeting" (
    "id" UUID NOT NULL,
    "cancelled_at" TIMESTAMPTZ(3),
    "cancel_reason" TEXT,
    "case_id" UUID NOT NULL,
    "children_heard" BOOLEAN,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ends_at" TIMESTAMPTZ(3),
    "held_at" TIMESTAMPTZ(3),
    "kind" "MeetingKind" NOT NULL DEFAULT 'TABLE',
    "parents_present" BOOLEAN,
    "slot_id" UUID,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "table_id" UUID NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "meeting_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "decision" (
    "id" UUID NOT NULL,
    "basis" "DecisionBasis" NOT NULL,
    "case_id" UUID NOT NULL,
    "decided_at" TIMESTAMPTZ(3) NOT NULL,
    "decision_help" TEXT NOT NULL,
    "decision_route" TEXT NOT NULL,
    "decision_safety" TEXT NOT NULL,
    "meeting_id" UUID,
    "outcome" "DecisionOutcome" NOT NULL,
    "raad_advises_investigation" BOOLEAN,
    "raad_view" TEXT,
    "recorded_by_id" UUID NOT NULL,
    "track" "Track",
    CONSTRAINT "decision_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "report" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision_id" UUID,
    "meeting_id" UUID,
    CONSTRAINT "report_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "report_version" (
    "id" UUID NOT NULL,
    "approved_at" TIMESTAMPTZ(3),
    "approved_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "pdf" BYTEA,
    "pdf_file_ref" TEXT,
    "pdf_sha256" TEXT,
    "report_id" UUID NOT NULL,
    "sent_at" TIMESTAMPTZ(3),
    "text" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "report_version_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "report_version_version_check" CHECK ("version" >= 1)
);

CREATE TABLE "report_reaction" (
    "id" UUID NOT NULL,
    "author_kind" "ReactionAuthorKind" NOT NULL,
    "disputes_accuracy" BOOLEAN NOT NULL DEFAULT false,
    "included_in_version_id" UUID,
    "parent_id" UUID,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "report_id" UUID NOT NULL,
    "report_version_id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "user_id" UUID,
    CONSTRAINT "report_reaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable: follow-up
CREATE TABLE "evaluation" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision_id" UUID,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "held_at" TIMESTAMPTZ(3),
    "meeting_id" UUID,
    "mode" "EvaluationMode" NOT NULL,
    "outcome" "EvaluationOutcome",
    "outcome_note" TEXT,
    "sequence" INTEGER NOT NULL,
    CONSTRAINT "evaluation_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "raad_investigation_request" (
    "id" UUID NOT NULL,
    "acknowledged_at" TIMESTAMPTZ(3),
    "case_id" UUID NOT NULL,
    "decision_id" UUID,
    "document_file_ref" TEXT,
    "document_pdf" BYTEA,
    "document_sha256" TEXT,
    "investigation_started_at" TIMESTAMPTZ(3),
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requested_by_id" UUID,
    "sent_at" TIMESTAMPTZ(3),
    CONSTRAINT "raad_investigation_request_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ots_closure_review" (
    "id" UUID NOT NULL,
    "agreements" TEXT,
    "case_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "gi_organisation_id" UUID NOT NULL,
    "intended_end_date" DATE NOT NULL,
    "intention" TEXT NOT NULL,
    "raad_review_note" TEXT,
    "raad_review_outcome" "RaadReviewOutcome",
    "reviewed_at" TIMESTAMPTZ(3),
    "supervision_ends_on" DATE NOT NULL,
    "youth_protector_id" UUID,
    CONSTRAINT "ots_closure_review_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "escalation" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "municipal_contact_id" UUID,
    "neighbouring_table_id" UUID,
    "notified_at" TIMESTAMPTZ(3),
    "raised_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" "EscalationReason" NOT NULL,
    "resolution" "EscalationResolution",
    "resolution_note" TEXT,
    "resolved_at" TIMESTAMPTZ(3),
    CONSTRAINT "escalation_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "deadline" (
    "id" UUID NOT NULL,
    "based_on" TIMESTAMPTZ(3) NOT NULL,
    "cancelled_at" TIMESTAMPTZ(3),
    "case_id" UUID NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "kind" "DeadlineKind" NOT NULL,
    "met_at" TIMESTAMPTZ(3),
    "rule" TEXT NOT NULL,
    "rule_code" TEXT NOT NULL,
    CONSTRAINT "deadline_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "feedback" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "form_sent_at" TIMESTAMPTZ(3),
    "form_token" TEXT NOT NULL,
    "parent_id" UUID,
    "reminder_sent_at" TIMESTAMPTZ(3),
    "responded_at" TIMESTAMPTZ(3),
    "respondent_kind" "FeedbackRespondent" NOT NULL,
    "score" INTEGER,
    "user_id" UUID,
    CONSTRAINT "feedback_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "feedback_score_check" CHECK ("score" BETWEEN 1 AND 10)
);

-- CreateTable: the outbox
CREATE TABLE "outbox_message" (
    "id" UUID NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "body_html" TEXT,
    "body_text" TEXT NOT NULL,
    "case_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dedupe_key" TEXT NOT NULL,
    "last_error" TEXT,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "purpose" TEXT NOT NULL,
    "sent_at" TIMESTAMPTZ(3),
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "subject" TEXT NOT NULL,
    "to" TEXT[],
    CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "outbox_attachment" (
    "id" UUID NOT NULL,
    "content" BYTEA NOT NULL,
    "content_type" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "message_id" UUID NOT NULL,
    CONSTRAINT "outbox_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable: internal comments
CREATE TABLE "case_comment" (
    "id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "edited_at" TIMESTAMPTZ(3),
    "text" TEXT NOT NULL,
    CONSTRAINT "case_comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable: the task list
CREATE TABLE "user_task" (
    "id" UUID NOT NULL,
    "assignee_id" UUID,
    "bpmn_process_id" TEXT NOT NULL,
    "canceled_at" TIMESTAMPTZ(3),
    "candidate_role" "Role",
    "case_id" UUID,
    "completed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "due_at" TIMESTAMPTZ(3),
    "element_id" TEXT NOT NULL,
    "element_instance_key" TEXT NOT NULL,
    "engine_key" TEXT NOT NULL,
    "follow_up_at" TIMESTAMPTZ(3),
    "form_key" TEXT,
    "name" TEXT NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 50,
    "process_definition_key" TEXT NOT NULL,
    "process_instance_key" TEXT NOT NULL,
    "region_id" UUID,
    "state" "UserTaskState" NOT NULL DEFAULT 'OPEN',
    "table_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "user_task_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "user_task_event" (
    "id" UUID NOT NULL,
    "actor_id" UUID,
    "assignee_id" UUID,
    "details" JSONB,
    "kind" "UserTaskEventKind" NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "task_id" UUID NOT NULL,
    CONSTRAINT "user_task_event_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "saved_task_view" (
    "id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "filters" JSONB NOT NULL,
    "name" TEXT NOT NULL,
    "owner_id" UUID NOT NULL,
    "shared_region_id" UUID,
    "shared_role" "Role",
    "sort" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "saved_task_view_pkey" PRIMARY KEY ("id")
);

-- CreateTable: exactly-once job effects
CREATE TABLE "job_effect" (
    "id" UUID NOT NULL,
    "case_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "element_instance_key" TEXT NOT NULL,
    "job_key" TEXT NOT NULL,
    "process_instance_key" TEXT NOT NULL,
    "result" JSONB,
    "task_type" TEXT NOT NULL,
    CONSTRAINT "job_effect_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "region_code_key" ON "region"("code");
CREATE INDEX "municipality_table_id_idx" ON "municipality"("table_id");
CREATE UNIQUE INDEX "municipality_region_id_name_key" ON "municipality"("region_id", "name");
CREATE INDEX "municipal_contact_municipality_id_idx" ON "municipal_contact"("municipality_id");
CREATE INDEX "municipal_contact_user_id_idx" ON "municipal_contact"("user_id");
CREATE UNIQUE INDEX "jbt_table_code_key" ON "jbt_table"("code");
CREATE INDEX "jbt_table_region_id_idx" ON "jbt_table"("region_id");
CREATE UNIQUE INDEX "table_schedule_table_id_weekday_start_time_key" ON "table_schedule"("table_id", "weekday", "start_time");
CREATE INDEX "meeting_slot_starts_at_idx" ON "meeting_slot"("starts_at");
CREATE UNIQUE INDEX "meeting_slot_table_id_starts_at_key" ON "meeting_slot"("table_id", "starts_at");
CREATE INDEX "neighbouring_table_neighbour_id_idx" ON "neighbouring_table"("neighbour_id");
CREATE UNIQUE INDEX "neighbouring_table_table_id_neighbour_id_key" ON "neighbouring_table"("table_id", "neighbour_id");
CREATE UNIQUE INDEX "organisation_code_key" ON "organisation"("code");
CREATE INDEX "organisation_municipality_id_idx" ON "organisation"("municipality_id");
CREATE INDEX "organisation_region_id_kind_idx" ON "organisation"("region_id", "kind");
CREATE UNIQUE INDEX "app_user_external_subject_key" ON "app_user"("external_subject");
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"("username");
CREATE INDEX "role_membership_organisation_id_idx" ON "role_membership"("organisation_id");
CREATE INDEX "role_membership_region_id_role_idx" ON "role_membership"("region_id", "role");
CREATE UNIQUE INDEX "role_membership_user_id_role_organisation_id_region_id_key" ON "role_membership"("user_id", "role", "organisation_id", "region_id");
CREATE UNIQUE INDEX "jbt_case_case_number_key" ON "jbt_case"("case_number");
CREATE UNIQUE INDEX "jbt_case_process_instance_key_key" ON "jbt_case"("process_instance_key");
CREATE INDEX "jbt_case_municipality_id_idx" ON "jbt_case"("municipality_id");
CREATE INDEX "jbt_case_region_id_status_created_at_idx" ON "jbt_case"("region_id", "status", "created_at");
CREATE INDEX "jbt_case_table_id_status_created_at_idx" ON "jbt_case"("table_id", "status", "created_at");
CREATE INDEX "child_case_id_idx" ON "child"("case_id");
CREATE INDEX "parent_case_id_idx" ON "parent"("case_id");
CREATE INDEX "support_person_case_id_idx" ON "support_person"("case_id");
CREATE UNIQUE INDEX "referral_case_id_key" ON "referral"("case_id");
CREATE INDEX "referral_referrer_id_idx" ON "referral"("referrer_id");
CREATE INDEX "referral_referrer_organisation_id_idx" ON "referral"("referrer_organisation_id");
CREATE INDEX "information_request_case_id_requested_at_idx" ON "information_request"("case_id", "requested_at");
CREATE INDEX "participant_case_id_idx" ON "participant"("case_id");
CREATE INDEX "participant_organisation_id_idx" ON "participant"("organisation_id");
CREATE INDEX "participant_user_id_idx" ON "participant"("user_id");
CREATE INDEX "invitation_outbox_message_id_idx" ON "invitation"("outbox_message_id");
CREATE INDEX "invitation_participant_id_idx" ON "invitation"("participant_id");
CREATE UNIQUE INDEX "invitation_meeting_id_participant_id_key" ON "invitation"("meeting_id", "participant_id");
CREATE UNIQUE INDEX "meeting_slot_id_key" ON "meeting"("slot_id");
CREATE INDEX "meeting_case_id_idx" ON "meeting"("case_id");
CREATE INDEX "meeting_table_id_starts_at_idx" ON "meeting"("table_id", "starts_at");
CREATE INDEX "decision_case_id_decided_at_idx" ON "decision"("case_id", "decided_at");
CREATE INDEX "decision_meeting_id_idx" ON "decision"("meeting_id");
CREATE INDEX "report_case_id_idx" ON "report"("case_id");
CREATE INDEX "report_decision_id_idx" ON "report"("decision_id");
CREATE INDEX "report_meeting_id_idx" ON "report"("meeting_id");
CREATE INDEX "report_version_approved_by_id_idx" ON "report_version"("approved_by_id");
CREATE UNIQUE INDEX "report_version_report_id_version_key" ON "report_version"("report_id", "version");
CREATE INDEX "report_reaction_included_in_version_id_idx" ON "report_reaction"("included_in_version_id");
CREATE INDEX "report_reaction_report_id_received_at_idx" ON "report_reaction"("report_id", "received_at");
CREATE INDEX "report_reaction_report_version_id_idx" ON "report_reaction"("report_version_id");
CREATE INDEX "evaluation_decision_id_idx" ON "evaluation"("decision_id");
CREATE INDEX "evaluation_due_at_idx" ON "evaluation"("due_at");
CREATE INDEX "evaluation_meeting_id_idx" ON "evaluation"("meeting_id");
CREATE UNIQUE INDEX "evaluation_case_id_sequence_key" ON "evaluation"("case_id", "sequence");
CREATE INDEX "raad_investigation_request_case_id_idx" ON "raad_investigation_request"("case_id");
CREATE INDEX "raad_investigation_request_decision_id_idx" ON "raad_investigation_request"("decision_id");
CREATE UNIQUE INDEX "ots_closure_review_case_id_key" ON "ots_closure_review"("case_id");
CREATE INDEX "ots_closure_review_gi_organisation_id_idx" ON "ots_closure_review"("gi_organisation_id");
CREATE INDEX "ots_closure_review_youth_protector_id_idx" ON "ots_closure_review"("youth_protector_id");
CREATE INDEX "escalation_case_id_idx" ON "escalation"("case_id");
CREATE INDEX "escalation_municipal_contact_id_idx" ON "escalation"("municipal_contact_id");
CREATE INDEX "escalation_neighbouring_table_id_idx" ON "escalation"("neighbouring_table_id");
CREATE INDEX "escalation_raised_at_idx" ON "escalation"("raised_at");
CREATE INDEX "deadline_case_id_kind_idx" ON "deadline"("case_id", "kind");
CREATE INDEX "deadline_due_at_idx" ON "deadline"("due_at");
CREATE UNIQUE INDEX "feedback_form_token_key" ON "feedback"("form_token");
CREATE INDEX "feedback_case_id_idx" ON "feedback"("case_id");
CREATE INDEX "feedback_parent_id_idx" ON "feedback"("parent_id");
CREATE INDEX "feedback_user_id_idx" ON "feedback"("user_id");
CREATE UNIQUE INDEX "outbox_message_dedupe_key_key" ON "outbox_message"("dedupe_key");
CREATE INDEX "outbox_message_case_id_idx" ON "outbox_message"("case_id");
CREATE INDEX "outbox_message_status_next_attempt_at_idx" ON "outbox_message"("status", "next_attempt_at");
CREATE INDEX "outbox_attachment_message_id_idx" ON "outbox_attachment"("message_id");
CREATE INDEX "case_comment_author_id_idx" ON "case_comment"("author_id");
CREATE INDEX "case_comment_case_id_created_at_idx" ON "case_comment"("case_id", "created_at");
CREATE UNIQUE INDEX "user_task_engine_key_key" ON "user_task"("engine_key");
CREATE INDEX "user_task_assignee_id_state_due_at_idx" ON "user_task"("assignee_id", "state", "due_at");
CREATE INDEX "user_task_candidate_role_state_due_at_idx" ON "user_task"("candidate_role", "state", "due_at");
CREATE INDEX "user_task_case_id_idx" ON "user_task"("case_id");
CREATE INDEX "user_task_process_instance_key_idx" ON "user_task"("process_instance_key");
CREATE INDEX "user_task_region_id_state_due_at_idx" ON "user_task"("region_id", "state", "due_at");
CREATE INDEX "user_task_table_id_idx" ON "user_task"("table_id");
CREATE INDEX "user_task_event_actor_id_idx" ON "user_task_event"("actor_id");
CREATE INDEX "user_task_event_task_id_occurred_at_idx" ON "user_task_event"("task_id", "occurred_at");
CREATE INDEX "saved_task_view_owner_id_idx" ON "saved_task_view"("owner_id");
CREATE INDEX "saved_task_view_shared_region_id_shared_role_idx" ON "saved_task_view"("shared_region_id", "shared_role");
CREATE INDEX "job_effect_case_id_idx" ON "job_effect"("case_id");
CREATE UNIQUE INDEX "job_effect_element_instance_key_task_type_key" ON "job_effect"("element_instance_key", "task_type");

-- AddForeignKey
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_table_id_fkey" FOREIGN KEY ("table_id") REFERENCES "jbt_table"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "municipal_contact" ADD CONSTRAINT "municipal_contact_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "municipal_contact" ADD CONSTRAINT "municipal_contact_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "jbt_table" ADD CONSTRAINT "jbt_table_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "table_schedule" ADD CONSTRAINT "table_schedule_table_id_fkey" FOREIGN KEY ("table_id") REFERENCES "jbt_table"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "meeting_slot" ADD CONSTRAINT "meeting_slot_table_id_fkey" FOREIGN KEY ("table_id") REFERENCES "jbt_table"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "neighbouring_table" ADD CONSTRAINT "neighbouring_table_neighbour_id_fkey" FOREIGN KEY ("neighbour_id") REFERENCES "jbt_table"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "neighbouring_table" ADD CONSTRAINT "neighbouring_table_table_id_fkey" FOREIGN KEY ("table_id") REFERENCES "jbt_table"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "role_membership" ADD CONSTRAINT "role_membership_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "role_membership" ADD CONSTRAINT "role_membership_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "role_membership" ADD CONSTRAINT "role_membership_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "jbt_case" ADD CONSTRAINT "jbt_case_municipality_id_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "jbt_case" ADD CONSTRAINT "jbt_case_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "jbt_case" ADD CONSTRAINT "jbt_case_table_id_fkey" FOREIGN KEY ("table_id") REFERENCES "jbt_table"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "child" ADD CONSTRAINT "child_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "parent" ADD CONSTRAINT "parent_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "support_person" ADD CONSTRAINT "support_person_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "referral" ADD CONSTRAINT "referral_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "referral" ADD CONSTRAINT "referral_co_referrer_organisation_id_fkey" FOREIGN KEY ("co_referrer_organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "referral" ADD CONSTRAINT "referral_referrer_id_fkey" FOREIGN KEY ("referrer_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "referral" ADD CONSTRAINT "referral_referrer_organisation_id_fkey" FOREIGN KEY ("referrer_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "referral" ADD CONSTRAINT "referral_withdrawn_by_id_fkey" FOREIGN KEY ("withdrawn_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "information_request" ADD CONSTRAINT "information_request_answered_by_id_fkey" FOREIGN KEY ("answered_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "information_request" ADD CONSTRAINT "information_request_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "information_request" ADD CONSTRAINT "information_request_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "participant" ADD CONSTRAINT "participant_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "participant" ADD CONSTRAINT "participant_child_id_fkey" FOREIGN KEY ("child_id") REFERENCES "child"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "participant" ADD CONSTRAINT "participant_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "participant" ADD CONSTRAINT "participant_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "parent"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "participant" ADD CONSTRAINT "participant_support_person_id_fkey" FOREIGN KEY ("support_person_id") REFERENCES "support_person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "participant" ADD CONSTRAINT "participant_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_outbox_message_id_fkey" FOREIGN KEY ("outbox_message_id") REFERENCES "outbox_message"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_slot_id_fkey" FOREIGN KEY ("slot_id") REFERENCES "meeting_slot"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_table_id_fkey" FOREIGN KEY ("table_id") REFERENCES "jbt_table"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "decision" ADD CONSTRAINT "decision_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "decision" ADD CONSTRAINT "decision_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "decision" ADD CONSTRAINT "decision_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "report" ADD CONSTRAINT "report_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "report" ADD CONSTRAINT "report_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "report" ADD CONSTRAINT "report_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "report_version" ADD CONSTRAINT "report_version_approved_by_id_fkey" FOREIGN KEY ("approved_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "report_version" ADD CONSTRAINT "report_version_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "report_reaction" ADD CONSTRAINT "report_reaction_included_in_version_id_fkey" FOREIGN KEY ("included_in_version_id") REFERENCES "report_version"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "report_reaction" ADD CONSTRAINT "report_reaction_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "parent"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "report_reaction" ADD CONSTRAINT "report_reaction_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "report_reaction" ADD CONSTRAINT "report_reaction_report_version_id_fkey" FOREIGN KEY ("report_version_id") REFERENCES "report_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "report_reaction" ADD CONSTRAINT "report_reaction_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "raad_investigation_request" ADD CONSTRAINT "raad_investigation_request_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "raad_investigation_request" ADD CONSTRAINT "raad_investigation_request_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "raad_investigation_request" ADD CONSTRAINT "raad_investigation_request_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ots_closure_review" ADD CONSTRAINT "ots_closure_review_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ots_closure_review" ADD CONSTRAINT "ots_closure_review_gi_organisation_id_fkey" FOREIGN KEY ("gi_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ots_closure_review" ADD CONSTRAINT "ots_closure_review_youth_protector_id_fkey" FOREIGN KEY ("youth_protector_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "escalation" ADD CONSTRAINT "escalation_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "escalation" ADD CONSTRAINT "escalation_municipal_contact_id_fkey" FOREIGN KEY ("municipal_contact_id") REFERENCES "municipal_contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "escalation" ADD CONSTRAINT "escalation_neighbouring_table_id_fkey" FOREIGN KEY ("neighbouring_table_id") REFERENCES "jbt_table"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "deadline" ADD CONSTRAINT "deadline_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "parent"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "outbox_attachment" ADD CONSTRAINT "outbox_attachment_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "outbox_message"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "case_comment" ADD CONSTRAINT "case_comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "case_comment" ADD CONSTRAINT "case_comment_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "user_task" ADD CONSTRAINT "user_task_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "user_task" ADD CONSTRAINT "user_task_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "user_task" ADD CONSTRAINT "user_task_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "user_task" ADD CONSTRAINT "user_task_table_id_fkey" FOREIGN KEY ("table_id") REFERENCES "jbt_table"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "user_task_event" ADD CONSTRAINT "user_task_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "user_task_event" ADD CONSTRAINT "user_task_event_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "user_task"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "saved_task_view" ADD CONSTRAINT "saved_task_view_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "saved_task_view" ADD CONSTRAINT "saved_task_view_shared_region_id_fkey" FOREIGN KEY ("shared_region_id") REFERENCES "region"("id") ON DELETE SET NULL ON UPDATE CASCADE;
