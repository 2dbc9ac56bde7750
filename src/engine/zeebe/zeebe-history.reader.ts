import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client, Pool } from 'pg';
import {
  ElementInstanceFilter,
  ElementInstanceRecord,
  EngineUserTask,
  IncidentFilter,
  IncidentRecord,
  InstanceFilter,
  ProcessInstanceRecord,
  UserTaskChanges,
  VariableFilter,
  VariableRecord,
} from '../engine.types';

export const ENGINE_HISTORY_URL = Symbol('ENGINE_HISTORY_URL');

/**
 * Reads the engine's history from the tables the PostgreSQL exporter writes (src/engine/exporter),
 * which stand in for Camunda's v2 search API on this engine version. Rows lag the engine by the
 * exporter's latency (milliseconds), so callers that need "now" ask the engine or our own tables.
 */
@Injectable()
export class ZeebeHistoryReader {
  private readonly pool: Pool;
  private readonly elementNames = new Map<string, Map<string, string>>();

  constructor(@Inject(ENGINE_HISTORY_URL) private readonly url: string) {
    this.pool = new Pool({ connectionString: url, max: 4 });
    // An idle connection dropped by the server (restart, shutdown) must not crash the service.
    this.pool.on('error', (error) => new Logger('ZeebeHistory').warn(`History connection lost: ${error.message}`));
  }

  async processInstances(filter: InstanceFilter): Promise<ProcessInstanceRecord[]> {
    const where = new Where();
    where.equals('bpmn_process_id', filter.bpmnProcessId);
    where.equals('state', filter.state);
    where.equals('parent_process_instance_key', filter.parentProcessInstanceKey);
    where.inList('key', filter.keys);
    const { rows } = await this.pool.query(
      `SELECT key::text, bpmn_process_id, version, process_definition_key::text, state, start_date, end_date,
              parent_process_instance_key::text, has_incident
         FROM zeebe_process_instance ${where.sql()} ORDER BY start_date, key`,
      where.values,
    );
    return rows.map((row) => ({
      bpmnProcessId: row.bpmn_process_id,
      endDate: iso(row.end_date),
      hasIncident: Boolean(row.has_incident),
      key: row.key,
      parentProcessInstanceKey: row.parent_process_instance_key,
      processDefinitionKey: row.process_definition_key,
      startDate: iso(row.start_date) as string,
      state: row.state,
      version: Number(row.version),
    }));
  }

  async elementInstances(filter: ElementInstanceFilter): Promise<ElementInstanceRecord[]> {
    const where = new Where();
    where.inList('process_instance_key', filter.processInstanceKeys);
    where.equals('process_definition_key', filter.processDefinitionKey);
    where.equals('element_id', filter.elementId);
    where.equals('state', filter.state);
    const { rows } = await this.pool.query(
      `SELECT key::text, process_instance_key::text, process_definition_key::text, bpmn_process_id, element_id,
              element_type, state, start_date, end_date
         FROM zeebe_element_instance ${where.sql()} ORDER BY start_date, key`,
      where.values,
    );
    return rows.map((row) => ({
      bpmnProcessId: row.bpmn_process_id,
      elementId: row.element_id,
      elementType: row.element_type,
      endDate: iso(row.end_date),
      key: row.key,
      processDefinitionKey: row.process_definition_key,
      processInstanceKey: row.process_instance_key,
      startDate: iso(row.start_date) as string,
      state: row.state,
    }));
  }

  async incidents(filter: IncidentFilter): Promise<IncidentRecord[]> {
    const where = new Where();
    where.inList('process_instance_key', filter.processInstanceKeys);
    where.equals('state', filter.state);
    const { rows } = await this.pool.query(
      `SELECT key::text, process_instance_key::text, element_instance_key::text, element_id, bpmn_process_id,
              job_key::text, error_type, error_message, state, creation_date
         FROM zeebe_incident ${where.sql()} ORDER BY creation_date, key`,
      where.values,
    );
    return rows.map((row) => ({
      bpmnProcessId: row.bpmn_process_id,
      creationDate: iso(row.creation_date) as string,
      elementId: row.element_id,
      elementInstanceKey: row.element_instance_key,
      errorMessage: row.error_message ?? '',
      errorType: row.error_type,
      jobKey: row.job_key,
      key: row.key,
      processInstanceKey: row.process_instance_key,
      state: row.state,
    }));
  }

  async variables(filter: VariableFilter): Promise<VariableRecord[]> {
    const where = new Where();
    where.inList('process_instance_key', filter.processInstanceKeys);
    const { rows } = await this.pool.query(
      `SELECT process_instance_key::text, scope_key::text, name, value FROM zeebe_variable ${where.sql()} ORDER BY process_instance_key, name`,
      where.values,
    );
    return rows.map((row) => ({ name: row.name, processInstanceKey: row.process_instance_key, scopeKey: row.scope_key, value: row.value }));
  }

  async userTaskChanges(cursor: string | null, limit: number): Promise<UserTaskChanges> {
    const { rows } = await this.pool.query(
      `SELECT t.key::text, t.process_instance_key::text, t.element_instance_key::text, t.element_id, t.bpmn_process_id,
              t.process_definition_key::text, t.assignee, t.candidate_groups, t.due_date, t.external_form_reference,
              t.form_key::text, t.priority, t.state, t.creation_date, t.completion_date, t.position::text,
              COALESCE(p.root_process_instance_key, t.process_instance_key)::text AS root_process_instance_key
         FROM zeebe_user_task t
         LEFT JOIN zeebe_process_instance p ON p.key = t.process_instance_key
        WHERE t.position > $1::bigint
        ORDER BY t.position
        LIMIT $2`,
      [cursor ?? '-1', limit],
    );
    const tasks: EngineUserTask[] = [];
    for (const row of rows) {
      tasks.push({
        assignee: row.assignee,
        bpmnProcessId: row.bpmn_process_id,
        candidateGroups: row.candidate_groups ?? [],
        completionDate: iso(row.completion_date),
        creationDate: iso(row.creation_date),
        dueDate: iso(row.due_date),
        elementId: row.element_id,
        elementInstanceKey: row.element_instance_key,
        elementName: await this.elementName(row.process_definition_key, row.element_id),
        formKey: row.external_form_reference ?? row.form_key,
        key: row.key,
        position: row.position,
        priority: row.priority ?? 50,
        processDefinitionKey: row.process_definition_key,
        processInstanceKey: row.process_instance_key,
        rootProcessInstanceKey: row.root_process_instance_key,
        state: row.state,
      });
    }
    return { cursor: rows.length > 0 ? rows[rows.length - 1].position : (cursor ?? '-1'), tasks };
  }

  /**
   * LISTENs on one of the exporter's NOTIFY channels with a connection of its own, reconnecting when
   * the connection drops; the listener also runs after a reconnect, since changes may have been missed.
   */
  async listen(channel: string, listener: () => void): Promise<() => Promise<void>> {
    let client: Client | undefined;
    let stopped = false;
    const connect = async (): Promise<void> => {
      if (stopped) return;
      const next = new Client({ connectionString: this.url });
      next.on('notification', () => listener());
      next.on('error', () => {
        void next.end().catch(() => undefined);
        if (!stopped) setTimeout(() => void connect().then(listener).catch(() => undefined), 1000);
      });
      await next.connect();
      await next.query(`LISTEN ${channel}`);
      client = next;
    };
    await connect();
    return async () => {
      stopped = true;
      await client?.end().catch(() => undefined);
    };
  }

  /** The label of an element, read once per process definition from the deployed XML. */
  private async elementName(processDefinitionKey: string, elementId: string): Promise<string> {
    let names = this.elementNames.get(processDefinitionKey);
    if (!names) {
      const { rows } = await this.pool.query('SELECT bpmn_xml FROM zeebe_process_definition WHERE key = $1::bigint', [processDefinitionKey]);
      names = rows[0] ? elementNamesOf(rows[0].bpmn_xml) : new Map();
      if (rows[0]) this.elementNames.set(processDefinitionKey, names);
    }
    return names.get(elementId) ?? elementId;
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}

/** Builds a parameterised WHERE clause from optional filters. */
class Where {
  readonly values: unknown[] = [];
  private readonly clauses: string[] = [];

  equals(column: string, value: unknown): void {
    if (value === undefined) return;
    this.values.push(value);
    this.clauses.push(`${column} = $${this.values.length}`);
  }

  inList(column: string, values: string[] | undefined): void {
    if (values === undefined) return;
    this.values.push(values);
    this.clauses.push(`${column} = ANY($${this.values.length}::bigint[])`);
  }

  sql(): string {
    return this.clauses.length > 0 ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

function iso(value: Date | string | null): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

/**
 * Element ids and names of a BPMN file. A light scan of the XML is enough here: ids and names are
 * plain attributes, and the file was already accepted by the engine.
 */
export function elementNamesOf(xml: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const match of xml.matchAll(/<[\w:]+\s[^>]*?\bid="([^"]+)"[^>]*?>/g)) {
    const name = /\bname="([^"]*)"/.exec(match[0]);
    if (name) names.set(match[1], decodeXml(name[1]));
  }
  return names;
}

function decodeXml(text: string): string {
  return text
    .replace(/&#10;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
