import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDatabase, toJdbc, withDatabase } from '../../src/database/database-urls';
import { EmbeddedDatabase, startEmbeddedDatabase } from '../../src/database/embedded-database';
import { migrate } from '../../src/database/migrator';
import { EngineConnection } from '../../src/engine/engine-connection';
import { defaultCacheDir } from '../../src/engine/runtime/engine-build';
import { LocalEngine } from '../../src/engine/runtime/local-engine';
import { pickFreePorts } from '../../src/runtime/ports';
import { isAlive, waitForExit } from '../../src/runtime/process-tree';

/** How the engine goes down: killed at once (a crash, kill -9), or stopped as an operator would. */
export type EngineDown = 'kill' | 'stop';
/** How PostgreSQL goes down: an immediate shutdown (a crash: recovery from the WAL at the next start), or a fast one. */
export type DatabaseDown = 'crash' | 'stop';

/**
 * The chaos run's own PostgreSQL (embedded, src/database/embedded-database.ts) and its own Operaton
 * node (src/engine/runtime/local-engine.ts) with the test clock, in a folder of the run, on free
 * ports; each can be taken down and started again on the same data and port while the service runs.
 */
export class ChaosInfrastructure {
  private database!: EmbeddedDatabase;
  private engine!: LocalEngine;

  private constructor(
    private readonly folder: string,
    private readonly pgPort: number,
    readonly databaseUrl: string,
    readonly connection: EngineConnection,
    private readonly engineOptions: ConstructorParameters<typeof LocalEngine>[0],
  ) {}

  static async start(folder: string): Promise<ChaosInfrastructure> {
    const [pgPort, enginePort] = await pickFreePorts(2);
    const database = await startEmbeddedDatabase(join(folder, 'pg'), pgPort, 'jbt_chaos');
    await migrate(database.url);
    const engineDatabaseUrl = withDatabase(database.url, 'operaton_chaos');
    await ensureDatabase(engineDatabaseUrl);
    const token = randomBytes(32).toString('base64url');
    const options = {
      cacheDir: process.env.ENGINE_CACHE_DIR ?? defaultCacheDir(),
      dataDir: join(folder, 'engine'),
      database: toJdbc(engineDatabaseUrl),
      host: '127.0.0.1',
      javaHome: process.env.JAVA_HOME,
      javaOpts: '-Xms128m -Xmx512m -XX:+UseSerialGC',
      nodeName: 'chaos-engine',
      port: enginePort,
      startTimeoutSeconds: 180,
      testClock: true,
      token,
    };
    const engine = new LocalEngine(options);
    const running = await engine.start();
    const infrastructure = new ChaosInfrastructure(folder, pgPort, database.url, { databaseUrl: engineDatabaseUrl, restUrls: [running.restUrl], testClock: true, token }, options);
    infrastructure.database = database;
    infrastructure.engine = engine;
    return infrastructure;
  }

  /** Takes the engine down and starts it again on the same database and port; resolves when it answers. */
  async restartEngine(how: EngineDown): Promise<void> {
    if (how === 'kill') {
      const pid = this.engine.pid;
      this.engine.kill();
      if (pid) await waitForExit(pid, 10_000);
    } else {
      await this.engine.stop();
    }
    this.engine = new LocalEngine(this.engineOptions);
    await this.engine.start();
  }

  /** Takes PostgreSQL down and starts it again on the same data and port; resolves when it accepts connections. */
  async restartDatabase(how: DatabaseDown): Promise<void> {
    if (how === 'crash') {
      // SIGQUIT is PostgreSQL's immediate shutdown: every backend ends at once, nothing is flushed,
      // and the next start recovers from the write-ahead log, as after a power cut.
      const pid = this.postmasterPid();
      if (pid && isAlive(pid)) {
        process.kill(pid, 'SIGQUIT');
        await waitForExit(pid, 20_000);
      }
    } else {
      await this.database.stop();
    }
    this.database = await startEmbeddedDatabase(join(this.folder, 'pg'), this.pgPort, 'jbt_chaos');
  }

  async stop(): Promise<void> {
    await this.engine.stop().catch(() => undefined);
    await this.database.stop().catch(() => undefined);
  }

  /** The environment keys every process of the run shares (the API here, the worker processes). */
  environment(smtpPort: number): Record<string, string> {
    return {
      DATABASE_URL: this.databaseUrl,
      DATA_DIR: join(this.folder, 'data'),
      ENGINE_DATABASE_URL: this.connection.databaseUrl,
      ENGINE_TEST_CLOCK: 'true',
      ENGINE_TOKEN: this.connection.token,
      ENGINE_URL: this.connection.restUrls.join(','),
      LOG_LEVEL: 'warn',
      MAIL_CATCHER: 'false',
      SEED_DEMO_DATA: 'false',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      ...(process.env.JAVA_HOME ? { JAVA_HOME: process.env.JAVA_HOME } : {}),
    };
  }

  private postmasterPid(): number | undefined {
    const file = join(this.folder, 'pg', 'postgres', 'postmaster.pid');
    if (!existsSync(file)) return undefined;
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  }
}
