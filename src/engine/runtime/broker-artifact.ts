import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Logger } from '@nestjs/common';
import { StartupError } from '../../runtime/ports';

/**
 * The pinned engine: the newest Camunda distribution published to Maven Central (8.7 and later are
 * published only to Camunda's own repository, which this project's machines cannot reach). The SHA-1
 * is Maven Central's, pinned here so a tampered mirror is caught too.
 */
export const ZEEBE_VERSION = '8.6.0';
export const ZEEBE_SHA1 = '92af49d80c24f2aa108bef7aced320e5f9bb7878';
export const MAVEN_CENTRAL = 'https://repo1.maven.org/maven2';

/** Where the archive comes from: Maven (when installed) and else HTTPS from a Maven repository. */
export interface ArtifactSource {
  repository?: string;
  useMaven?: boolean;
}

export function defaultCacheDir(): string {
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'jbt-orchestrator', 'zeebe');
}

/** Where the unpacked distribution lives; `bin/broker` inside it starts the broker. */
export function distributionDir(cacheDir: string): string {
  return join(cacheDir, `camunda-zeebe-${ZEEBE_VERSION}`);
}

/**
 * Makes sure the pinned distribution is downloaded, verified and unpacked in the cache, and returns
 * its folder. A partial or corrupt download is detected by its checksum and fetched again; the
 * archive is unpacked once, marked complete only after tar succeeded.
 */
export async function ensureDistribution(cacheDir: string, source: ArtifactSource = {}): Promise<string> {
  const repository = source.repository ?? MAVEN_CENTRAL;
  const useMaven = source.useMaven ?? hasMaven();
  const logger = new Logger('ZeebeArtifact');
  const target = distributionDir(cacheDir);
  const marker = join(target, '.jbt-unpacked');
  if (existsSync(marker)) return target;
  mkdirSync(cacheDir, { recursive: true });
  const archive = join(cacheDir, `camunda-zeebe-${ZEEBE_VERSION}.tar.gz`);
  if (existsSync(archive) && (await sha1Of(archive)) !== ZEEBE_SHA1) {
    logger.warn(`Cached ${archive} is incomplete or corrupt; fetching it again`);
    rmSync(archive);
  }
  if (!existsSync(archive)) await fetchArchive(archive, cacheDir, repository, useMaven, logger);
  const actual = await sha1Of(archive);
  if (actual !== ZEEBE_SHA1) {
    rmSync(archive);
    throw new StartupError(`Downloaded camunda-zeebe ${ZEEBE_VERSION} has SHA-1 ${actual}, expected ${ZEEBE_SHA1}; removed it. Start again to retry.`);
  }
  logger.log(`Unpacking camunda-zeebe ${ZEEBE_VERSION} into ${cacheDir}`);
  rmSync(target, { recursive: true, force: true });
  const tar = spawnSync('tar', ['xzf', archive, '-C', cacheDir], { stdio: 'inherit' });
  if (tar.status !== 0) throw new StartupError(`Could not unpack ${archive} (tar exited ${tar.status}). Remove it and start again.`);
  writeFileSync(marker, `${ZEEBE_SHA1}\n`);
  return target;
}

async function fetchArchive(archive: string, cacheDir: string, repository: string, useMaven: boolean, logger: Logger): Promise<void> {
  const coordinates = `io.camunda:camunda-zeebe:${ZEEBE_VERSION}:tar.gz`;
  if (useMaven) {
    logger.log(`Fetching ${coordinates} with Maven`);
    const mvn = spawnSync('mvn', ['-q', 'dependency:copy', `-Dartifact=${coordinates}`, `-DoutputDirectory=${cacheDir}`], { stdio: 'inherit' });
    if (mvn.status === 0 && existsSync(archive)) return;
    logger.warn('Maven could not fetch the broker; downloading over HTTPS instead');
  }
  const url = `${repository}/io/camunda/camunda-zeebe/${ZEEBE_VERSION}/camunda-zeebe-${ZEEBE_VERSION}.tar.gz`;
  await download(url, archive, logger);
}

function hasMaven(): boolean {
  return spawnSync('mvn', ['-v'], { stdio: 'ignore' }).status === 0;
}

/** Streams url to file through a .part file, logging progress every 10%. */
export async function download(url: string, file: string, logger: Logger): Promise<void> {
  logger.log(`Downloading ${url}`);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new StartupError(`Cannot download ${url}: ${(error as Error).message}. Check the network, or place the file at ${file}.`);
  }
  if (!response.ok || !response.body) throw new StartupError(`Download of ${url} failed: HTTP ${response.status}.`);
  const total = Number(response.headers.get('content-length') ?? 0);
  let received = 0;
  let reported = 0;
  const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream);
  body.on('data', (chunk: Buffer) => {
    received += chunk.length;
    const percent = total ? Math.floor((received / total) * 100) : 0;
    if (percent >= reported + 10) {
      reported = percent - (percent % 10);
      logger.log(`  ${reported}% of ${(total / 1_048_576).toFixed(0)} MB`);
    }
  });
  const part = `${file}.part`;
  await pipeline(body, createWriteStream(part));
  renameSync(part, file);
}

export function sha1Of(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha1');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
