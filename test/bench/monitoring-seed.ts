import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { PasswordHasher } from '../../src/auth/password-hasher';

const ROOT = resolve(__dirname, '..', '..');

export const BENCH_PASSWORD = 'bench-password-123';
export const BENCH_USERNAME = 'manager.bench';
/** The first region's id (bench_uuid('r1')), for the benchmark's one-region filter. */
export const BENCH_REGION = '7c92cf1e-ee8d-49cc-85f8-355a3d6e4b86';

/** Keys of the engine's history start here, as Zeebe's keys on partition 1 do. */
const KEY_BASE = 2251799813685248n;

/** A version-4-shaped uuid derived from a text, so that related rows find each other without lookups. */
const UUID_FUNCTION = `
  CREATE OR REPLACE FUNCTION bench_uuid(seed text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
    SELECT (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18, 15))::uuid FROM md5(seed) AS h
  $$;`;

export interface SeedSizes {
  finished: number;
  running: number;
}

/**
 * Writes the cases straight into the scratch databases with set-based SQL (INSERT ... SELECT over
 * generate_series), which is what makes 55 000 cases with their meetings, decisions, reports and
 * engine history take seconds instead of minutes. Case i is finished for i <= finished, running after.
 * Ids are derived from i (bench_uuid), so related rows need no lookups.
 */
export async function seedCaseRecord(url: string, sizes: SeedSizes): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const total = sizes.finished + sizes.running;
  const hash = await new PasswordHasher().hash(BENCH_PASSWORD);
  const sql = `
    ${UUID_FUNCTION}
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
             CASE WHEN i <= ${sizes.finished}
                  THEN now() - make_interval(days => 30 + i % 700, hours => i % 24)
                  ELSE now() - make_interval(days => i % 40, hours => i % 24) END AS referred_at,
             5 + i % 18 AS wait
        FROM generate_series(1, ${total}) i;

    INSERT INTO jbt_case (id, case_number, entry_type, municipality_id, referred_at, region_id, table_id, updated_at, status, track,
                          closed_at, process_instance_key, process_started_at)
      SELECT id, 'JBT-' || (2020 + i / 100000) || '-' || lpad((i % 100000)::text, 6, '0'), 'REFERRAL', bench_uuid('m' || r || '-' || mk), referred_at,
             bench_uuid('r' || r), bench_uuid('t' || r || '-' || k), now(),
             (CASE WHEN finished THEN 'CLOSED' WHEN i % 3 = 0 THEN 'PLANNED' ELSE 'FILED' END)::"CaseStatus",
             (CASE WHEN i % 2 = 0 THEN 'QUARTER_TO_TWELVE' ELSE 'FIVE_TO_TWELVE' END)::"Track",
             CASE WHEN finished THEN referred_at + make_interval(days => wait + 70) END,
             (${KEY_BASE} + i)::text, referred_at
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

/** The engine's history of the same cases, in the exporter's tables (created from its own schema file). */
export async function seedEngineHistory(url: string, sizes: SeedSizes): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const schema = readFileSync(join(ROOT, 'src', 'engine', 'exporter', 'resources', 'jbt-exporter-schema.sql'), 'utf8');
  const xml = readFileSync(join(ROOT, 'test', 'fixtures', 'monitoring-case.bpmn'), 'utf8');
  const total = sizes.finished + sizes.running;
  const definition = KEY_BASE - 1n;
  try {
    await client.query(schema);
    await client.query(UUID_FUNCTION);
    await client.query(
      `INSERT INTO zeebe_process_definition (key, bpmn_process_id, version, resource_name, bpmn_xml, deployed_at, position)
       VALUES ($1, 'test-monitoring-case', 1, 'monitoring-case.bpmn', $2, now() - interval '800 days', 1)`,
      [definition.toString(), xml],
    );
    await client.query(`
      CREATE TEMP TABLE bench_instance AS
        SELECT i, ${KEY_BASE} + i AS key, (i <= ${sizes.finished}) AS finished,
               CASE WHEN i <= ${sizes.finished} THEN now() - make_interval(days => 30 + i % 700, hours => i % 24)
                    ELSE now() - make_interval(days => i % 40, hours => i % 24) END AS started
          FROM generate_series(1, ${total}) i;
      INSERT INTO zeebe_process_instance (key, bpmn_process_id, version, process_definition_key, state, start_date, end_date, root_process_instance_key, position)
        SELECT key, 'test-monitoring-case', 1, ${definition}, CASE WHEN finished THEN 'COMPLETED' ELSE 'ACTIVE' END, started,
               CASE WHEN finished THEN started + interval '90 days' END, key, i
          FROM bench_instance;
      -- Four steps per finished case; a running case has started and waits at the check or the planning.
      INSERT INTO zeebe_element_instance (key, process_instance_key, process_definition_key, bpmn_process_id, element_id, element_type, flow_scope_key, state, start_date, end_date, position)
        SELECT 3000000000000000 + i * 10 + step, key, ${definition}, 'test-monitoring-case', element, kind, key,
               CASE WHEN finished OR step < 2 OR (step = 2 AND i % 2 = 0) THEN 'COMPLETED' ELSE 'ACTIVE' END,
               started + make_interval(days => step * 5),
               CASE WHEN finished OR step < 2 OR (step = 2 AND i % 2 = 0) THEN started + make_interval(days => step * 5 + 1) END,
               i * 10 + step
          FROM bench_instance,
               (VALUES (1, 'received', 'START_EVENT'), (2, 'check-data', 'SERVICE_TASK'), (3, 'plan-meeting', 'USER_TASK'), (4, 'done', 'END_EVENT')) AS steps(step, element, kind)
         WHERE finished OR step = 1 OR step = 2 OR (step = 3 AND i % 2 = 0);
      INSERT INTO zeebe_variable (key, process_instance_key, scope_key, name, value, updated_at, position)
        SELECT 4000000000000000 + i, key, key, 'caseId', '"' || bench_uuid('c' || i) || '"', started, i FROM bench_instance;
      -- One running case in a hundred has an incident at the check.
      INSERT INTO zeebe_job (key, type, kind, process_instance_key, element_instance_key, element_id, bpmn_process_id, state, retries, updated_at, position)
        SELECT 5000000000000000 + i, 'check', 'BPMN_ELEMENT', key, 3000000000000000 + i * 10 + 2, 'check-data', 'test-monitoring-case', 'FAILED', 0, now(), i
          FROM bench_instance WHERE NOT finished AND i % 2 = 1 AND i % 100 = 1;
      INSERT INTO zeebe_incident (key, process_instance_key, process_definition_key, element_instance_key, element_id, bpmn_process_id, job_key, error_type, error_message, state, creation_date, position)
        SELECT 6000000000000000 + i, key, ${definition}, 3000000000000000 + i * 10 + 2, 'check-data', 'test-monitoring-case', 5000000000000000 + i,
               'JOB_NO_RETRIES', 'Mailserver onbereikbaar', 'ACTIVE', now(), i
          FROM bench_instance WHERE NOT finished AND i % 2 = 1 AND i % 100 = 1;
      UPDATE zeebe_process_instance SET has_incident = true WHERE key IN (SELECT process_instance_key FROM zeebe_incident);
      ANALYZE;
    `);
  } finally {
    await client.end();
  }
}
