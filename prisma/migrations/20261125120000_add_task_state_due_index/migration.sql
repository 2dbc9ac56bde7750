-- The task list's queues for roles that take part per case (Raad, GI, local team) and its
-- "everything I may see" queue walk the open tasks in due-date order and stop after a page; without
-- this index PostgreSQL reads every open task and sorts them.

-- CreateIndex
CREATE INDEX "user_task_state_due_at_id_idx" ON "user_task"("state", "due_at", "id");
