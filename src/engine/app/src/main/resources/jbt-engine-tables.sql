-- The tables of our engine plugins, beside Operaton's own in the engine database (JbtTables.java runs
-- this at engine start; the monitoring benchmark, which starts no engine, runs it too). Every
-- statement is idempotent, so several nodes may start at once. Statements end with a semicolon at
-- the end of a line.

-- One row per user-task event (create, assignment, update, complete, delete), written in the engine's
-- transaction. tx_id orders events by the transaction that wrote them: a reader takes only rows of
-- transactions older than every transaction still running, so a slow commit is never overtaken.
CREATE TABLE IF NOT EXISTS jbt_user_task_event (
  id bigserial PRIMARY KEY,
  tx_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
  event varchar(16) NOT NULL,
  task_id varchar(64) NOT NULL,
  task_definition_key varchar(255),
  name varchar(255),
  assignee varchar(255),
  candidate_groups text[] NOT NULL DEFAULT '{}',
  due_date timestamptz,
  form_key varchar(255),
  priority integer NOT NULL DEFAULT 50,
  created_at timestamptz,
  occurred_at timestamptz NOT NULL,
  activity_instance_id varchar(255),
  process_instance_id varchar(64),
  root_process_instance_id varchar(64),
  process_definition_id varchar(64),
  process_definition_key varchar(255)
);
CREATE INDEX IF NOT EXISTS jbt_user_task_event_order ON jbt_user_task_event (tx_id, id);

-- One row per sequence flow taken: the engine's history records activities, not the flows between them.
CREATE TABLE IF NOT EXISTS jbt_flow_taken (
  id bigserial PRIMARY KEY,
  flow_id varchar(255) NOT NULL,
  process_definition_id varchar(64) NOT NULL,
  process_instance_id varchar(64) NOT NULL,
  root_process_instance_id varchar(64),
  taken_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS jbt_flow_taken_definition ON jbt_flow_taken (process_definition_id, flow_id);
CREATE INDEX IF NOT EXISTS jbt_flow_taken_instance ON jbt_flow_taken (root_process_instance_id);
