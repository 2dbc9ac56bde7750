import { EngineUserTask, UserTaskChanges } from '../../engine.types';
import { DefinitionCatalogues } from './definition-catalogues';
import { elementName } from './element-names';
import { HistoryDatabase } from './history-database';
import { decodeCursor, encodeCursor } from './user-task-cursor';
import { UserTaskEventRow, userTaskOf } from './user-task-events';

/** NOTIFY channel of the engine plugin (JbtTables.USER_TASK_CHANNEL): once per transaction that recorded user-task events. */
export const USER_TASK_CHANNEL = 'jbt_user_task';

/**
 * First and longest wait before listeners are called again for rows held back (see heldBack). Rows
 * are held back by the engine's own short transactions nearly always, which end within milliseconds;
 * the wait grows only while something older (a long transaction anywhere on the server) keeps them.
 */
const HELD_BACK_FIRST_MS = 10;
const HELD_BACK_MAX_MS = 250;

interface FeedRow extends UserTaskEventRow {
  id: string;
  settled: boolean;
  tx_id: string;
}

/**
 * The user-task outbox the engine plugin writes in the engine's own transactions, read in order.
 *
 * Rows are ordered by (tx_id, id). A transaction that started earlier may commit later than one
 * that started after it, so a reader takes only rows of transactions older than every transaction
 * still running (tx_id < the snapshot's xmin): the rest waits for the next read, and a slow commit
 * can never be overtaken and missed. Such held-back rows were committed already, but nobody will
 * NOTIFY for them again; so the feed calls its listeners once more a little later, until they pass.
 */
export class UserTaskFeed {
  private readonly listeners = new Set<() => void>();
  private retry?: NodeJS.Timeout;
  private retryMs = HELD_BACK_FIRST_MS;

  constructor(
    private readonly db: HistoryDatabase,
    private readonly catalogues: DefinitionCatalogues,
  ) {}

  async changes(cursor: string | null, limit: number): Promise<UserTaskChanges> {
    const after = decodeCursor(cursor);
    const rows = await this.db.rows<FeedRow>(
      `SELECT e.id::text AS id, e.tx_id::text AS tx_id, e.tx_id < pg_snapshot_xmin(pg_current_snapshot()) AS settled,
              e.event, e.task_id, e.task_definition_key, e.name, e.assignee, e.candidate_groups, e.due_date, e.form_key, e.priority,
              e.created_at, e.occurred_at, e.activity_instance_id, e.process_instance_id, e.root_process_instance_id,
              e.process_definition_id, e.process_definition_key
         FROM jbt_user_task_event e
        WHERE (e.tx_id, e.id) > ($1::xid8, $2::bigint)
        ORDER BY e.tx_id, e.id
        LIMIT $3`,
      [after.txId.toString(), after.id.toString(), limit],
    );
    // Ordered by tx_id, the settled rows come first; nothing after the first unsettled one is taken.
    const held = rows.findIndex((row) => !row.settled);
    const settled = held === -1 ? rows : rows.slice(0, held);
    this.heldBack(settled.length < rows.length);
    const catalogues = await this.catalogues.ofAll(settled.flatMap((row) => (row.process_definition_id ? [row.process_definition_id] : [])));
    const tasks: EngineUserTask[] = settled.map((row) => {
      const position = encodeCursor({ id: BigInt(row.id), txId: BigInt(row.tx_id) });
      const catalogue = row.process_definition_id ? catalogues.get(row.process_definition_id) : undefined;
      const label = row.name?.trim() ? row.name : null;
      return userTaskOf(row, elementName(catalogue, row.task_definition_key ?? '', label, 'USER_TASK'), position);
    });
    return { cursor: tasks.length > 0 ? tasks[tasks.length - 1].position : encodeCursor(after), tasks };
  }

  async subscribe(listener: () => void): Promise<() => Promise<void>> {
    const stop = await this.db.listen(USER_TASK_CHANNEL, listener);
    this.listeners.add(listener);
    return async () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) clearTimeout(this.retry);
      await stop();
    };
  }

  /** Calls the listeners again soon while committed rows wait for an older transaction; backs off while they keep waiting. */
  private heldBack(waiting: boolean): void {
    if (!waiting) {
      this.retryMs = HELD_BACK_FIRST_MS;
      return;
    }
    if (this.retry || this.listeners.size === 0) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      for (const listener of this.listeners) listener();
    }, this.retryMs);
    this.retry.unref();
    this.retryMs = Math.min(this.retryMs * 2, HELD_BACK_MAX_MS);
  }

  close(): void {
    clearTimeout(this.retry);
    this.listeners.clear();
  }
}
