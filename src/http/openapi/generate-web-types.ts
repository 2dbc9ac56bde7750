/**
 * `npm run generate:web-types`: writes the web app's API types (src/web/api/schema.d.ts) from the
 * service's own OpenAPI document, the one served at /api/docs-json, and the answers that the document
 * reads from the controllers' return types (response-schemas.json beside this file).
 * `npm run generate:web-types -- --check` writes nothing and fails when either file is out of date.
 *
 * The document is built from the modules' metadata alone: Nest's preview mode registers every
 * controller and DTO but constructs no provider, so neither PostgreSQL nor the engine is needed.
 * It runs with TypeScript's own transpiler (test/bench/register-typescript.js), because Nest's
 * schemas need the decorator metadata that tsx does not emit.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../app.module';
import { EnvironmentDto } from '../../config/environment.dto';
import type { EngineConnection } from '../../engine/engine-connection';
import { setApiPrefix } from '../create-app';
import { describeResponses, nestDocument, operationsWithoutSchema } from './api-document';
import { readResponseSchemas } from './response-schema-reader';

const PROJECT_DIR = resolve(__dirname, '..', '..', '..');
export const RESPONSE_SCHEMAS_FILE = resolve(__dirname, 'response-schemas.json');
export const WEB_SCHEMA_FILE = resolve(PROJECT_DIR, 'src', 'web', 'api', 'schema.d.ts');

const HEADER = [
  '// Generated from the service\'s OpenAPI document (/api/docs-json) by src/http/openapi/generate-web-types.ts.',
  '// Do not edit: change the controllers or DTOs and run `npm run generate:web-types`.',
  '',
].join('\n');

/** Connection values that are never used: in preview mode no provider reads them. */
const NO_ENGINE: EngineConnection = { databaseUrl: 'postgresql://preview.invalid/none', restUrls: [], testClock: false, token: '' };

export interface GeneratedFiles {
  responseSchemas: string;
  webSchema: string;
}

/** Builds both files in memory. */
export async function generateWebTypes(): Promise<GeneratedFiles> {
  const app = await NestFactory.create(AppModule.forRoot(new EnvironmentDto(), { databaseUrl: NO_ENGINE.databaseUrl, engine: NO_ENGINE }), {
    abortOnError: false,
    logger: false,
    preview: true,
  });
  try {
    setApiPrefix(app);
    const document = nestDocument(app);
    const reserved = new Set(Object.keys(document.components?.schemas ?? {}));
    const schemas = readResponseSchemas(PROJECT_DIR, operationsWithoutSchema(document), reserved);
    describeResponses(document, schemas);
    return { responseSchemas: `${JSON.stringify(schemas, null, 2)}\n`, webSchema: HEADER + openApiTypes(document) };
  } finally {
    await app.close();
  }
}

function openApiTypes(document: object): string {
  const work = mkdtempSync(join(tmpdir(), 'jbt-web-types-'));
  try {
    const input = join(work, 'openapi.json');
    const output = join(work, 'schema.d.ts');
    writeFileSync(input, JSON.stringify(document));
    const bin = resolve(PROJECT_DIR, 'node_modules', '.bin', 'openapi-typescript');
    execFileSync(bin, [input, '--alphabetize', '--default-non-nullable', 'false', '-o', output], { stdio: 'pipe' });
    return readFileSync(output, 'utf8');
  } finally {
    rmSync(work, { force: true, recursive: true });
  }
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const fresh = await generateWebTypes();
  const files: [string, string][] = [
    [RESPONSE_SCHEMAS_FILE, fresh.responseSchemas],
    [WEB_SCHEMA_FILE, fresh.webSchema],
  ];
  const stale = files.filter(([file, text]) => readOrEmpty(file) !== text);
  if (check) {
    for (const [file] of stale) console.error(`Out of date: ${file.slice(PROJECT_DIR.length + 1)} (run \`npm run generate:web-types\`)`);
    if (stale.length === 0) console.log('The web app\'s API types match the OpenAPI document.');
    process.exitCode = stale.length > 0 ? 1 : 0;
    return;
  }
  for (const [file, text] of stale) {
    writeFileSync(file, text);
    console.log(`Wrote ${file.slice(PROJECT_DIR.length + 1)}`);
  }
  if (stale.length === 0) console.log('Up to date.');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
