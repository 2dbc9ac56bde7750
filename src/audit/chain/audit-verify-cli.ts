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
import { openCommandLineDatabase } from '../../database/command-line-database';
import { redact } from '../../database/database-urls';
import { AuditCheckpointSigner } from './audit-checkpoint.signer';
import { formatReport } from './audit-chain.report';
import { verifyAuditChain } from './audit-chain.verifier';
import { existingAuditSecret } from './audit-secret';

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const env = loadEnvironment();
  const database = await openCommandLineDatabase(env);
  const url = database.url;
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
    await database.release();
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
