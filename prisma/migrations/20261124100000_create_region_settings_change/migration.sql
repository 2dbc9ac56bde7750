-- The history of region settings changed in the settings forms (prisma/schema/region-settings.prisma).
-- Hand-written in Prisma's style.

-- CreateTable
CREATE TABLE "region_settings_change" (
    "id" UUID NOT NULL,
    "after" JSONB NOT NULL,
    "before" JSONB NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changed_by_id" UUID NOT NULL,
    "changed_by_name" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "region_id" UUID NOT NULL,

    CONSTRAINT "region_settings_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "region_settings_change_region_id_changed_at_idx" ON "region_settings_change"("region_id", "changed_at");
