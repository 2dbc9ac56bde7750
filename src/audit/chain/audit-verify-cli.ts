/**
 * `npm run audit:verify`: checks the audit log's hash chain and names every row that was changed or
 * removed (docs/security.md, "Audit"). Uses DATABASE_URL when set; otherwise the embedded PostgreSQL
 * of DATA_DIR, joining a running service's server or starting it for the check. Exit code 0: intact;
 * 1: problems found; 2: the check could not run.
 */
import 'reflect-metadata';
import { config as loadDotenv } from 'dotenv';
import { Client } from 'pg';
import { ConfigurationError, loadEnvironment } from '../../config/load-environment';
import { redact } from '../../database/database-urls';
import { startEmbeddedDatabase } from '../../database/embedded-database';
import { AuditCheckpointSigner } from './audit-checkpoint.signer';
import { formatReport } from './audit-chain.report';
import { verifyAuditChain } from './audit-chain.verifier';
import { existingAuditSecret } from './audit-secret';

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const env = loadEnvironment();
  let url = env.DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (!url) {
    // The embedded server's credentials (src/database/embedded-database.ts); a running service's server is joined, never restarted.
    const running = `postgresql://jbt:jbt@127.0.0.1:${env.EMBEDDED_PG_PORT}/jbt`;
    if (await reachable(running)) {
      url = running;
    } else {
      const embedded = await startEmbeddedDatabase(env.DATA_DIR, env.EMBEDDED_PG_PORT);
      url = embedded.url;
      stop = () => embedded.stop();
    }
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // One snapshot for the whole check: rows written or pruned meanwhile do not disturb it.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const secret = existingAuditSecret(env);
    const report = await verifyAuditChain(async (sql, params) => (await client.query(sql, params)).rows, { signer: secret ? new AuditCheckpointSigner(secret) : undefined });
    await client.query('COMMIT');
    for (const line of formatReport(report, redact(url))) console.log(line);
    return report.intact ? 0 : 1;
  } finally {
    await client.end().catch(() => undefined);
    await stop?.();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigurationError) for (const problem of error.problems) console.error(`Configuration error: ${problem}`);
    else console.error(`The audit chain could not be checked: ${(error as Error).message}`);
    process.exit(2);
  },
);
