-- Decisions of OTS-closure reviews recorded before the review had outcomes of its own: the review's
-- form wrote outcome 1 when the Raad agreed (the order ends) and outcome 2 when it did not (the order
-- continues). Only that form records a decision in a case that entered as an OTS-closure review.

-- UpdateData
UPDATE "decision" AS d
SET "outcome" = CASE d."outcome" WHEN 'VOLUNTARY_LOCAL_TEAM' THEN 'OTS_ENDS'::"DecisionOutcome" ELSE 'OTS_CONTINUES'::"DecisionOutcome" END
FROM "jbt_case" AS c
WHERE c."id" = d."case_id"
  AND c."entry_type" = 'OTS_CLOSURE_REVIEW'
  AND d."outcome" IN ('VOLUNTARY_LOCAL_TEAM', 'VOLUNTARY_BINDING');
