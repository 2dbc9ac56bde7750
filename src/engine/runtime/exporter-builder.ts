import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { StartupError } from '../../runtime/ports';
import { Jdk } from './jdk-finder';

/** The exporter's sources, the same from src/ and dist/. */
export const EXPORTER_DIR = resolve(__dirname, '..', '..', '..', 'src', 'engine', 'exporter');
export const EXPORTER_CLASS = 'nl.jbt.exporter.PostgresExporter';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Compiles the PostgreSQL history exporter (Java, src/engine/exporter) against the broker's own
 * jars with the JDK that runs the broker, and caches the jar by a hash of its sources, so a change to
 * the exporter is picked up on the next start and an unchanged one costs nothing.
 */
export function buildExporterJar(jdk: Jdk, distribution: string, cacheDir: string): string {
  const sources = filesUnder(join(EXPORTER_DIR, 'java')).filter((file) => file.endsWith('.java')).sort();
  if (sources.length === 0) throw new StartupError(`No exporter sources under ${EXPORTER_DIR}/java; the checkout is incomplete.`);
  const resources = join(EXPORTER_DIR, 'resources');
  const hash = createHash('sha256');
  for (const file of [...sources, ...filesUnder(resources).sort()]) hash.update(file.slice(EXPORTER_DIR.length)).update(readFileSync(file));
  hash.update(distribution);
  const jar = join(cacheDir, 'exporter', `jbt-exporter-${hash.digest('hex').slice(0, 16)}.jar`);
  if (existsSync(jar)) return jar;

  new Logger('ZeebeExporter').log('Compiling the PostgreSQL history exporter');
  const work = `${jar}.build`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'classes'), { recursive: true });
  const javac = spawnSync(join(jdk.home, 'bin', 'javac'), ['--release', '21', '-nowarn', '-cp', `${distribution}/lib/*`, '-d', join(work, 'classes'), ...sources], { encoding: 'utf8' });
  if (javac.status !== 0) throw new StartupError(`The exporter did not compile:\n${javac.stderr || javac.stdout}`);
  if (existsSync(resources)) cpSync(resources, join(work, 'classes'), { recursive: true });
  const jarTool = spawnSync(join(jdk.home, 'bin', 'jar'), ['cf', join(work, 'exporter.jar'), '-C', join(work, 'classes'), '.'], { encoding: 'utf8' });
  if (jarTool.status !== 0) throw new StartupError(`Could not package the exporter: ${jarTool.stderr}`);
  renameSync(join(work, 'exporter.jar'), jar);
  rmSync(work, { recursive: true, force: true });
  return jar;
}
