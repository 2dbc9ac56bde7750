-- The deadlines jbt.deadline.compute stores besides the planning norm, why a case was closed, and how
-- far ahead a region's planning looks for a slot (prisma/schema/deadlines.prisma, cases.prisma,
-- regions.prisma). Hand-written in Prisma's style.

-- AlterEnum (each value in the schema's alphabetical place)
ALTER TYPE "DeadlineKind" ADD VALUE 'CHILD_HEARING_DUE' BEFORE 'EVALUATION_DUE';
ALTER TYPE "DeadlineKind" ADD VALUE 'DECISION_DUE' BEFORE 'EVALUATION_DUE';
ALTER TYPE "DeadlineKind" ADD VALUE 'EVALUATION_START' AFTER 'EVALUATION_DUE';
ALTER TYPE "DeadlineKind" ADD VALUE 'INTAKE_DUE' AFTER 'INFORMATION_REPLY';
ALTER TYPE "DeadlineKind" ADD VALUE 'PREPARATION_DUE' AFTER 'MEETING_NORM';
ALTER TYPE "DeadlineKind" ADD VALUE 'RAAD_ADVICE_DUE' AFTER 'PREPARATION_DUE';

-- CreateEnum
CREATE TYPE "CaseCloseReason" AS ENUM ('LEFT_TABLE', 'OTS_CLOSURE_REVIEWED', 'OTS_REVIEW_NOT_OFFERED', 'RAAD_INVESTIGATION_REQUESTED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "jbt_case" ADD COLUMN "close_reason" "CaseCloseReason";

-- AlterTable
ALTER TABLE "region" ADD COLUMN "planning_horizon_days" INTEGER NOT NULL DEFAULT 56;
