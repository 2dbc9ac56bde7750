-- The norm where decisions are made (issue 11): the early moment before the planning norm (a region
-- setting and a deadline kind), two escalation reasons (nothing booked at the early moment; a slot
-- chosen beyond the norm while an earlier one was free) and the record of such a choice with its
-- reason (prisma/schema/beyond-norm-choices.prisma). Hand-written in Prisma's style; the enum values
-- take their place in the schema's order.

-- AlterEnum
ALTER TYPE "DeadlineKind" ADD VALUE 'MEETING_NORM_WARNING' AFTER 'MEETING_NORM';

-- AlterEnum
ALTER TYPE "EscalationReason" ADD VALUE 'NORM_AT_RISK' BEFORE 'NOT_PLANNED_BY_DEADLINE';
ALTER TYPE "EscalationReason" ADD VALUE 'SLOT_CHOSEN_BEYOND_NORM';

-- AlterTable
ALTER TABLE "region" ADD COLUMN "norm_warning_working_days" INTEGER NOT NULL DEFAULT 5;

-- CreateTable
CREATE TABLE "beyond_norm_choice" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "chosen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "chosen_by_id" UUID NOT NULL,
    "earlier_slot_at" TIMESTAMPTZ(3) NOT NULL,
    "norm_due_at" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "slot_id" UUID NOT NULL,
    "slot_starts_at" TIMESTAMPTZ(3) NOT NULL,
    "task_id" UUID NOT NULL,

    CONSTRAINT "beyond_norm_choice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "beyond_norm_choice_case_id_idx" ON "beyond_norm_choice"("case_id");

-- CreateIndex
CREATE INDEX "beyond_norm_choice_chosen_by_id_idx" ON "beyond_norm_choice"("chosen_by_id");

-- AddForeignKey
ALTER TABLE "beyond_norm_choice" ADD CONSTRAINT "beyond_norm_choice_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "beyond_norm_choice" ADD CONSTRAINT "beyond_norm_choice_chosen_by_id_fkey" FOREIGN KEY ("chosen_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
