-- The projections of project_dashboard_figures, recomputed case by case and report by report: each
-- case (report) looks up its own first meeting, norm deadline, first sending and reactions through
-- their indexes. The first version joined aggregates over all touched cases to each other, which a
-- bulk write on tables without statistics yet (the benchmark's seed) turned into a nested loop of
-- tens of thousands times tens of thousands. The definitions are unchanged.

CREATE OR REPLACE FUNCTION figure_refresh_first_meetings(case_ids UUID[]) RETURNS void LANGUAGE plpgsql AS $$
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
    FROM "jbt_case" c
    JOIN "region" r ON r."id" = c."region_id"
    CROSS JOIN LATERAL (SELECT min(m."held_at") AS held_at FROM "meeting" m
                         WHERE m."case_id" = c."id" AND m."kind" = 'TABLE' AND m."status" = 'HELD' AND m."held_at" IS NOT NULL) f
    CROSS JOIN LATERAL (SELECT min(d."due_at") AS due_at FROM "deadline" d
                         WHERE d."case_id" = c."id" AND d."kind" = 'MEETING_NORM' AND d."cancelled_at" IS NULL) n
   WHERE c."id" = ANY(case_ids) AND f.held_at IS NOT NULL;
END $$;

CREATE OR REPLACE FUNCTION figure_refresh_reports(report_ids UUID[]) RETURNS void LANGUAGE plpgsql AS $$
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
    FROM "report" rp
    CROSS JOIN LATERAL (SELECT min(v."sent_at") AS sent_at FROM "report_version" v WHERE v."report_id" = rp."id" AND v."sent_at" IS NOT NULL) s
    JOIN "jbt_case" c ON c."id" = rp."case_id"
    JOIN "region" r ON r."id" = c."region_id"
    LEFT JOIN "meeting" m ON m."id" = rp."meeting_id"
   WHERE rp."id" = ANY(report_ids) AND s.sent_at IS NOT NULL;
END $$;
