-- Where each projection of the engine's history (e.g. user tasks into user_task) has read up to.
CREATE TABLE "projection_cursor" (
    "name" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "projection_cursor_pkey" PRIMARY KEY ("name")
);
