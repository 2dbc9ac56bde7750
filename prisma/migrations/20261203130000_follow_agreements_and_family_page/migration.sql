-- Agreements as data and the family page (issue 13): who carries an agreement out, who watches over
-- it and what happens if it is not kept (prisma/schema/decisions.prisma), its marks and the returns
-- to the table it brings about (agreements.prisma), the personal family-page links
-- (family-page.prisma), two region settings and three deadline kinds. Hand-written in Prisma's style.

-- CreateEnum
CREATE TYPE "AgreementPerformerKind" AS ENUM ('CHILD', 'PARENT', 'PROFESSIONAL');
CREATE TYPE "AgreementStatus" AS ENUM ('CHANGED', 'KEPT', 'NOT_KEPT', 'OPEN');
CREATE TYPE "AgreementMarkState" AS ENUM ('CHANGED', 'KEPT', 'NOT_KEPT');
CREATE TYPE "AgreementMarkChannel" AS ENUM ('CASE_VIEW', 'TASK');
CREATE TYPE "TableReturnKind" AS ENUM ('EVALUATION_BROUGHT_FORWARD', 'NEW_EVALUATION');
CREATE TYPE "FamilyLinkReason" AS ENUM ('MEETING', 'REQUESTED_BY_FAMILY', 'RESENT_BY_PROFESSIONAL');

-- AlterEnum
ALTER TYPE "DeadlineKind" ADD VALUE 'AGREEMENT_DUE' BEFORE 'CHILD_HEARING_DUE';
ALTER TYPE "DeadlineKind" ADD VALUE 'AGREEMENT_MARK_DUE' BEFORE 'CHILD_HEARING_DUE';
ALTER TYPE "DeadlineKind" ADD VALUE 'TABLE_RETURN_NORM';

-- AlterTable
ALTER TABLE "decision_agreement" ADD COLUMN "flagged_for_evaluation_at" TIMESTAMPTZ(3),
ADD COLUMN "if_not_kept" TEXT,
ADD COLUMN "performer_child_id" UUID,
ADD COLUMN "performer_kind" "AgreementPerformerKind",
ADD COLUMN "performer_name" TEXT,
ADD COLUMN "performer_organisation" TEXT,
ADD COLUMN "performer_parent_id" UUID,
ADD COLUMN "state" "AgreementStatus" NOT NULL DEFAULT 'OPEN',
ADD COLUMN "state_changed_at" TIMESTAMPTZ(3),
ADD COLUMN "watcher_name" TEXT,
ADD COLUMN "watcher_user_id" UUID;

-- AlterTable
ALTER TABLE "region" ADD COLUMN "agreement_not_kept_back_to_table" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "family_page_child_min_age" INTEGER NOT NULL DEFAULT 16;

-- CreateTable
CREATE TABLE "agreement_mark" (
    "id" UUID NOT NULL,
    "agreement_id" UUID NOT NULL,
    "channel" "AgreementMarkChannel" NOT NULL,
    "marked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "marked_by_id" UUID NOT NULL,
    "marked_by_name" TEXT NOT NULL,
    "new_due_on" DATE,
    "note" TEXT NOT NULL,
    "state" "AgreementMarkState" NOT NULL,

    CONSTRAINT "agreement_mark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "table_return" (
    "id" UUID NOT NULL,
    "agreement_id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "kind" "TableReturnKind" NOT NULL,
    "notified_at" TIMESTAMPTZ(3),
    "planning_deadline_at" TIMESTAMPTZ(3),
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "table_return_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "family_page_link" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_visited_at" TIMESTAMPTZ(3),
    "participant_id" UUID NOT NULL,
    "reason" "FamilyLinkReason" NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    "token_hash" TEXT NOT NULL,
    "visit_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "family_page_link_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "decision_agreement_performer_child_id_idx" ON "decision_agreement"("performer_child_id");
CREATE INDEX "decision_agreement_performer_parent_id_idx" ON "decision_agreement"("performer_parent_id");
CREATE INDEX "decision_agreement_state_due_on_idx" ON "decision_agreement"("state", "due_on");
CREATE INDEX "decision_agreement_watcher_user_id_state_idx" ON "decision_agreement"("watcher_user_id", "state");
CREATE INDEX "agreement_mark_agreement_id_marked_at_idx" ON "agreement_mark"("agreement_id", "marked_at");
CREATE INDEX "table_return_agreement_id_idx" ON "table_return"("agreement_id");
CREATE INDEX "table_return_case_id_requested_at_idx" ON "table_return"("case_id", "requested_at");
CREATE UNIQUE INDEX "family_page_link_token_hash_key" ON "family_page_link"("token_hash");
CREATE INDEX "family_page_link_case_id_idx" ON "family_page_link"("case_id");
CREATE INDEX "family_page_link_participant_id_issued_at_idx" ON "family_page_link"("participant_id", "issued_at");

-- AddForeignKey
ALTER TABLE "decision_agreement" ADD CONSTRAINT "decision_agreement_performer_child_id_fkey" FOREIGN KEY ("performer_child_id") REFERENCES "child"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "decision_agreement" ADD CONSTRAINT "decision_agreement_performer_parent_id_fkey" FOREIGN KEY ("performer_parent_id") REFERENCES "parent"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "agreement_mark" ADD CONSTRAINT "agreement_mark_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "decision_agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "table_return" ADD CONSTRAINT "table_return_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "decision_agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "table_return" ADD CONSTRAINT "table_return_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "family_page_link" ADD CONSTRAINT "family_page_link_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "family_page_link" ADD CONSTRAINT "family_page_link_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
