import { Prisma } from '../generated/prisma/client';

const { raw, sql } = Prisma;

/**
 * The planning norm of the case whose id is in `caseIdColumn`, as a lateral join named `norm`: the
 * latest planning norm still in force (a withdrawal lets it lapse), the early moment computed with it
 * (same start), the first table meeting that is planned or was held, and the slot a secretary chose
 * beyond this norm that is not booked yet (it waits for the municipal contact's decision). Uses the
 * indexes deadline(case_id, kind), meeting(case_id) and beyond_norm_choice(case_id).
 */
export function normJoinSql(caseIdColumn: string): Prisma.Sql {
  const caseId = raw(caseIdColumn);
  return sql`LEFT JOIN LATERAL (
      SELECT n.due_at AS norm_due_at, n.rule_code AS norm_rule_code,
             (SELECT w.due_at FROM deadline w
               WHERE w.case_id = n.case_id AND w.kind = 'MEETING_NORM_WARNING' AND w.based_on = n.based_on AND w.cancelled_at IS NULL
               ORDER BY w.computed_at DESC LIMIT 1) AS norm_warning_at,
             (SELECT min(m.starts_at) FROM meeting m WHERE m.case_id = n.case_id AND m.kind = 'TABLE' AND m.status <> 'CANCELLED') AS norm_meeting_at,
             (SELECT max(b.slot_starts_at) FROM beyond_norm_choice b WHERE b.case_id = n.case_id AND b.norm_due_at = n.due_at) AS norm_slot_beyond_at
        FROM deadline n
       WHERE n.case_id = ${caseId} AND n.kind = 'MEETING_NORM' AND n.cancelled_at IS NULL
       ORDER BY n.computed_at DESC
       LIMIT 1
    ) norm ON TRUE`;
}

/**
 * The status of the norm joined by normJoinSql at `now` (the rule of norm-status.ts, written once):
 * null without a norm; WITHIN_NORM with a meeting on or before the norm date; EXCEEDED once the norm
 * date passed without one; AT_RISK with a meeting beyond the norm date, with a slot chosen beyond it
 * that awaits the municipal contact (no meeting booked yet, but the norm will not be met unless the
 * contact finds another way), or from the early moment on; WITHIN_NORM before that.
 */
export function normStatusSql(now: Date): Prisma.Sql {
  return sql`(CASE
      WHEN norm.norm_due_at IS NULL THEN NULL
      WHEN norm.norm_meeting_at IS NOT NULL AND norm.norm_meeting_at <= norm.norm_due_at THEN 'WITHIN_NORM'
      WHEN norm.norm_due_at < ${now} THEN 'EXCEEDED'
      WHEN norm.norm_meeting_at IS NOT NULL THEN 'AT_RISK'
      WHEN norm.norm_slot_beyond_at IS NOT NULL THEN 'AT_RISK'
      WHEN norm.norm_warning_at IS NOT NULL AND norm.norm_warning_at <= ${now} THEN 'AT_RISK'
      ELSE 'WITHIN_NORM'
    END)`;
}

/** The columns a statement selects to build a CaseNorm (normOf). */
export function normColumnsSql(now: Date): Prisma.Sql {
  return sql`norm.norm_due_at, norm.norm_rule_code, norm.norm_warning_at, norm.norm_meeting_at, ${normStatusSql(now)} AS norm_status`;
}
