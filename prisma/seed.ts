/**
 * `npm run seed`: puts the demo regions, tables, slots and users (README, "Demo users") into the
 * case record. Idempotent, so it can run after every start. It uses DATABASE_URL when set; otherwise
 * the embedded PostgreSQL of DATA_DIR, joining a running service's server or starting it for the run.
 */
import 'reflect-metadata';
import { config as loadDotenv } from 'dotenv';
import { Client } from 'pg';
import { loadEnvironment } from '../src/config/load-environment';
import { ensureDatabase, redact } from '../src/database/database-urls';
import { startEmbeddedDatabase } from '../src/database/embedded-database';
import { migrate } from '../src/database/migrator';
import { PrismaService } from '../src/database/prisma.service';
import { DEMO_PASSWORD } from '../src/seed/demo-regions';
import { seedDemoData } from '../src/seed/demo-seed';

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

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const env = loadEnvironment();
  let url = env.DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  if (url) {
    await ensureDatabase(url);
  } else {
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
  try {
    await migrate(url);
    const prisma = new PrismaService(url);
    try {
      const users = await seedDemoData(prisma);
      console.log(`Seeded ${users.length} demo users into ${redact(url)}; every demo user's password is "${DEMO_PASSWORD}":`);
      for (const user of users) console.log(`  ${user.username.padEnd(34)} ${user.role.padEnd(18)} ${user.displayName}`);
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await stop?.();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
