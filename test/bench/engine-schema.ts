import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { Client } from 'pg';

const ROOT = resolve(__dirname, '..', '..');

/** Operaton's own DDL for PostgreSQL, in its engine jar: runtime and repository tables, then history. */
const DDL_FILES = ['engine', 'history'].map((part) => `org/operaton/bpm/engine/db/create/activiti.postgres.create.${part}.sql`);

/** Our engine plugins' tables: the script the engine runs at start (src/engine/app), run here because the benchmark starts no engine. */
const JBT_TABLES = join(ROOT, 'src', 'engine', 'app', 'src', 'main', 'resources', 'jbt-engine-tables.sql');

/**
 * Creates the engine's schema in an empty database without starting the engine (no JVM needed): the
 * DDL scripts from the Operaton engine jar that Maven fetched when the engine was built (the version
 * the engine's pom.xml names), and our plugin tables.
 */
export async function createEngineSchema(client: Client): Promise<void> {
  const jar = engineJar();
  for (const file of DDL_FILES) await client.query(readZipEntry(jar, file).toString('utf8'));
  await client.query(readFileSync(JBT_TABLES, 'utf8'));
}

function engineJar(): string {
  const pom = readFileSync(join(ROOT, 'src', 'engine', 'app', 'pom.xml'), 'utf8');
  const version = /<operaton\.version>([^<]+)<\/operaton\.version>/.exec(pom)?.[1];
  if (!version) throw new Error('src/engine/app/pom.xml names no operaton.version');
  const repository = process.env.MAVEN_REPOSITORY ?? join(homedir(), '.m2', 'repository');
  const jar = join(repository, 'org', 'operaton', 'bpm', 'operaton-engine', version, `operaton-engine-${version}.jar`);
  if (!existsSync(jar)) throw new Error(`${jar} is missing: build the engine once (npm start, or src/engine/app/mvnw package), or set MAVEN_REPOSITORY`);
  return jar;
}

/** One file of a zip archive (a jar), by its path: the central directory says where it is and how it is packed. */
function readZipEntry(archive: string, path: string): Buffer {
  const zip = readFileSync(archive);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${archive} is not a zip archive`);
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  for (let entry = 0; entry < entries; entry++) {
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (name === path) {
      const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
      const data = zip.subarray(dataStart, dataStart + compressedSize);
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data);
      throw new Error(`${path} in ${archive} is packed with method ${method}`);
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${path} is not in ${archive}`);
}
