-- Mail and documents (prisma/schema: reports, raad-consults, feedback, decisions, participants,
-- escalations, referrals, follow-up): report kinds, version origins and deliveries with reaction
-- links; the Raad consult request; feedback rounds; agreements under a decision; invitation batches;
-- escalation due dates; information requests the process asks without a named chair; written
-- evaluation requests. Hand-written in Prisma's style.

-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('EVALUATION', 'MEETING', 'OTS_CLOSURE_REVIEW');
CREATE TYPE "ReportVersionOrigin" AS ENUM ('DRAFT', 'REACTION');
CREATE TYPE "RaadConsultType" AS ENUM ('CONSULT', 'KWART_VOOR_TWAALF', 'OTS_CLOSURE_REVIEW', 'PROTECTION_REQUEST', 'VIJF_VOOR_TWAALF');
CREATE TYPE "RaadConsultMoment" AS ENUM ('AT_MEETING', 'BEFORE_MEETING');

-- AlterEnum
ALTER TYPE "EscalationReason" ADD VALUE 'NO_SLOT_AVAILABLE';

-- AlterTable
ALTER TABLE "report" ADD COLUMN "approval_due_at" TIMESTAMPTZ(3),
ADD COLUMN "kind" "ReportKind" NOT NULL DEFAULT 'MEETING',
ADD COLUMN "reaction_period_ends_at" TIMESTAMPTZ(3);

ALTER TABLE "report_version" ADD COLUMN "origin" "ReportVersionOrigin" NOT NULL DEFAULT 'DRAFT';

ALTER TABLE "invitation" ADD COLUMN "batch_id" UUID;

ALTER TABLE "escalation" ADD COLUMN "due_at" TIMESTAMPTZ(3);

ALTER TABLE "information_request" ADD COLUMN "reminded_at" TIMESTAMPTZ(3),
ADD COLUMN "topics" TEXT[] DEFAULT ARRAY[]::TEXT[],
ALTER COLUMN "requested_by_id" DROP NOT NULL;

ALTER TABLE "evaluation" ADD COLUMN "requested_at" TIMESTAMPTZ(3);

ALTER TABLE "feedback" ADD COLUMN "round_id" UUID;

-- CreateTable
CREATE TABLE "report_delivery" (
    "id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outbox_message_id" UUID,
    "participant_id" UUID NOT NULL,
    "reaction_token" TEXT NOT NULL,
    "reminded_at" TIMESTAMPTZ(3),
    "report_version_id" UUID NOT NULL,

    CONSTRAINT "report_delivery_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "raad_consult" (
    "id" UUID NOT NULL,
    "advice" TEXT,
    "advice_due_at" TIMESTAMPTZ(3),
    "advice_given_at" TIMESTAMPTZ(3),
    "case_id" UUID NOT NULL,
    "consult_type" "RaadConsultType" NOT NULL,
    "meeting_id" UUID,
    "moment" "RaadConsultMoment" NOT NULL,
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "raad_consult_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "feedback_round" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "closed_at" TIMESTAMPTZ(3),
    "closes_at" TIMESTAMPTZ(3) NOT NULL,
    "meeting_id" UUID,
    "reminded_at" TIMESTAMPTZ(3),
    "reminder_at" TIMESTAMPTZ(3) NOT NULL,
    "response_count" INTEGER,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "feedback_round_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "decision_agreement" (
    "id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision_id" UUID NOT NULL,
    "description" TEXT NOT NULL,
    "due_on" DATE,
    "responsible" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,

    CONSTRAINT "decision_agreement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "report_delivery_reaction_token_key" ON "report_delivery"("reaction_token");
CREATE UNIQUE INDEX "report_delivery_report_version_id_participant_id_key" ON "report_delivery"("report_version_id", "participant_id");
CREATE INDEX "report_delivery_outbox_message_id_idx" ON "report_delivery"("outbox_message_id");
CREATE INDEX "report_delivery_participant_id_idx" ON "report_delivery"("participant_id");
CREATE INDEX "raad_consult_case_id_idx" ON "raad_consult"("case_id");
CREATE INDEX "raad_consult_meeting_id_idx" ON "raad_consult"("meeting_id");
CREATE INDEX "feedback_round_case_id_idx" ON "feedback_round"("case_id");
CREATE INDEX "feedback_round_meeting_id_idx" ON "feedback_round"("meeting_id");
CREATE INDEX "feedback_round_id_idx" ON "feedback"("round_id");
CREATE UNIQUE INDEX "decision_agreement_decision_id_sequence_key" ON "decision_agreement"("decision_id", "sequence");
CREATE INDEX "invitation_batch_id_idx" ON "invitation"("batch_id");

-- AddForeignKey
ALTER TABLE "report_delivery" ADD CONSTRAINT "report_delivery_outbox_message_id_fkey" FOREIGN KEY ("outbox_message_id") REFERENCES "outbox_message"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "report_delivery" ADD CONSTRAINT "report_delivery_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "report_delivery" ADD CONSTRAINT "report_delivery_report_version_id_fkey" FOREIGN KEY ("report_version_id") REFERENCES "report_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "raad_consult" ADD CONSTRAINT "raad_consult_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "raad_consult" ADD CONSTRAINT "raad_consult_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "feedback_round" ADD CONSTRAINT "feedback_round_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "feedback_round" ADD CONSTRAINT "feedback_round_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "feedback_round"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "decision_agreement" ADD CONSTRAINT "decision_agreement_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- An information request may now be asked by the process itself: its requester becomes optional.
ALTER TABLE "information_request" DROP CONSTRAINT "information_request_requested_by_id_fkey";
ALTER TABLE "information_request" ADD CONSTRAINT "information_request_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
