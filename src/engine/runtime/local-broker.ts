import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { guardChild } from '../../runtime/guardian';
import { assertPortsFree, StartupError } from '../../runtime/ports';
import { commandLineOf, isAlive, signalGroup, waitForExit } from '../../runtime/process-tree';
import { ensureDistribution } from './broker-artifact';
import { buildExporterJar, EXPORTER_CLASS } from './exporter-builder';
import { findJdk } from './jdk-finder';

/** What the local broker needs to know; a subset of the environment. */
export interface LocalBrokerOptions {
  cacheDir: string;
  clockControlled: boolean;
  commandPort: number;
  dataDir: string;
  /** JDBC coordinates of the engine's history database, written by the exporter. */
  exporter: { jdbcUrl: string; user: string; password: string };
  grpcPort: number;
  internalPort: number;
  javaHome?: string;
  javaOpts: string;
  managementPort: number;
  restPort: number;
  startTimeoutSeconds: number;
}

/** The addresses of a running local broker. */
export interface LocalBrokerAddresses {
  grpcAddress: string;
  managementAddress: string;
  restAddress: string;
}

const MAIN_CLASS = 'io.camunda.application.StandaloneBroker';

/**
 * Runs the pinned Zeebe broker as a child process group of this service: fetched and unpacked once,
 * started with small-machine settings on configurable loopback ports, watched until healthy, and
 * stopped with the service (also after `kill -9` of the service, through a guardian process).
 */
export class LocalBroker {
  private readonly logger = new Logger('ZeebeBroker');
  private pid?: number;
  private readonly home: string;

  constructor(private readonly options: LocalBrokerOptions) {
    this.home = resolve(options.dataDir, 'zeebe');
  }

  /** False before the first start on this data folder (or after it was wiped). */
  hasState(): boolean {
    return existsSync(join(this.home, 'data'));
  }

  get logFile(): string {
    return join(this.home, 'broker.log');
  }

  private get pidFile(): string {
    return join(this.home, 'broker.pid');
  }

  async start(): Promise<LocalBrokerAddresses> {
    const started = Date.now();
    const { options } = this;
    const jdk = findJdk(options.javaHome);
    await this.stopOrphan();
    await assertPortsFree([
      { key: 'ZEEBE_GRPC_PORT', port: options.grpcPort },
      { key: 'ZEEBE_REST_PORT', port: options.restPort },
      { key: 'ZEEBE_MANAGEMENT_PORT', port: options.managementPort },
      { key: 'ZEEBE_COMMAND_PORT', port: options.commandPort },
      { key: 'ZEEBE_INTERNAL_PORT', port: options.internalPort },
    ]);
    const distribution = await ensureDistribution(options.cacheDir);
    const exporterJar = buildExporterJar(jdk, distribution, options.cacheDir);
    mkdirSync(this.home, { recursive: true });
    const log = openSync(this.logFile, 'w');
    const child = spawn(join(distribution, 'bin', 'broker'), [], {
      cwd: this.home,
      detached: true,
      env: this.environment(jdk.home, exporterJar),
      stdio: ['ignore', log, log],
    });
    closeSync(log);
    if (!child.pid) throw new StartupError(`Could not start ${distribution}/bin/broker`);
    this.pid = child.pid;
    writeFileSync(this.pidFile, String(child.pid));
    guardChild(child.pid, true);
    let exited: number | null | undefined;
    child.once('exit', (code) => (exited = code ?? -1));
    this.logger.log(`Starting Zeebe ${distribution.split('-').pop()} on Java ${jdk.major} (pid ${child.pid}, log ${this.logFile})`);
    await this.waitUntilHealthy(() => exited, started);
    this.logger.log(`Zeebe is healthy after ${((Date.now() - started) / 1000).toFixed(1)} s: gRPC 127.0.0.1:${options.grpcPort}, REST http://127.0.0.1:${options.restPort}`);
    return this.addresses();
  }

  addresses(): LocalBrokerAddresses {
    return {
      grpcAddress: `127.0.0.1:${this.options.grpcPort}`,
      managementAddress: `http://127.0.0.1:${this.options.managementPort}`,
      restAddress: `http://127.0.0.1:${this.options.restPort}`,
    };
  }

  /** Stops the broker's process group: SIGTERM, then SIGKILL after a grace period. */
  async stop(): Promise<void> {
    const pid = this.pid;
    if (!pid) return;
    this.pid = undefined;
    signalGroup(pid, 'SIGTERM');
    if (!(await waitForExit(pid, 20000))) {
      this.logger.warn(`Broker ${pid} did not stop within 20 s; killing it`);
      signalGroup(pid, 'SIGKILL');
      await waitForExit(pid, 5000);
    }
    rmSync(this.pidFile, { force: true });
  }

  private environment(javaHome: string, exporterJar: string): NodeJS.ProcessEnv {
    const { options } = this;
    // A clean environment: the user's own ZEEBE_* or SPRING_* variables must not reconfigure the broker.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => ['HOME', 'LANG', 'PATH', 'TMPDIR', 'TZ'].includes(key)));
    return {
      ...inherited,
      CLASSPATH_PREFIX: exporterJar,
      JAVA_HOME: javaHome,
      JAVA_OPTS: options.javaOpts,
      MANAGEMENT_SERVER_ADDRESS: '127.0.0.1',
      MANAGEMENT_SERVER_PORT: String(options.managementPort),
      SERVER_ADDRESS: '127.0.0.1',
      SERVER_PORT: String(options.restPort),
      ZEEBE_BROKER_DATA_DIRECTORY: join(this.home, 'data'),
      ZEEBE_BROKER_EXPORTERS_JBT_ARGS_PASSWORD: options.exporter.password,
      ZEEBE_BROKER_EXPORTERS_JBT_ARGS_URL: options.exporter.jdbcUrl,
      ZEEBE_BROKER_EXPORTERS_JBT_ARGS_USER: options.exporter.user,
      ZEEBE_BROKER_EXPORTERS_JBT_CLASSNAME: EXPORTER_CLASS,
      ZEEBE_BROKER_GATEWAY_NETWORK_HOST: '127.0.0.1',
      ZEEBE_BROKER_GATEWAY_NETWORK_PORT: String(options.grpcPort),
      ZEEBE_BROKER_NETWORK_HOST: '127.0.0.1',
      ZEEBE_BROKER_NETWORK_COMMANDAPI_PORT: String(options.commandPort),
      ZEEBE_BROKER_NETWORK_INTERNALAPI_PORT: String(options.internalPort),
      ZEEBE_BROKER_THREADS_CPUTHREADCOUNT: '1',
      ZEEBE_BROKER_THREADS_IOTHREADCOUNT: '1',
      ZEEBE_CLOCK_CONTROLLED: String(options.clockControlled),
    };
  }

  private async waitUntilHealthy(exitCode: () => number | null | undefined, started: number): Promise<void> {
    const deadline = started + this.options.startTimeoutSeconds * 1000;
    let lastReport = Date.now();
    while (Date.now() < deadline) {
      if (exitCode() !== undefined) {
        throw new StartupError(`The broker exited during start (code ${exitCode()}). ${this.diagnosis()}`);
      }
      if (await this.isHealthy()) return;
      if (Date.now() - lastReport >= 5000) {
        lastReport = Date.now();
        this.logger.log(`Waiting for Zeebe to become healthy (${Math.round((Date.now() - started) / 1000)} s)`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await this.stop();
    throw new StartupError(`The broker was not healthy after ${this.options.startTimeoutSeconds} s (BROKER_START_TIMEOUT_SECONDS). ${this.diagnosis()}`);
  }

  /** Healthy means the actuator says UP and the partition reports healthy in the topology. */
  async isHealthy(): Promise<boolean> {
    const { managementAddress, restAddress } = this.addresses();
    try {
      const health = await fetch(`${managementAddress}/actuator/health`, { signal: AbortSignal.timeout(2000) });
      if (!health.ok) return false;
      const topology = (await (await fetch(`${restAddress}/v2/topology`, { signal: AbortSignal.timeout(2000) })).json()) as {
        brokers?: { partitions?: { health?: string }[] }[];
      };
      const partitions = topology.brokers?.flatMap((broker) => broker.partitions ?? []) ?? [];
      return partitions.length > 0 && partitions.every((partition) => partition.health === 'healthy');
    } catch {
      return false;
    }
  }

  /** The last lines of the broker's log and the likely cause, for a failed start. */
  private diagnosis(): string {
    const tail = existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8').split('\n').filter((line) => !/^\s+at /.test(line)).slice(-25).join('\n') : '(no log)';
    const causes: [RegExp, string][] = [
      [/Port (\d+) was already in use|Address already in use/, 'A port is taken: set the ZEEBE_*_PORT keys to free ports.'],
      [/UnsupportedClassVersionError/, 'The JDK is too old: set JAVA_HOME to a JDK 21 or newer.'],
      [/OutOfMemoryError/, 'The broker ran out of memory: raise -Xmx in ZEEBE_JAVA_OPTS.'],
      [/[Ff]ree space|disk/, 'The disk is (nearly) full: the broker needs free space in DATA_DIR.'],
      [/PSQLException|Connection to .* refused/, 'The exporter cannot reach PostgreSQL: check DATABASE_URL.'],
    ];
    const cause = causes.find(([pattern]) => pattern.test(tail))?.[1] ?? 'See the log for the cause.';
    return `${cause}\nLast lines of ${this.logFile}:\n${tail}`;
  }

  /** Stops a broker that an earlier, crashed run of the service left behind on our data folder. */
  private async stopOrphan(): Promise<void> {
    if (!existsSync(this.pidFile)) return;
    const pid = Number(readFileSync(this.pidFile, 'utf8'));
    if (Number.isInteger(pid) && isAlive(pid) && commandLineOf(pid).includes(MAIN_CLASS)) {
      this.logger.warn(`Stopping a broker (pid ${pid}) left running by an earlier run`);
      signalGroup(pid, 'SIGTERM');
      if (!(await waitForExit(pid, 20000))) signalGroup(pid, 'SIGKILL');
      await waitForExit(pid, 5000);
    }
    rmSync(this.pidFile, { force: true });
  }
}
