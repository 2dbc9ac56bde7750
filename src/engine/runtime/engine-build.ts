import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { StartupError } from '../../runtime/ports';
import { Jdk } from './jdk-finder';

/** The engine application's sources (pom.xml, Maven Wrapper, Java), the same from src/ and dist/. */
export const ENGINE_APP_DIR = resolve(__dirname, '..', '..', '..', 'src', 'engine', 'app');

/** Where built engines are cached when ENGINE_CACHE_DIR is not set. */
export function defaultCacheDir(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'jbt-orchestrator');
}

/** Every file that goes into the build, in a stable order; `target/` and IDE files stay out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((entry) => !['target', '.idea', '.vscode'].includes(entry))
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? sourceFiles(path) : [path];
    });
}

/** A short hash of the engine's sources: a changed plugin or pom builds a new jar, an unchanged one costs nothing. */
export function sourceHash(appDir = ENGINE_APP_DIR): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(appDir)) hash.update(relative(appDir, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Returns the engine jar for the current sources, building it with the Maven Wrapper (Maven Central
 * only; the wrapper fetches Maven itself) when the cache has none. The build runs in the cache folder,
 * so the checkout is never written to, and the jar appears under its final name only when complete.
 * Progress is logged every few seconds: a first build downloads about 60 MB.
 */
export async function ensureEngineJar(jdk: Jdk, cacheDir: string, appDir = ENGINE_APP_DIR): Promise<string> {
  const hash = sourceHash(appDir);
  const engineDir = join(cacheDir, 'engine');
  const jar = join(engineDir, `jbt-engine-${hash}.jar`);
  if (existsSync(jar)) return jar;
  const mvnw = join(appDir, 'mvnw');
  if (!existsSync(mvnw)) throw new StartupError(`The engine's Maven Wrapper is missing (${mvnw}); the checkout is incomplete.`);
  mkdirSync(engineDir, { recursive: true });
  const buildDir = join(engineDir, `build-${hash}-${process.pid}`);
  const logger = new Logger('EngineBuild');
  logger.log(`Building the engine (Operaton) with Java ${jdk.major}: the first build downloads Maven and the engine's libraries from Maven Central`);
  const started = Date.now();
  try {
    await runMaven(mvnw, appDir, jdk, ['-B', 'package', '-DskipTests', `-Djbt.build.directory=${buildDir}`], logger);
    const built = join(buildDir, 'jbt-engine.jar');
    if (!existsSync(built)) throw new StartupError(`The engine build finished without ${built}`);
    // Copy, then rename: another process starting at the same moment sees no jar or a complete one.
    copyFileSync(built, `${jar}.${process.pid}.part`);
    renameSync(`${jar}.${process.pid}.part`, jar);
  } finally {
    rmSync(buildDir, { force: true, recursive: true });
  }
  logger.log(`Engine built in ${((Date.now() - started) / 1000).toFixed(1)} s (${jar})`);
  return jar;
}

function runMaven(mvnw: string, cwd: string, jdk: Jdk, args: string[], logger: Logger): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(mvnw, args, { cwd, env: { ...process.env, JAVA_HOME: jdk.home }, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    let downloads = 0;
    const started = Date.now();
    const remember = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (/Downloaded from|Downloading .*apache-maven/.test(line)) downloads++;
        if (line.trim()) tail.push(line);
        if (tail.length > 40) tail.shift();
      }
    };
    child.stdout.on('data', remember);
    child.stderr.on('data', remember);
    const progress = setInterval(() => logger.log(`Building the engine: ${Math.round((Date.now() - started) / 1000)} s, ${downloads} downloads so far`), 5000);
    child.once('error', (error) => {
      clearInterval(progress);
      reject(new StartupError(`Cannot run the Maven Wrapper (${mvnw}): ${error.message}`));
    });
    child.once('exit', (code) => {
      clearInterval(progress);
      if (code === 0) return resolvePromise();
      const output = tail.join('\n');
      const hint = /Could not transfer|Unknown host|Connection refused|timed out/i.test(output)
        ? 'Maven Central (repo.maven.apache.org) could not be reached: check the network or a Maven mirror in ~/.m2/settings.xml.'
        : 'See the Maven output below.';
      reject(new StartupError(`The engine build failed (exit ${code}). ${hint}\n${output}`));
    });
  });
}
