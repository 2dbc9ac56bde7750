import { Client } from 'pg';
import { PasswordHasher } from '../../src/auth/password-hasher';

export const BENCH_PASSWORD = 'bench-password-123';
export const BENCH_USERNAME = 'manager.bench';
/** The first region's id (bench_uuid('r1')), for the benchmark's one-region filter. */
export const BENCH_REGION = '7c92cf1e-ee8d-49cc-85f8-355a3d6e4b86';

/**
 * A version-4-shaped uuid derived from a text, so that related rows find each other without lookups
 * (written without a FROM clause, so that PostgreSQL inlines it). bench_id(kind, i, n) is a uuid-shaped
 * id built from numbers alone, for the millions of engine rows where hashing would cost minutes;
 * bench_pid(i, slot) is the engine's id of case i's process instance in slot `slot` of its tree
 * (slot 0: the root, which the case record holds), the same in both databases.
 */
export const UUID_FUNCTIONS = `
  CREATE OR REPLACE FUNCTION bench_uuid(seed text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
    SELECT (substr(md5(seed), 1, 12) || '4' || substr(md5(seed), 14, 3) || '8' || substr(md5(seed), 18, 15))::uuid
  $$;
  CREATE OR REPLACE FUNCTION bench_id(kind int, i int, n int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT lpad(to_hex(i), 8, '0') || '-' || lpad(to_hex(n), 4, '0') || '-4' || lpad(to_hex(kind), 3, '0') || '-8000-00000000b3c4'
  $$;
  CREATE OR REPLACE FUNCTION bench_pid(i int, slot int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT bench_id(1, i, slot)
  $$;`;

/**
 * When case i was referred (its process started): finished cases 30 days to two years ago, running
 * ones within the last 40 days. The engine's history seeds the same (monitoring-engine-seed.ts).
 */
export const REFERRED_AT_SQL = (finished: number) => `CASE WHEN i <= ${finished}
                  THEN now() - make_interval(days => 30 + i % 700, hours => i % 24)
                  ELSE now() - make_interval(days => i % 40, hours => i % 24) END`;

export interface SeedSizes {
  finished: number;
  running: number;
}

/**
 * Writes the cases straight into the scratch database with set-based SQL (INSERT ... SELECT over
 * generate_series), which is what makes 55 000 cases with their meetings, decisions and reports take
 * seconds instead of minutes. Case i is finished for i <= finished, running after. Ids are derived
 * from i (bench_uuid), so related rows need no lookups; the engine's side is monitoring-engine-seed.ts.
 */
export async function seedCaseRecord(url: string, sizes: SeedSizes): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const total = sizes.finished + sizes.running;
  const hash = await new PasswordHasher().hash(BENCH_PASSWORD);
  const sql = `
    ${UUID_FUNCTIONS}
    INSERT INTO region (id, code, name, norm_days, updated_at)
      SELECT bench_uuid('r' || r), 'bench-' || r, (ARRAY['Twente', 'Gelderland-Zuid', 'Zuid-Limburg', 'Utrecht'])[r], 14, now() FROM generate_series(1, 4) r;
    INSERT INTO jbt_table (id, code, name, region_id)
      SELECT bench_uuid('t' || r || '-' || k), 'bench-' || r || '-' || k, 'Tafel ' || r || '.' || k, bench_uuid('r' || r) FROM generate_series(1, 4) r, generate_series(1, 3) k;
    INSERT INTO municipality (id, name, region_id, table_id)
      SELECT bench_uuid('m' || r || '-' || k), 'Gemeente ' || r || '.' || k, bench_uuid('r' || r), bench_uuid('t' || r || '-' || ((k - 1) % 3 + 1)) FROM generate_series(1, 4) r, generate_series(1, 4) k;
    INSERT INTO organisation (id, code, kind, name) VALUES (bench_uuid('org'), 'bench-gemeenten', 'MUNICIPALITY', 'Gemeenten (bench)');
    INSERT INTO app_user (id, display_name, updated_at, username, password_hash)
      VALUES (bench_uuid('user'), 'Manager (bench)', now(), '${BENCH_USERNAME}', '${hash}');
    -- Not bound to a region: the manager sees all four, the heaviest case for every query.
    INSERT INTO role_membership (id, organisation_id, role, user_id) VALUES (bench_uuid('membership'), bench_uuid('org'), 'MANAGER', bench_uuid('user'));

    CREATE TEMP TABLE bench_case AS
      SELECT i, bench_uuid('c' || i) AS id, (i <= ${sizes.finished}) AS finished,
             1 + i % 4 AS r, 1 + i % 3 AS k, 1 + (i / 4) % 4 AS mk,
             ${REFERRED_AT_SQL(sizes.finished)} AS referred_at,
             5 + i % 18 AS wait
        FROM generate_series(1, ${total}) i;

    INSERT INTO jbt_case (id, case_number, entry_type, municipality_id, referred_at, region_id, table_id, updated_at, status, track,
                          closed_at, process_instance_key, process_started_at)
      SELECT id, 'JBT-' || (2020 + i / 100000) || '-' || lpad((i % 100000)::text, 6, '0'), 'REFERRAL', bench_uuid('m' || r || '-' || mk), referred_at,
             bench_uuid('r' || r), bench_uuid('t' || r || '-' || k), now(),
             (CASE WHEN finished THEN 'CLOSED' WHEN i % 3 = 0 THEN 'PLANNED' ELSE 'FILED' END)::"CaseStatus",
             (CASE WHEN i % 2 = 0 THEN 'QUARTER_TO_TWELVE' ELSE 'FIVE_TO_TWELVE' END)::"Track",
             CASE WHEN finished THEN referred_at + make_interval(days => wait + 70) END,
             bench_pid(i, 0), referred_at
        FROM bench_case;

    INSERT INTO deadline (id, based_on, case_id, due_at, kind, met_at, rule, rule_code)
      SELECT bench_uuid('dn' || i), referred_at, id, referred_at + interval '14 days', 'MEETING_NORM',
             CASE WHEN finished AND wait <= 14 THEN referred_at + make_interval(days => wait) END, '14 kalenderdagen', 'CALENDAR_DAYS:14'
        FROM bench_case;
    INSERT INTO meeting (id, case_id, starts_at, held_at, status, kind, table_id, updated_at, parents_present, children_heard)
      SELECT bench_uuid('mt' || i), id, referred_at + make_interval(days => wait), referred_at + make_interval(days => wait), 'HELD', 'TABLE',
             bench_uuid('t' || r || '-' || k), now(), i % 5 <> 0, CASE WHEN i % 7 = 0 THEN NULL ELSE i % 3 <> 0 END
        FROM bench_case WHERE finished;
    INSERT INTO decision (id, basis, case_id, decided_at, decision_help, decision_route, decision_safety, outcome, recorded_by_id, meeting_id)
      SELECT bench_uuid('d' || i), 'CONSENSUS', id, referred_at + make_interval(days => wait), 'Hulp', 'Route', 'Veiligheid',
             (ARRAY['VOLUNTARY_LOCAL_TEAM', 'VOLUNTARY_LOCAL_TEAM', 'VOLUNTARY_LOCAL_TEAM', 'VOLUNTARY_BINDING', 'VOLUNTARY_BINDING',
                    'VOLUNTARY_BINDING', 'VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION', 'VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION',
                    'RAAD_INVESTIGATION', 'VOLUNTARY_LOCAL_TEAM'])[1 + i % 10]::"DecisionOutcome",
             bench_uuid('user'), bench_uuid('mt' || i)
        FROM bench_case WHERE finished;
    INSERT INTO deadline (id, based_on, case_id, due_at, kind, rule, rule_code)
      SELECT bench_uuid('dr' || i), referred_at + make_interval(days => wait), id, referred_at + make_interval(days => wait + 7), 'REPORT_DUE', '5 werkdagen', 'WORKING_DAYS:5'
        FROM bench_case WHERE finished;
    INSERT INTO report (id, case_id, meeting_id) SELECT bench_uuid('rp' || i), id, bench_uuid('mt' || i) FROM bench_case WHERE finished;
    INSERT INTO report_version (id, report_id, text, version, sent_at)
      SELECT bench_uuid('rv' || i), bench_uuid('rp' || i), 'Verslag', 1, referred_at + make_interval(days => wait + 3 + i % 6) FROM bench_case WHERE finished;
    INSERT INTO report_reaction (id, author_kind, report_id, report_version_id, text, received_at)
      SELECT bench_uuid('rr' || i), 'PARENT', bench_uuid('rp' || i), bench_uuid('rv' || i), 'Reactie', referred_at + make_interval(days => wait + 12)
        FROM bench_case WHERE finished AND i % 4 = 0;
    INSERT INTO evaluation (id, case_id, due_at, held_at, mode, sequence)
      SELECT bench_uuid('ev' || i), id, referred_at + make_interval(days => wait + 60),
             CASE WHEN i % 5 <> 0 THEN referred_at + make_interval(days => wait + 59) END, 'WRITTEN', 1
        FROM bench_case WHERE finished AND i % 2 = 0;
    INSERT INTO feedback (id, case_id, form_token, respondent_kind, responded_at, score)
      SELECT bench_uuid('fp' || i), id, md5('fp' || i), 'PARENT'::"FeedbackRespondent", referred_at + make_interval(days => wait + 5), 4 + i % 7
        FROM bench_case WHERE finished AND i % 3 <> 0
      UNION ALL
      SELECT bench_uuid('fr' || i), id, md5('fr' || i), 'PROFESSIONAL'::"FeedbackRespondent", referred_at + make_interval(days => wait + 5), 6 + i % 4
        FROM bench_case WHERE finished;
    INSERT INTO escalation (id, case_id, reason, raised_at, resolved_at)
      SELECT bench_uuid('es' || i), id, 'BEYOND_NORM', referred_at + interval '12 days', CASE WHEN finished THEN referred_at + interval '15 days' END
        FROM bench_case WHERE (finished AND wait > 14) OR (NOT finished AND i % 40 > 14 AND i % 3 = 0);
    ANALYZE;
  `;
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
