-- A task's form submission records when the engine was known to have completed the task with it
-- (src/tasks/completion-reconciler.service.ts settles those it never heard of). Hand-written in Prisma's style.

-- AlterTable
ALTER TABLE "task_form_submission" ADD COLUMN "engine_confirmed_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "task_form_submission_engine_confirmed_at_submitted_at_idx" ON "task_form_submission"("engine_confirmed_at", "submitted_at");

-- Submissions made before this migration went through the engine (or were taken back): confirmed.
UPDATE "task_form_submission" SET "engine_confirmed_at" = "submitted_at";
