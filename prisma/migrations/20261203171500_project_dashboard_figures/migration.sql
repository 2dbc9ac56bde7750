-- The dashboard's two heaviest figures read projections instead of joining the case record afresh
-- (issue 11: computed fresh within 300 ms at 55 000 cases). Hand-written in Prisma's style, with the
-- functions and triggers that keep the projections, which Prisma does not model.
--
-- figure_first_meeting: per case, its first held table meeting, judged against the norm (the case's
-- MEETING_NORM deadline, or the region's norm days after the referral), with the Dutch month and the
-- waiting days. figure_report: per report first sent, when it was due (its REPORT_DUE deadline after
-- the meeting, or the region's working days as calendar days times 7/5) and its reactions. Both carry
-- the case's region, table and municipality for the scope filter.
--
-- Triggers on every table the definitions read recompute the rows of the touched cases and reports,
-- in the writing transaction, so no code path can forget them. They are statement-level with
-- transition tables, so a bulk write recomputes each touched case once, set-based. The case (or
-- report) row is locked first, in id order, so that two transactions touching the same case take
-- turns and the second sees what the first committed.

-- CreateTable
CREATE TABLE "figure_first_meeting" (
    "case_id" UUID NOT NULL,
    "days" INTEGER NOT NULL,
    "held_at" TIMESTAMPTZ(3) NOT NULL,
    "month" TEXT NOT NULL,
    "municipality_id" UUID NOT NULL,
    "region_id" UUID NOT NULL,
    "table_id" UUID NOT NULL,
    "within_norm" BOOLEAN NOT NULL,

    CONSTRAINT "figure_first_meeting_pkey" PRIMARY KEY ("case_id")
);

CREATE TABLE "figure_report" (
    "report_id" UUID NOT NULL,
    "due_at" TIMESTAMPTZ(3),
    "municipality_id" UUID NOT NULL,
    "reactions" INTEGER NOT NULL,
    "region_id" UUID NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL,
    "table_id" UUID NOT NULL,

    CONSTRAINT "figure_report_pkey" PRIMARY KEY ("report_id")
);

-- CreateIndex
CREATE INDEX "figure_first_meeting_held_at_idx" ON "figure_first_meeting"("held_at");
CREATE INDEX "figure_report_sent_at_idx" ON "figure_report"("sent_at");

-- AddForeignKey
ALTER TABLE "figure_first_meeting" ADD CONSTRAINT "figure_first_meeting_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "jbt_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "figure_report" ADD CONSTRAINT "figure_report_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The first meetings of these cases, computed again (src/monitoring/figures/figures.repository.ts reads them).
CREATE FUNCTION figure_refresh_first_meetings(case_ids UUID[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "jbt_case" WHERE "id" = ANY(case_ids) ORDER BY "id" FOR NO KEY UPDATE;
  DELETE FROM "figure_first_meeting" WHERE "case_id" = ANY(case_ids);
  INSERT INTO "figure_first_meeting" ("case_id", "days", "held_at", "month", "municipality_id", "region_id", "table_id", "within_norm")
  SELECT c."id",
         ((f.held_at AT TIME ZONE 'Europe/Amsterdam')::date - (c."referred_at" AT TIME ZONE 'Europe/Amsterdam')::date),
         f.held_at,
         to_char(f.held_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM'),
         c."municipality_id", c."region_id", c."table_id",
         f.held_at <= COALESCE(n.due_at, c."referred_at" + make_interval(days => r."norm_days"))
    FROM (SELECT m."case_id", min(m."held_at") AS held_at FROM "meeting" m
           WHERE m."case_id" = ANY(case_ids) AND m."kind" = 'TABLE' AND m."status" = 'HELD' AND m."held_at" IS NOT NULL
           GROUP BY m."case_id") f
    JOIN "jbt_case" c ON c."id" = f."case_id"
    JOIN "region" r ON r."id" = c."region_id"
    LEFT JOIN (SELECT d."case_id", min(d."due_at") AS due_at FROM "deadline" d
                WHERE d."case_id" = ANY(case_ids) AND d."kind" = 'MEETING_NORM' AND d."cancelled_at" IS NULL
                GROUP BY d."case_id") n ON n."case_id" = f."case_id";
END $$;

-- These reports, computed again.
CREATE FUNCTION figure_refresh_reports(report_ids UUID[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "report" WHERE "id" = ANY(report_ids) ORDER BY "id" FOR NO KEY UPDATE;
  DELETE FROM "figure_report" WHERE "report_id" = ANY(report_ids);
  INSERT INTO "figure_report" ("report_id", "due_at", "municipality_id", "reactions", "region_id", "sent_at", "table_id")
  SELECT rp."id",
         COALESCE((SELECT min(d."due_at") FROM "deadline" d
                    WHERE d."case_id" = rp."case_id" AND d."kind" = 'REPORT_DUE' AND d."cancelled_at" IS NULL
                      AND (m."held_at" IS NULL OR d."due_at" >= m."held_at")),
                  m."held_at" + make_interval(days => ceil(r."report_due_working_days" * 7 / 5.0)::int)),
         c."municipality_id",
         (SELECT count(*) FROM "report_reaction" x WHERE x."report_id" = rp."id"),
         c."region_id", s.sent_at, c."table_id"
    FROM (SELECT v."report_id", min(v."sent_at") AS sent_at FROM "report_version" v
           WHERE v."report_id" = ANY(report_ids) AND v."sent_at" IS NOT NULL
           GROUP BY v."report_id") s
    JOIN "report" rp ON rp."id" = s."report_id"
    JOIN "jbt_case" c ON c."id" = rp."case_id"
    JOIN "region" r ON r."id" = c."region_id"
    LEFT JOIN "meeting" m ON m."id" = rp."meeting_id";
END $$;

-- The reports of these cases, and those held at these meetings.
CREATE FUNCTION figure_refresh_reports_of(case_ids UUID[], meeting_ids UUID[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM figure_refresh_reports(ARRAY(SELECT "id" FROM "report" WHERE "case_id" = ANY(case_ids) OR "meeting_id" = ANY(meeting_ids)));
END $$;

-- One trigger function per source table; TG_OP says which transition tables exist.
CREATE FUNCTION figure_on_meeting() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE cases UUID[]; meetings UUID[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "case_id"), array_agg("id") INTO cases, meetings FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "case_id"), array_agg("id") INTO cases, meetings FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT x.case_id), array_agg(DISTINCT x.id) INTO cases, meetings
      FROM (SELECT "case_id", "id" FROM new_rows UNION SELECT "case_id", "id" FROM old_rows) x;
  END IF;
  PERFORM figure_refresh_first_meetings(cases);
  PERFORM figure_refresh_reports_of('{}', meetings);
  RETURN NULL;
END $$;

CREATE FUNCTION figure_on_deadline() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE norm UUID[]; due UUID[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "case_id") FILTER (WHERE "kind" = 'MEETING_NORM'), array_agg(DISTINCT "case_id") FILTER (WHERE "kind" = 'REPORT_DUE') INTO norm, due FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "case_id") FILTER (WHERE "kind" = 'MEETING_NORM'), array_agg(DISTINCT "case_id") FILTER (WHERE "kind" = 'REPORT_DUE') INTO norm, due FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT x.case_id) FILTER (WHERE x.kind = 'MEETING_NORM'), array_agg(DISTINCT x.case_id) FILTER (WHERE x.kind = 'REPORT_DUE') INTO norm, due
      FROM (SELECT "case_id", "kind" FROM new_rows UNION SELECT "case_id", "kind" FROM old_rows) x;
  END IF;
  IF norm IS NOT NULL THEN PERFORM figure_refresh_first_meetings(norm); END IF;
  IF due IS NOT NULL THEN PERFORM figure_refresh_reports_of(due, '{}'); END IF;
  RETURN NULL;
END $$;

-- A case moved to another table, region or municipality, or its referral date corrected.
CREATE FUNCTION figure_on_case() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE cases UUID[];
BEGIN
  SELECT array_agg(n."id") INTO cases FROM new_rows n JOIN old_rows o ON o."id" = n."id"
   WHERE (n."referred_at", n."region_id", n."table_id", n."municipality_id") IS DISTINCT FROM (o."referred_at", o."region_id", o."table_id", o."municipality_id");
  IF cases IS NOT NULL THEN
    PERFORM figure_refresh_first_meetings(cases);
    PERFORM figure_refresh_reports_of(cases, '{}');
  END IF;
  RETURN NULL;
END $$;

-- A region's norm days or report days changed: its cases are judged again.
CREATE FUNCTION figure_on_region() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE cases UUID[];
BEGIN
  SELECT array_agg(c."id") INTO cases FROM "jbt_case" c JOIN new_rows n ON n."id" = c."region_id" JOIN old_rows o ON o."id" = n."id"
   WHERE (n."norm_days", n."report_due_working_days") IS DISTINCT FROM (o."norm_days", o."report_due_working_days");
  IF cases IS NOT NULL THEN
    PERFORM figure_refresh_first_meetings(cases);
    PERFORM figure_refresh_reports_of(cases, '{}');
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION figure_on_report_child() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE reports UUID[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "report_id") INTO reports FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "report_id") INTO reports FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT x.report_id) INTO reports FROM (SELECT "report_id" FROM new_rows UNION SELECT "report_id" FROM old_rows) x;
  END IF;
  PERFORM figure_refresh_reports(reports);
  RETURN NULL;
END $$;

-- A report re-linked to another meeting or case (a deleted one takes its row along: the foreign key).
CREATE FUNCTION figure_on_report() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM figure_refresh_reports(ARRAY(SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
                                        WHERE (n."case_id", n."meeting_id") IS DISTINCT FROM (o."case_id", o."meeting_id")));
  RETURN NULL;
END $$;

CREATE TRIGGER "figure_meeting_insert" AFTER INSERT ON "meeting" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figure_on_meeting();
CREATE TRIGGER "figure_meeting_update" AFTER UPDATE ON "meeting" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figure_on_meeting();
CREATE TRIGGER "figure_meeting_delete" AFTER DELETE ON "meeting" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figure_on_meeting();
CREATE TRIGGER "figure_deadline_insert" AFTER INSERT ON "deadline" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figure_on_deadline();
CREATE TRIGGER "figure_deadline_update" AFTER UPDATE ON "deadline" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figure_on_deadline();
CREATE TRIGGER "figure_deadline_delete" AFTER DELETE ON "deadline" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figure_on_deadline();
CREATE TRIGGER "figure_case_update" AFTER UPDATE ON "jbt_case" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figure_on_case();
CREATE TRIGGER "figure_region_update" AFTER UPDATE ON "region" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figure_on_region();
CREATE TRIGGER "figure_report_update" AFTER UPDATE ON "report" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figure_on_report();
CREATE TRIGGER "figure_report_version_insert" AFTER INSERT ON "report_version" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figure_on_report_child();
CREATE TRIGGER "figure_report_version_update" AFTER UPDATE ON "report_version" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figure_on_report_child();
CREATE TRIGGER "figure_report_version_delete" AFTER DELETE ON "report_version" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figure_on_report_child();
CREATE TRIGGER "figure_report_reaction_insert" AFTER INSERT ON "report_reaction" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figure_on_report_child();
CREATE TRIGGER "figure_report_reaction_update" AFTER UPDATE ON "report_reaction" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figure_on_report_child();
CREATE TRIGGER "figure_report_reaction_delete" AFTER DELETE ON "report_reaction" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figure_on_report_child();

-- The cases and reports recorded before this migration.
SELECT figure_refresh_first_meetings(ARRAY(SELECT DISTINCT "case_id" FROM "meeting"));
SELECT figure_refresh_reports(ARRAY(SELECT DISTINCT "report_id" FROM "report_version"));
