import { Client } from 'pg';
import { readModelFiles } from '../../src/models/bpmn-directory';
import { createEngineSchema } from './engine-schema';
import { REFERRED_AT_SQL, SeedSizes, UUID_FUNCTIONS } from './monitoring-seed';
import { ModelProcess, modelProcesses, processShape, ProcessShape, WAIT_TYPES } from './monitoring-process-shape';

/** The process every case runs; the others are called from it. */
const ROOT_PROCESS = 'jbt-referral';

/** How long a finished case's process took, start to end. */
const FINISHED_SPAN = "interval '90 days'";

/** The tables that receive a row per step or flow of every case. */
const BULK_TABLES = ['act_hi_actinst', 'act_hi_procinst', 'act_hi_varinst', 'jbt_flow_taken'];

/** Operaton's ACT_INST_STATE_ for an activity that ended normally, and for an end event (scope complete). */
const ENDED = 4;
const SCOPE_COMPLETE = 1;

/**
 * The engine's history of the seeded cases, in Operaton's own tables (created from its DDL scripts,
 * engine-schema.ts) and our plugin's jbt_flow_taken, written with set-based SQL: the deployed models
 * of bpmn/, and per case a process tree shaped like a real jbt-referral run (monitoring-process-shape.ts):
 * the root instance with its called instances, every activity instance and sequence flow along the
 * way, process variables. A finished case completed the whole tree; a running case stands at one of
 * the steps where cases wait (a user task, a worker's task, a timer), everything before it done. One
 * running case in a hundred waits at a worker's task that failed: an incident (with the copy Operaton
 * raises on each calling call activity) and its external task without retries.
 */
export async function seedEngineHistory(url: string, sizes: SeedSizes): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const models = readModelFiles();
  const processes = new Map<string, ModelProcess>();
  for (const file of models) for (const process of await modelProcesses(file.content)) processes.set(process.id, process);
  const shape = processShape(processes, ROOT_PROCESS);
  try {
    // Compiling these few large statements costs more than it saves.
    await client.query('SET jit = off');
    await createEngineSchema(client);
    await client.query(UUID_FUNCTIONS);
    // Operaton names an activity instance "<activity id>:<id>", or only "<id>" when that exceeds 64 characters.
    await client.query(`
      CREATE FUNCTION bench_activity_instance(activity text, i int, g int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN length(activity) + 37 > 64 THEN bench_id(2, i, g) ELSE activity || ':' || bench_id(2, i, g) END
      $$`);
    await client.query(`INSERT INTO act_re_deployment (id_, name_, deploy_time_, source_) VALUES (bench_uuid('deployment')::text, 'jbt-orchestrator', (now() - interval '800 days') AT TIME ZONE 'UTC', 'jbt-orchestrator')`);
    for (const file of models) {
      const name = processes.get(file.processId)?.name ?? null;
      await client.query(
        `INSERT INTO act_ge_bytearray (id_, rev_, name_, deployment_id_, bytes_, generated_, type_, create_time_)
           VALUES (bench_uuid('xml-' || $1)::text, 1, $2, bench_uuid('deployment')::text, convert_to($3, 'UTF8'), false, 1, (now() - interval '800 days') AT TIME ZONE 'UTC')`,
        [file.processId, file.resourceName, file.content],
      );
      await client.query(
        `INSERT INTO act_re_procdef (id_, rev_, key_, name_, version_, deployment_id_, resource_name_, suspension_state_, history_ttl_, startable_)
           VALUES ($1 || ':1:' || bench_uuid('definition-' || $1), 1, $1, $3, 1, bench_uuid('deployment')::text, $2, 1, 7300, true)`,
        [file.processId, file.resourceName, name],
      );
    }
    await loadShape(client, shape);
    // Millions of rows load faster into tables without their secondary indexes; they are built afterwards.
    const indexes = await client.query<{ indexdef: string; indexname: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = indexname::regclass)`,
      [BULK_TABLES],
    );
    for (const index of indexes.rows) await client.query(`DROP INDEX ${index.indexname}`);
    await client.query(historySql(sizes));
    for (const index of indexes.rows) await client.query(index.indexdef);
    // A running engine's tables are vacuumed by autovacuum: statistics and visibility maps as in steady state.
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
}

/** The shape as three temporary tables, and the steps where a running case may stand. */
async function loadShape(client: Client, shape: ProcessShape): Promise<void> {
  const column = <T>(rows: T[], pick: (row: T) => unknown) => rows.map(pick);
  await client.query(`
    CREATE TEMP TABLE bench_slot (slot int, process_id text, parent_slot int, g_start int, g_end int);
    CREATE TEMP TABLE bench_step (g int, g_end int, slot int, act_id text, act_type text, act_name text, parent_g int, parent_act_id text, called_slot int, leaf boolean, topic text);
    CREATE TEMP TABLE bench_flow (g int, slot int, flow_id text);`);
  const slots = shape.slots;
  await client.query('INSERT INTO bench_slot SELECT * FROM unnest($1::int[], $2::text[], $3::int[], $4::int[], $5::int[])', [
    column(slots, (slot) => slot.slot),
    column(slots, (slot) => slot.processId),
    column(slots, (slot) => slot.parentSlot),
    column(slots, (slot) => slot.gStart),
    column(slots, (slot) => slot.gEnd),
  ]);
  const steps = shape.steps;
  await client.query('INSERT INTO bench_step SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::int[], $10::bool[], $11::text[])', [
    column(steps, (step) => step.g),
    column(steps, (step) => step.gEnd),
    column(steps, (step) => step.slot),
    column(steps, (step) => step.activityId),
    column(steps, (step) => step.activityType),
    column(steps, (step) => step.name),
    column(steps, (step) => step.parentG),
    column(steps, (step) => step.parentActivityId),
    column(steps, (step) => step.calledSlot),
    column(steps, (step) => step.leaf),
    column(steps, (step) => step.topic),
  ]);
  await client.query('INSERT INTO bench_flow SELECT * FROM unnest($1::int[], $2::int[], $3::text[])', [
    column(shape.flows, (flow) => flow.g),
    column(shape.flows, (flow) => flow.slot),
    column(shape.flows, (flow) => flow.flowId),
  ]);
  await client.query('CREATE TEMP TABLE bench_wait AS SELECT (row_number() OVER (ORDER BY g) - 1)::int AS n, g FROM bench_step WHERE leaf AND act_type = ANY($1::text[])', [[...WAIT_TYPES]]);
  await client.query(`CREATE TEMP TABLE bench_failing AS SELECT (row_number() OVER (ORDER BY g) - 1)::int AS n, g FROM bench_step WHERE leaf AND act_type = 'serviceTask' AND topic IS NOT NULL`);
}

/**
 * The history of every case from the shape. Case i's step g happened at started + span * g / denom:
 * a finished case spread over FINISHED_SPAN, a running one up to now, where its step `cut` began.
 * Times are written as UTC wall-clock time, as an engine running in UTC writes them.
 */
function historySql(sizes: SeedSizes): string {
  const total = sizes.finished + sizes.running;
  const at = (g: string) => `((b.started + b.span * ((${g})::float8 / b.denom)) AT TIME ZONE 'UTC')`;
  return `
    CREATE TEMP TABLE bench_instance AS
      SELECT i, finished, started, failing, bench_uuid('c' || i)::text AS case_id,
             CASE WHEN finished THEN 1000000000
                  WHEN failing THEN (SELECT g FROM bench_failing WHERE n = i % (SELECT count(*) FROM bench_failing))
                  ELSE (SELECT g FROM bench_wait WHERE n = i % (SELECT count(*) FROM bench_wait)) END AS cut,
             CASE WHEN finished THEN ${FINISHED_SPAN} ELSE now() - started END AS span
        FROM (SELECT i, i <= ${sizes.finished} AS finished, NOT (i <= ${sizes.finished}) AND i % 100 = 1 AS failing,
                     ${REFERRED_AT_SQL(sizes.finished)} AS started
                FROM generate_series(1, ${total}) i) cases;
    ALTER TABLE bench_instance ADD COLUMN denom float8;
    UPDATE bench_instance SET denom = CASE WHEN finished THEN (SELECT max(g_end) + 1 FROM bench_slot) ELSE cut + 1 END;
    CREATE TEMP TABLE bench_definition AS SELECT key_ AS process_id, id_ AS definition_id FROM act_re_procdef;

    INSERT INTO act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_, duration_, start_act_id_,
                                 super_process_instance_id_, root_proc_inst_id_, state_)
      SELECT bench_pid(b.i, s.slot), bench_pid(b.i, s.slot), CASE WHEN s.slot = 0 THEN b.case_id END, s.process_id, d.definition_id,
             ${at('s.g_start')}, CASE WHEN s.g_end < b.cut THEN ${at('s.g_end + 0.99')} END,
             CASE WHEN s.g_end < b.cut THEN (extract(epoch FROM b.span * ((s.g_end + 0.99 - s.g_start) / b.denom)) * 1000)::bigint END,
             (SELECT st.act_id FROM bench_step st WHERE st.g = s.g_start),
             CASE WHEN s.parent_slot IS NOT NULL THEN bench_pid(b.i, s.parent_slot) END, bench_pid(b.i, 0),
             CASE WHEN s.g_end < b.cut THEN 'COMPLETED' ELSE 'ACTIVE' END
        FROM bench_instance b JOIN bench_slot s ON s.g_start <= b.cut JOIN bench_definition d ON d.process_id = s.process_id;

    INSERT INTO act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_, act_id_,
                                call_proc_inst_id_, act_name_, act_type_, start_time_, end_time_, duration_, act_inst_state_, sequence_counter_)
      SELECT bench_activity_instance(st.act_id, b.i, st.g), COALESCE(bench_activity_instance(st.parent_act_id, b.i, st.parent_g), bench_pid(b.i, st.slot)),
             s.process_id, d.definition_id, bench_pid(b.i, 0), bench_pid(b.i, st.slot), bench_pid(b.i, st.slot), st.act_id,
             CASE WHEN st.called_slot IS NOT NULL THEN bench_pid(b.i, st.called_slot) END, st.act_name, st.act_type, ${at('st.g')},
             CASE WHEN st.g_end < b.cut THEN ${at('st.g_end + 0.9')} END,
             CASE WHEN st.g_end < b.cut THEN (extract(epoch FROM b.span * ((st.g_end + 0.9 - st.g) / b.denom)) * 1000)::bigint END,
             CASE WHEN st.g_end >= b.cut THEN 0 WHEN st.act_type LIKE '%EndEvent' THEN ${SCOPE_COMPLETE} ELSE ${ENDED} END, st.g
        FROM bench_instance b JOIN bench_step st ON st.g <= b.cut JOIN bench_slot s ON s.slot = st.slot JOIN bench_definition d ON d.process_id = s.process_id;

    INSERT INTO jbt_flow_taken (flow_id, process_definition_id, process_instance_id, root_process_instance_id, taken_at)
      SELECT f.flow_id, d.definition_id, bench_pid(b.i, f.slot), bench_pid(b.i, 0), b.started + b.span * (f.g::float8 / b.denom)
        FROM bench_instance b JOIN bench_flow f ON f.g <= b.cut JOIN bench_slot s ON s.slot = f.slot JOIN bench_definition d ON d.process_id = s.process_id;

    -- The root's variables (ids, enums, counts), and the case id passed to every called instance.
    INSERT INTO act_hi_varinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_, act_inst_id_, name_, var_type_,
                                create_time_, rev_, long_, text_, state_)
      SELECT bench_id(3, b.i, s.slot * 16 + v.n), s.process_id, d.definition_id, bench_pid(b.i, 0), bench_pid(b.i, s.slot),
             bench_pid(b.i, s.slot), bench_pid(b.i, s.slot), v.name, v.type, ${at('s.g_start')}, 1, v.long, v.text, 'CREATED'
        FROM bench_instance b JOIN bench_slot s ON s.g_start <= b.cut JOIN bench_definition d ON d.process_id = s.process_id
        CROSS JOIN LATERAL (VALUES
          (1, 'caseId', 'string', NULL::bigint, b.case_id, true),
          (2, 'entryType', 'string', NULL, 'REFERRAL', s.slot = 0),
          (3, 'track', 'string', NULL, CASE WHEN b.i % 2 = 0 THEN 'QUARTER_TO_TWELVE' ELSE 'FIVE_TO_TWELVE' END, s.slot = 0),
          (4, 'normDays', 'integer', 14, '14', s.slot = 0),
          (5, 'raadConsultNeeded', 'boolean', (b.i % 3 = 0)::int, NULL, s.slot = 0)
        ) AS v(n, name, type, long, text, wanted)
       WHERE v.wanted;

    -- Running instances have executions; the failing ones' external tasks hang on them.
    INSERT INTO act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, proc_def_id_, is_active_, is_concurrent_, is_scope_, is_event_scope_,
                                  suspension_state_, cached_ent_state_, sequence_counter_, proc_def_key_)
      SELECT p.id_, 1, p.root_proc_inst_id_, p.id_, p.proc_def_id_, true, false, true, false, 1, 0, 1, p.proc_def_key_
        FROM act_hi_procinst p WHERE p.end_time_ IS NULL;
    INSERT INTO act_ru_ext_task (id_, rev_, worker_id_, topic_name_, retries_, error_msg_, lock_exp_time_, create_time_, suspension_state_, execution_id_,
                                 proc_inst_id_, proc_def_id_, proc_def_key_, act_id_, act_inst_id_, priority_)
      SELECT bench_id(5, b.i, 0), 2, 'bench-worker', st.topic, 0, 'Mailserver onbereikbaar', NULL, ${at('st.g')}, 1, bench_pid(b.i, st.slot),
             bench_pid(b.i, st.slot), d.definition_id, s.process_id, st.act_id, bench_activity_instance(st.act_id, b.i, st.g), 0
        FROM bench_instance b JOIN bench_step st ON st.g = b.cut JOIN bench_slot s ON s.slot = st.slot JOIN bench_definition d ON d.process_id = s.process_id
       WHERE b.failing;
    INSERT INTO act_hi_incident (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_, create_time_, incident_msg_,
                                 incident_type_, activity_id_, cause_incident_id_, root_cause_incident_id_, configuration_, incident_state_)
      SELECT bench_id(4, b.i, 0), x.proc_def_key_, x.proc_def_id_, bench_pid(b.i, 0), x.proc_inst_id_, x.execution_id_, x.create_time_,
             x.error_msg_, 'failedExternalTask', x.act_id_, bench_id(4, b.i, 0), bench_id(4, b.i, 0), x.id_, 0
        FROM bench_instance b JOIN act_ru_ext_task x ON x.id_ = bench_id(5, b.i, 0)
       WHERE b.failing;
    -- Operaton repeats an incident on the call activity of every calling instance, caused by the first.
    WITH RECURSIVE callers AS (
      SELECT b.i, st.slot FROM bench_instance b JOIN bench_step st ON st.g = b.cut WHERE b.failing
      UNION ALL
      SELECT c.i, s.parent_slot FROM callers c JOIN bench_slot s ON s.slot = c.slot WHERE s.parent_slot IS NOT NULL
    )
    INSERT INTO act_hi_incident (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_, create_time_,
                                 incident_type_, activity_id_, failed_activity_id_, cause_incident_id_, root_cause_incident_id_, incident_state_)
      SELECT bench_id(4, c.i, call.slot + 1), s.process_id, d.definition_id, bench_pid(c.i, 0), bench_pid(c.i, call.slot),
             bench_pid(c.i, call.slot), now() AT TIME ZONE 'UTC', 'failedExternalTask', call.act_id, call.act_id,
             bench_id(4, c.i, 0), bench_id(4, c.i, 0), 0
        FROM callers c JOIN bench_step call ON call.called_slot = c.slot JOIN bench_slot s ON s.slot = call.slot
        JOIN bench_definition d ON d.process_id = s.process_id;
  `;
}
