-- The task list (issue 5): the case's top-level instance on each task, so that a task created
-- before its case stored the instance key is linked to it afterwards; indexes for the first page of
-- each queue (role and region, or region) in due-date order with the id as tie-breaker for keyset
-- paging; and the free text of completed task forms, which never goes to the engine.

-- AlterTable
ALTER TABLE "user_task" ADD COLUMN "root_process_instance_key" TEXT;

-- CreateTable
CREATE TABLE "task_form_submission" (
    "id" UUID NOT NULL,
    "form_key" TEXT NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "task_id" UUID NOT NULL,
    "texts" JSONB NOT NULL,
    "variables" JSONB NOT NULL,
    CONSTRAINT "task_form_submission_pkey" PRIMARY KEY ("id")
);

-- DropIndex: replaced by the same index with the id as tie-breaker
DROP INDEX "user_task_region_id_state_due_at_idx";

-- CreateIndex
CREATE INDEX "user_task_candidate_role_region_id_state_due_at_id_idx" ON "user_task"("candidate_role", "region_id", "state", "due_at", "id");
CREATE INDEX "user_task_region_id_state_due_at_id_idx" ON "user_task"("region_id", "state", "due_at", "id");
CREATE INDEX "user_task_root_process_instance_key_idx" ON "user_task"("root_process_instance_key");
CREATE UNIQUE INDEX "task_form_submission_task_id_key" ON "task_form_submission"("task_id");

-- AddForeignKey
ALTER TABLE "task_form_submission" ADD CONSTRAINT "task_form_submission_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "user_task"("id") ON DELETE CASCADE ON UPDATE CASCADE;
