-- Failed process starts are retried (src/cases/process-start): a case keeps how often its start was
-- attempted, why the last attempt failed and when the next one is due. Hand-written in Prisma's style.

-- AlterTable
ALTER TABLE "jbt_case" ADD COLUMN "process_start_attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "process_start_error" TEXT,
ADD COLUMN "process_start_next_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "jbt_case_process_start_next_at_idx" ON "jbt_case"("process_start_next_at");

-- A case filed before this migration whose start failed is due at once.
UPDATE "jbt_case" SET "process_start_attempts" = 1, "process_start_next_at" = CURRENT_TIMESTAMP
 WHERE "process_instance_key" IS NULL AND "process_start_attempted_at" IS NOT NULL AND "status" NOT IN ('CLOSED', 'WITHDRAWN');
