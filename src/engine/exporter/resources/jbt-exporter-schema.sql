-- Schema of the JBT Zeebe exporter (nl.jbt.exporter.PostgresExporter).
-- Run by the exporter on every (re)connect, so every statement must be idempotent.
-- Documented column by column in src/engine/exporter/README.md.

-- Several partitions open their exporters at the same moment; concurrent
-- CREATE TABLE IF NOT EXISTS can still collide in pg_type, so serialise them.
SELECT pg_advisory_xact_lock(7366420001);

CREATE TABLE IF NOT EXISTS zeebe_exporter_position (
  partition_id integer     PRIMARY KEY,
  position     bigint      NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS zeebe_process_definition (
  key            bigint      PRIMARY KEY,
  bpmn_process_id text       NOT NULL,
  version        integer     NOT NULL,
  version_tag    text,
  resource_name  text        NOT NULL,
  bpmn_xml       text        NOT NULL,
  deployment_key bigint,
  deployed_at    timestamptz NOT NULL,
  position       bigint      NOT NULL
);
CREATE INDEX IF NOT EXISTS zeebe_process_definition_id_version
  ON zeebe_process_definition (bpmn_process_id, version);

CREATE TABLE IF NOT EXISTS zeebe_process_instance (
  key                         bigint      PRIMARY KEY,
  bpmn_process_id             text        NOT NULL,
  version                     integer     NOT NULL,
  process_definition_key      bigint      NOT NULL,
  state                       text        NOT NULL,
  start_date                  timestamptz,
  end_date                    timestamptz,
  parent_process_instance_key bigint,
  parent_element_instance_key bigint,
  root_process_instance_key   bigint      NOT NULL,
  has_incident                boolean     NOT NULL DEFAULT false,
  position                    bigint      NOT NULL
);
CREATE INDEX IF NOT EXISTS zeebe_process_instance_bpmn_process_id ON zeebe_process_instance (bpmn_process_id);
CREATE INDEX IF NOT EXISTS zeebe_process_instance_state ON zeebe_process_instance (state);
CREATE INDEX IF NOT EXISTS zeebe_process_instance_start_date ON zeebe_process_instance (start_date);
CREATE INDEX IF NOT EXISTS zeebe_process_instance_root ON zeebe_process_instance (root_process_instance_key);

CREATE TABLE IF NOT EXISTS zeebe_element_instance (
  key                    bigint      PRIMARY KEY,
  process_instance_key   bigint      NOT NULL,
  process_definition_key bigint      NOT NULL,
  bpmn_process_id        text        NOT NULL,
  element_id             text        NOT NULL,
  element_type           text        NOT NULL,
  flow_scope_key         bigint,
  state                  text        NOT NULL,
  start_date             timestamptz,
  end_date               timestamptz,
  position               bigint      NOT NULL
);
CREATE INDEX IF NOT EXISTS zeebe_element_instance_process_instance
  ON zeebe_element_instance (process_instance_key);
CREATE INDEX IF NOT EXISTS zeebe_element_instance_definition_element_state
  ON zeebe_element_instance (process_definition_key, element_id, state);
-- Monitoring asks where running cases stand ("current step"): only the few active rows matter.
CREATE INDEX IF NOT EXISTS zeebe_element_instance_active_element
  ON zeebe_element_instance (element_id) WHERE state = 'ACTIVE';

CREATE TABLE IF NOT EXISTS zeebe_incident (
  key                    bigint      PRIMARY KEY,
  process_instance_key   bigint      NOT NULL,
  process_definition_key bigint,
  element_instance_key   bigint,
  element_id             text,
  bpmn_process_id        text,
  job_key                bigint,
  error_type             text        NOT NULL,
  error_message          text,
  state                  text        NOT NULL,
  creation_date          timestamptz,
  resolved_date          timestamptz,
  position               bigint      NOT NULL
);
CREATE INDEX IF NOT EXISTS zeebe_incident_state ON zeebe_incident (state);
CREATE INDEX IF NOT EXISTS zeebe_incident_process_instance ON zeebe_incident (process_instance_key);
-- Monitoring's model view counts open incidents per element of a definition.
CREATE INDEX IF NOT EXISTS zeebe_incident_definition ON zeebe_incident (process_definition_key);

CREATE TABLE IF NOT EXISTS zeebe_variable (
  key                  bigint      PRIMARY KEY,
  process_instance_key bigint      NOT NULL,
  scope_key            bigint      NOT NULL,
  name                 text        NOT NULL,
  value                text        NOT NULL,
  updated_at           timestamptz NOT NULL,
  position             bigint      NOT NULL,
  UNIQUE (scope_key, name)
);
CREATE INDEX IF NOT EXISTS zeebe_variable_process_instance ON zeebe_variable (process_instance_key);
CREATE INDEX IF NOT EXISTS zeebe_variable_name ON zeebe_variable (name);

CREATE TABLE IF NOT EXISTS zeebe_user_task (
  key                     bigint      PRIMARY KEY,
  process_instance_key    bigint      NOT NULL,
  element_instance_key    bigint      NOT NULL,
  element_id              text        NOT NULL,
  bpmn_process_id         text        NOT NULL,
  process_definition_key  bigint      NOT NULL,
  assignee                text,
  candidate_groups        text[]      NOT NULL DEFAULT '{}',
  candidate_users         text[]      NOT NULL DEFAULT '{}',
  due_date                timestamptz,
  follow_up_date          timestamptz,
  form_key                bigint,
  external_form_reference text,
  custom_headers          jsonb,
  priority                integer,
  state                   text        NOT NULL,
  creation_date           timestamptz,
  completion_date         timestamptz,
  variables               jsonb,
  position                bigint      NOT NULL
);
CREATE INDEX IF NOT EXISTS zeebe_user_task_state ON zeebe_user_task (state);
CREATE INDEX IF NOT EXISTS zeebe_user_task_candidate_groups ON zeebe_user_task USING gin (candidate_groups);
CREATE INDEX IF NOT EXISTS zeebe_user_task_due_date ON zeebe_user_task (due_date);
CREATE INDEX IF NOT EXISTS zeebe_user_task_process_instance ON zeebe_user_task (process_instance_key);
-- The task list follows user tasks by position (a cursor over the log), see ZeebeHistoryReader.
CREATE INDEX IF NOT EXISTS zeebe_user_task_position ON zeebe_user_task (position);

CREATE TABLE IF NOT EXISTS zeebe_job (
  key                  bigint      PRIMARY KEY,
  type                 text        NOT NULL,
  kind                 text        NOT NULL,
  process_instance_key bigint,
  element_instance_key bigint,
  element_id           text,
  bpmn_process_id      text,
  state                text        NOT NULL,
  retries              integer     NOT NULL,
  worker               text,
  error_code           text,
  error_message        text,
  deadline             timestamptz,
  updated_at           timestamptz NOT NULL,
  position             bigint      NOT NULL
);
CREATE INDEX IF NOT EXISTS zeebe_job_process_instance ON zeebe_job (process_instance_key);
CREATE INDEX IF NOT EXISTS zeebe_job_state_type ON zeebe_job (state, type);

CREATE TABLE IF NOT EXISTS zeebe_timer (
  key                    bigint      PRIMARY KEY,
  process_instance_key   bigint,
  process_definition_key bigint      NOT NULL,
  element_instance_key   bigint,
  element_id             text        NOT NULL,
  due_date               timestamptz NOT NULL,
  repetitions            integer     NOT NULL,
  state                  text        NOT NULL,
  updated_at             timestamptz NOT NULL,
  position               bigint      NOT NULL
);
CREATE INDEX IF NOT EXISTS zeebe_timer_process_instance ON zeebe_timer (process_instance_key);
CREATE INDEX IF NOT EXISTS zeebe_timer_state_due_date ON zeebe_timer (state, due_date);

CREATE TABLE IF NOT EXISTS zeebe_message_subscription (
  element_instance_key bigint      NOT NULL,
  message_name         text        NOT NULL,
  process_instance_key bigint      NOT NULL,
  element_id           text        NOT NULL,
  bpmn_process_id      text        NOT NULL,
  correlation_key      text        NOT NULL,
  interrupting         boolean     NOT NULL,
  state                text        NOT NULL,
  updated_at           timestamptz NOT NULL,
  position             bigint      NOT NULL,
  PRIMARY KEY (element_instance_key, message_name)
);
CREATE INDEX IF NOT EXISTS zeebe_message_subscription_process_instance
  ON zeebe_message_subscription (process_instance_key);
CREATE INDEX IF NOT EXISTS zeebe_message_subscription_name_correlation
  ON zeebe_message_subscription (message_name, correlation_key);
