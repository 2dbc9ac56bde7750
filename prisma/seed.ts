/**
 * `npm run seed`: puts the demo regions, tables, slots and users (README, "Demo users") into the
 * case record. Idempotent, so it can run after every start. It uses DATABASE_URL when set; otherwise
 * the embedded PostgreSQL of DATA_DIR, joining a running service's server or starting it for the run.
 */
import 'reflect-metadata';
import { config as loadDotenv } from 'dotenv';
import { loadEnvironment } from '../src/config/load-environment';
import { openCommandLineDatabase } from '../src/database/command-line-database';
import { redact } from '../src/database/database-urls';
import { migrate } from '../src/database/migrator';
import { PrismaService } from '../src/database/prisma.service';
import { DEMO_PASSWORD } from '../src/seed/demo-regions';
import { seedDemoData } from '../src/seed/demo-seed';

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const database = await openCommandLineDatabase(loadEnvironment(), { create: true });
  const url = database.url;
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
    await database.release();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
