-- Referral drafts (prisma/schema/referral-drafts.prisma): what a referrer typed before sending, kept
-- for its author only; sending files the referral and deletes the draft. Hand-written in Prisma's style.

-- CreateTable
CREATE TABLE "referral_draft" (
    "id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "content" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "referral_draft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "referral_draft_author_id_updated_at_idx" ON "referral_draft"("author_id", "updated_at");

-- AddForeignKey
ALTER TABLE "referral_draft" ADD CONSTRAINT "referral_draft_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
