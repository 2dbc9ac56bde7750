import { Logger } from '@nestjs/common';
import { Client, CustomTypesConfig, Pool, QueryResultRow, types } from 'pg';
import { parseEngineTimestamp, TIMESTAMP_WITHOUT_TIME_ZONE_OID } from './engine-timestamps';

/** Injection token: the PostgreSQL URL of the engine's own database, which the read model queries. */
export const ENGINE_DATABASE_URL = Symbol('ENGINE_DATABASE_URL');

/** How long a lost LISTEN connection waits before it connects again. */
const RECONNECT_MS = 1000;

/** The driver's parsers, except that the engine's zone-less timestamps are read as UTC. */
const ENGINE_TYPES = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMP_WITHOUT_TIME_ZONE_OID && format !== 'binary' ? parseEngineTimestamp : types.getTypeParser(oid, format),
} as CustomTypesConfig;

/**
 * The read model's connection to the engine database: a small pool for queries (read-only work, so
 * any node's database URL will do) and one connection of its own per LISTEN.
 */
export class HistoryDatabase {
  private readonly pool: Pool;
  private closing?: Promise<void>;
  private readonly logger = new Logger('OperatonHistory');

  constructor(private readonly url: string) {
    this.pool = new Pool({ connectionString: url, max: 6, types: ENGINE_TYPES });
    // An idle connection dropped by the server (restart, shutdown) must not crash the service.
    this.pool.on('error', (error) => this.logger.warn(`Engine database connection lost: ${error.message}`));
  }

  async rows<T extends QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
    return (await this.pool.query<T>(sql, values)).rows;
  }

  /**
   * Calls `listener` on every NOTIFY on `channel`, on a connection of its own that reconnects when it
   * drops (engine database restarted, network). After a reconnect the listener runs once, since
   * notifications may have been missed meanwhile. Resolves to a function that stops listening.
   */
  async listen(channel: string, listener: () => void): Promise<() => Promise<void>> {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Not a channel name: ${channel}`);
    let client: Client | undefined;
    let retry: NodeJS.Timeout | undefined;
    let stopped = false;
    const schedule = () => {
      if (stopped || retry) return;
      retry = setTimeout(() => {
        retry = undefined;
        connect().then(() => !stopped && listener(), () => schedule());
      }, RECONNECT_MS);
      retry.unref();
    };
    const connect = async () => {
      const next = new Client({ connectionString: this.url });
      let lost = false;
      const onLost = (error?: Error) => {
        if (lost) return;
        lost = true;
        if (error && !stopped) this.logger.warn(`LISTEN ${channel} lost: ${error.message}`);
        if (client === next) client = undefined;
        void next.end().catch(() => undefined);
        schedule();
      };
      next.on('error', onLost);
      next.on('end', () => onLost());
      next.on('notification', () => listener());
      try {
        await next.connect();
        await next.query(`LISTEN ${channel}`);
      } catch (error) {
        onLost(error as Error);
        throw error;
      }
      if (stopped) await next.end().catch(() => undefined);
      else client = next;
    };
    try {
      await connect();
    } catch (error) {
      // Nobody listens yet: no reconnecting in the background, the caller decides what to do.
      stopped = true;
      clearTimeout(retry);
      throw error;
    }
    return async () => {
      stopped = true;
      clearTimeout(retry);
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    };
  }

  /** Ends the pool once; later calls wait for the same end. */
  close(): Promise<void> {
    this.closing ??= this.pool.end();
    return this.closing;
  }
}
