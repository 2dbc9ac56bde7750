import { Client } from 'pg';
import { ALL_USER_TASKS } from '../../src/engine/process-catalog';

/** Sizes of the task list's data. */
export interface TaskSeedSizes {
  closed: number;
  open: number;
  regions: number;
}

/** A version-4-shaped uuid derived from a text, so that related rows find each other without lookups. */
const UUID_FUNCTION = `
  CREATE OR REPLACE FUNCTION bench_uuid(seed text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
    SELECT (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18, 15))::uuid FROM md5(seed) AS h
  $$;`;

/** The bench's users: two of each working role per region, ids bench_uuid('u-<region>-<role>-<n>'). */
export const BENCH_ROLES = ['CHAIR', 'SECRETARY', 'RAAD_WORKER', 'MUNICIPAL_CONTACT'] as const;

export const benchUserId = (client: Client, region: number, role: (typeof BENCH_ROLES)[number], n = 0) =>
  client.query<{ id: string }>(`SELECT bench_uuid($1) AS id`, [`u-${region}-${role}-${n}`]).then((result) => result.rows[0].id);

const sqlText = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * Writes the task list's data straight into the scratch database with set-based SQL
 * (INSERT ... SELECT over generate_series): regions with a table, users of every working role, one
 * case per open task (the Raad takes part in each), the open tasks spread over roles, regions and
 * due dates (a tenth overdue), and the closed tasks of the past. The indexes of user_task are
 * dropped for the load and built again after it, which is what makes a million rows take seconds.
 */
export async function seedTaskList(url: string, sizes: TaskSeedSizes): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const elements = ALL_USER_TASKS.map((task) => `(${sqlText(task.elementId)}, ${sqlText(task.labelNl)}, ${sqlText(task.formKey)})`);
    const { rows: indexes } = await client.query<{ indexdef: string; indexname: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'user_task' AND indexname <> 'user_task_pkey'`,
    );
    await client.query(`
      ${UUID_FUNCTION}
      INSERT INTO region (id, code, name, updated_at)
        SELECT bench_uuid('r' || r), 'bench-' || r, 'Regio ' || r, now() FROM generate_series(1, ${sizes.regions}) r;
      INSERT INTO jbt_table (id, code, name, region_id)
        SELECT bench_uuid('t' || r), 'bench-t' || r, 'Tafel ' || r, bench_uuid('r' || r) FROM generate_series(1, ${sizes.regions}) r;
      INSERT INTO municipality (id, name, region_id, table_id)
        SELECT bench_uuid('m' || r), 'Gemeente ' || r, bench_uuid('r' || r), bench_uuid('t' || r) FROM generate_series(1, ${sizes.regions}) r;
      INSERT INTO organisation (id, code, kind, name, region_id)
        SELECT bench_uuid('o-' || r || '-' || kind), 'bench-' || r || '-' || kind, kind::"OrganisationKind", kind || ' ' || r, bench_uuid('r' || r)
          FROM generate_series(1, ${sizes.regions}) r, unnest(ARRAY['MUNICIPALITY', 'RAAD']) kind;
      INSERT INTO app_user (id, display_name, updated_at, username)
        SELECT bench_uuid('u-' || r || '-' || role || '-' || n), initcap(replace(role, '_', ' ')) || ' ' || r || '.' || n, now(), lower(role) || '.' || r || '.' || n
          FROM generate_series(1, ${sizes.regions}) r, unnest(ARRAY[${BENCH_ROLES.map(sqlText).join(', ')}]) role, generate_series(0, 1) n;
      INSERT INTO role_membership (id, organisation_id, region_id, role, user_id)
        SELECT bench_uuid('ms-' || r || '-' || role || '-' || n), bench_uuid('o-' || r || '-' || CASE WHEN role = 'RAAD_WORKER' THEN 'RAAD' ELSE 'MUNICIPALITY' END),
               bench_uuid('r' || r), role::"Role", bench_uuid('u-' || r || '-' || role || '-' || n)
          FROM generate_series(1, ${sizes.regions}) r, unnest(ARRAY[${BENCH_ROLES.map(sqlText).join(', ')}]) role, generate_series(0, 1) n;

      INSERT INTO jbt_case (id, case_number, entry_type, municipality_id, referred_at, region_id, table_id, updated_at, status, track)
        SELECT bench_uuid('c' || i), 'JBT-2026-' || lpad(i::text, 6, '0'), 'REFERRAL', bench_uuid('m' || (1 + i % ${sizes.regions})),
               now() - make_interval(days => i % 30), bench_uuid('r' || (1 + i % ${sizes.regions})), bench_uuid('t' || (1 + i % ${sizes.regions})), now(),
               'PLANNED', 'QUARTER_TO_TWELVE'
          FROM generate_series(1, ${sizes.open}) i;
      INSERT INTO participant (id, case_id, organisation_id, role)
        SELECT bench_uuid('p' || i), bench_uuid('c' || i), bench_uuid('o-' || (1 + i % ${sizes.regions}) || '-RAAD'), 'RAAD'
          FROM generate_series(1, ${sizes.open}) i;
      ${indexes.map((index) => `DROP INDEX "${index.indexname}";`).join('\n')}
    `);
    // Open tasks: 40 % chair, 30 % secretary, 20 % Raad, 10 % municipal contact; one in seven assigned.
    await client.query(`
      CREATE TEMP TABLE bench_element AS SELECT * FROM (VALUES ${elements.join(', ')}) AS e(element_id, name, form_key);
      CREATE TEMP TABLE bench_element_n AS SELECT row_number() OVER () - 1 AS n, * FROM bench_element;
      INSERT INTO user_task (id, assignee_id, bpmn_process_id, candidate_role, case_id, created_at, due_at, element_id, element_instance_key,
                             engine_key, form_key, name, priority, process_definition_key, process_instance_key, region_id, root_process_instance_key,
                             state, table_id, updated_at)
        SELECT bench_uuid('ot' || i),
               CASE WHEN i % 7 = 0 THEN bench_uuid('u-' || (1 + i % ${sizes.regions}) || '-' || role || '-' || (i % 2)) END,
               'jbt-referral', role::"Role", bench_uuid('c' || i),
               now() - make_interval(days => i % 30, mins => i % 1440),
               now() + make_interval(days => (i % 41) - 4, hours => i % 24),
               e.element_id, 'bench-ei-' || i, 'bench-o-' || i, e.form_key, e.name, CASE WHEN i % 13 = 0 THEN 80 ELSE 50 END,
               'bench', 'bench-pi-' || i, bench_uuid('r' || (1 + i % ${sizes.regions})), 'bench-pi-' || i, 'OPEN', bench_uuid('t' || (1 + i % ${sizes.regions})), now()
          FROM (SELECT i, (ARRAY['CHAIR', 'CHAIR', 'CHAIR', 'CHAIR', 'SECRETARY', 'SECRETARY', 'SECRETARY', 'RAAD_WORKER', 'RAAD_WORKER', 'MUNICIPAL_CONTACT'])[1 + (i / ${sizes.regions}) % 10] AS role
                  FROM generate_series(1, ${sizes.open}) i) s
          JOIN bench_element_n e ON e.n = i % ${elements.length};
    `);
    // Closed tasks: the history of the same cases, completed (one in twenty cancelled) over two years.
    await client.query(`
      INSERT INTO user_task (id, assignee_id, bpmn_process_id, canceled_at, candidate_role, case_id, completed_at, created_at, due_at, element_id,
                             element_instance_key, engine_key, form_key, name, priority, process_definition_key, process_instance_key, region_id,
                             root_process_instance_key, state, table_id, updated_at)
        SELECT bench_uuid('ct' || i),
               bench_uuid('u-' || (1 + c % ${sizes.regions}) || '-' || role || '-' || (i % 2)),
               'jbt-referral',
               CASE WHEN i % 20 = 0 THEN now() - make_interval(days => i % 700) END,
               role::"Role", bench_uuid('c' || c),
               CASE WHEN i % 20 <> 0 THEN now() - make_interval(days => i % 700) END,
               now() - make_interval(days => i % 700 + 3), now() - make_interval(days => i % 700 - 5),
               e.element_id, 'bench-cei-' || i, 'bench-c-' || i, e.form_key, e.name, 50, 'bench', 'bench-pi-' || c,
               bench_uuid('r' || (1 + c % ${sizes.regions})), 'bench-pi-' || c,
               (CASE WHEN i % 20 = 0 THEN 'CANCELED' ELSE 'COMPLETED' END)::"UserTaskState", bench_uuid('t' || (1 + c % ${sizes.regions})), now()
          FROM (SELECT i, 1 + i % ${sizes.open} AS c, (ARRAY['CHAIR', 'CHAIR', 'CHAIR', 'CHAIR', 'SECRETARY', 'SECRETARY', 'SECRETARY', 'RAAD_WORKER', 'RAAD_WORKER', 'MUNICIPAL_CONTACT'])[1 + (i / 7) % 10] AS role
                  FROM generate_series(1, ${sizes.closed}) i) s
          JOIN bench_element_n e ON e.n = i % ${elements.length};
    `);
    for (const index of indexes) await client.query(index.indexdef);
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}
