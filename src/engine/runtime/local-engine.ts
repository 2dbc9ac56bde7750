import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { guardChild } from '../../runtime/guardian';
import { assertPortsFree, StartupError } from '../../runtime/ports';
import { commandLineOf, isAlive, signalGroup, waitForExit } from '../../runtime/process-tree';
import { ensureEngineJar } from './engine-build';
import { findJdk } from './jdk-finder';

/** What a local engine node needs to know; a subset of the environment. */
export interface LocalEngineOptions {
  cacheDir: string;
  /** Folder for this node's log and pid file. */
  dataDir: string;
  /** JDBC coordinates of the engine's database. */
  database: { jdbcUrl: string; password: string; user: string };
  host: string;
  javaHome?: string;
  javaOpts: string;
  /** Names the node in the engine's job log; several nodes on one database need different names. */
  nodeName: string;
  port: number;
  startTimeoutSeconds: number;
  testClock: boolean;
  token: string;
}

/** A running engine node: where its REST API is and what it is. */
export interface RunningEngine {
  restUrl: string;
  version: string;
}

/** Marks our engine's command line, so that an orphan found by pid file is really ours before we stop it. */
const JAR_MARKER = 'jbt-engine-';

/**
 * Runs one Operaton node (src/engine/app) as a child process group of this service: built once per
 * source change, started on the JDK found, against its own database, watched until its REST API
 * answers, and stopped with the service — also after `kill -9` of the service, through a guardian.
 */
export class LocalEngine {
  private readonly logger = new Logger('Engine');
  private readonly home: string;
  private childPid?: number;

  constructor(private readonly options: LocalEngineOptions) {
    this.home = resolve(options.dataDir, 'engine');
  }

  /** The engine's process id while this object runs it. */
  get pid(): number | undefined {
    return this.childPid;
  }

  get logFile(): string {
    return join(this.home, `${this.options.nodeName}.log`);
  }

  get restUrl(): string {
    const host = this.options.host === '0.0.0.0' ? '127.0.0.1' : this.options.host;
    return `http://${host}:${this.options.port}/engine-rest`;
  }

  private get pidFile(): string {
    return join(this.home, `${this.options.nodeName}.pid`);
  }

  async start(): Promise<RunningEngine> {
    const { options } = this;
    const jdk = findJdk(options.javaHome);
    await this.stopOrphan();
    await assertPortsFree([{ key: 'ENGINE_PORT', port: options.port }]);
    const jar = await ensureEngineJar(jdk, options.cacheDir);
    const started = Date.now();
    mkdirSync(this.home, { recursive: true });
    const log = openSync(this.logFile, 'w');
    const child = spawn(join(jdk.home, 'bin', 'java'), [...options.javaOpts.split(/\s+/).filter(Boolean), '-Duser.timezone=UTC', '-jar', jar], {
      cwd: this.home,
      detached: true,
      env: this.environment(),
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    if (!child.pid) throw new StartupError(`Could not start the engine (${jdk.home}/bin/java -jar ${jar})`);
    this.childPid = child.pid;
    writeFileSync(this.pidFile, String(child.pid));
    guardChild(child.pid, true);
    let exited: number | null | undefined;
    child.once('exit', (code) => (exited = code ?? -1));
    this.logger.log(`Starting the engine on Java ${jdk.major} (node ${options.nodeName}, pid ${child.pid}, log ${this.logFile})`);
    const version = await this.waitUntilAnswering(() => exited, started);
    this.logger.log(`Operaton ${version} answers after ${((Date.now() - started) / 1000).toFixed(1)} s at ${this.restUrl}`);
    return { restUrl: this.restUrl, version };
  }

  /** Stops the engine's process group: SIGTERM (graceful: running jobs finish), then SIGKILL. */
  async stop(): Promise<void> {
    const pid = this.childPid;
    if (!pid) return;
    this.childPid = undefined;
    signalGroup(pid, 'SIGTERM');
    if (!(await waitForExit(pid, 20000))) {
      this.logger.warn(`Engine ${pid} did not stop within 20 s; killing it`);
      signalGroup(pid, 'SIGKILL');
      await waitForExit(pid, 5000);
    }
    rmSync(this.pidFile, { force: true });
  }

  /** Kills the node at once, as a crash would (for tests of what survives one). */
  kill(): void {
    if (this.childPid) signalGroup(this.childPid, 'SIGKILL');
  }

  private environment(): NodeJS.ProcessEnv {
    const { options } = this;
    // A clean environment: the user's own SPRING_* or JAVA_TOOL_OPTIONS must not reconfigure the engine.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => ['HOME', 'LANG', 'PATH', 'TMPDIR'].includes(key)));
    return {
      ...inherited,
      // The engine writes its times as the JVM's local time into columns without a zone; the read
      // model takes them as UTC, so the engine runs in UTC whatever the host's zone.
      TZ: 'UTC',
      JBT_API_TOKEN: options.token,
      JBT_ENGINE_DB_PASSWORD: options.database.password,
      JBT_ENGINE_DB_USER: options.database.user,
      JBT_ENGINE_HOST: options.host,
      JBT_ENGINE_JDBC_URL: options.database.jdbcUrl,
      JBT_ENGINE_NODE: options.nodeName,
      JBT_ENGINE_PORT: String(options.port),
      JBT_ENGINE_TEST_CLOCK: String(options.testClock),
    };
  }

  private async waitUntilAnswering(exitCode: () => number | null | undefined, started: number): Promise<string> {
    const deadline = started + this.options.startTimeoutSeconds * 1000;
    let lastReport = Date.now();
    while (Date.now() < deadline) {
      if (exitCode() !== undefined) throw new StartupError(`The engine exited during start (code ${exitCode()}). ${this.diagnosis()}`);
      const version = await engineVersion(this.restUrl, this.options.token);
      if (version) return version;
      if (Date.now() - lastReport >= 5000) {
        lastReport = Date.now();
        this.logger.log(`Waiting for the engine to answer (${Math.round((Date.now() - started) / 1000)} s)`);
      }
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 250));
    }
    await this.stop();
    throw new StartupError(`The engine did not answer within ${this.options.startTimeoutSeconds} s (ENGINE_START_TIMEOUT_SECONDS). ${this.diagnosis()}`);
  }

  /** The last lines of the engine's log and the likely cause, for a failed start. */
  private diagnosis(): string {
    const tail = existsSync(this.logFile)
      ? readFileSync(this.logFile, 'utf8').split('\n').filter((line) => !/^\s+at /.test(line)).slice(-25).join('\n')
      : '(no log)';
    const causes: [RegExp, string][] = [
      [/Port \d+ (was )?already in use|Address already in use/, 'The port is taken: set ENGINE_PORT to a free port.'],
      [/UnsupportedClassVersionError/, 'The JDK is too old: set JAVA_HOME to a JDK 17 or newer.'],
      [/OutOfMemoryError/, 'The engine ran out of memory: raise -Xmx in ENGINE_JAVA_OPTS.'],
      [/password authentication failed|Connection to .* refused|PSQLException/, 'The engine cannot reach its database: check DATABASE_URL or ENGINE_DATABASE_URL.'],
      [/No space left on device/, 'The disk is full.'],
    ];
    const cause = causes.find(([pattern]) => pattern.test(tail))?.[1] ?? 'See the log for the cause.';
    return `${cause}\nLast lines of ${this.logFile}:\n${tail}`;
  }

  /** Stops an engine that an earlier, crashed run of the service left behind on this data folder. */
  private async stopOrphan(): Promise<void> {
    if (!existsSync(this.pidFile)) return;
    const pid = Number(readFileSync(this.pidFile, 'utf8'));
    if (Number.isInteger(pid) && isAlive(pid) && commandLineOf(pid).includes(JAR_MARKER)) {
      this.logger.warn(`Stopping an engine (pid ${pid}) left running by an earlier run`);
      signalGroup(pid, 'SIGTERM');
      if (!(await waitForExit(pid, 20000))) signalGroup(pid, 'SIGKILL');
      await waitForExit(pid, 5000);
    }
    rmSync(this.pidFile, { force: true });
  }
}

/** The engine's version when its REST API answers with the token, else undefined. */
export async function engineVersion(restUrl: string, token: string): Promise<string | undefined> {
  try {
    const response = await fetch(`${restUrl}/version`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(2000) });
    if (!response.ok) return undefined;
    return ((await response.json()) as { version?: string }).version ?? 'unknown';
  } catch {
    return undefined;
  }
}
