-- Messages for a case's process (prisma/schema/process-messages.prisma): the engine keeps no message
-- that nobody waits for, so the service keeps and delivers them itself. Hand-written in Prisma's style.

-- CreateEnum
CREATE TYPE "ProcessMessageStatus" AS ENUM ('CORRELATED', 'EXPIRED', 'PENDING');

-- CreateTable
CREATE TABLE "process_message" (
    "id" UUID NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "case_id" UUID,
    "correlated_at" TIMESTAMPTZ(3),
    "correlation_name" TEXT NOT NULL,
    "correlation_value" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "last_error" TEXT,
    "message_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "process_instance_key" TEXT,
    "status" "ProcessMessageStatus" NOT NULL DEFAULT 'PENDING',
    "variables" JSONB NOT NULL,

    CONSTRAINT "process_message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "process_message_message_id_key" ON "process_message"("message_id");
CREATE INDEX "process_message_case_id_idx" ON "process_message"("case_id");
CREATE INDEX "process_message_status_next_attempt_at_idx" ON "process_message"("status", "next_attempt_at");

-- AddForeignKey
ALTER TABLE "process_message" ADD CONSTRAINT "process_message_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
