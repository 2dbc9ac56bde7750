-- Sessions and sign-in attempts (prisma/schema/sessions.prisma): a session token names its session, so
-- that signing out ends that session only; attempts throttle and lock sign-in across API processes.
-- Hand-written in Prisma's style.

-- CreateEnum
CREATE TYPE "SessionEndReason" AS ENUM ('SIGNED_OUT', 'SIGNED_OUT_ELSEWHERE', 'SIGNED_OUT_EVERYWHERE');
CREATE TYPE "SignInMethod" AS ENUM ('OIDC', 'PASSWORD');
CREATE TYPE "SignInAttemptOutcome" AS ENUM ('FAILED', 'LOCKED', 'PENDING', 'SUCCEEDED', 'THROTTLED');

-- CreateTable
CREATE TABLE "auth_session" (
    "id" UUID NOT NULL,
    "client_ip" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "end_reason" "SessionEndReason",
    "ended_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "method" "SignInMethod" NOT NULL,
    "user_agent" TEXT,
    "user_id" UUID NOT NULL,

    CONSTRAINT "auth_session_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "sign_in_attempt" (
    "id" UUID NOT NULL,
    "account_key" TEXT NOT NULL,
    "client_ip" TEXT,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" "SignInAttemptOutcome" NOT NULL,

    CONSTRAINT "sign_in_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "auth_session_expires_at_idx" ON "auth_session"("expires_at");
CREATE INDEX "auth_session_user_id_ended_at_idx" ON "auth_session"("user_id", "ended_at");
CREATE INDEX "sign_in_attempt_account_key_occurred_at_idx" ON "sign_in_attempt"("account_key", "occurred_at");
CREATE INDEX "sign_in_attempt_client_ip_occurred_at_idx" ON "sign_in_attempt"("client_ip", "occurred_at");
CREATE INDEX "sign_in_attempt_occurred_at_idx" ON "sign_in_attempt"("occurred_at");

-- AddForeignKey
ALTER TABLE "auth_session" ADD CONSTRAINT "auth_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
