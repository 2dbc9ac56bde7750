import { rmSync } from 'node:fs';
import { harnessInfo } from './test-environment';

/** Stops the broker and the database the run started, and removes the run's data folder. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__JBT_INFRASTRUCTURE__?.stop();
  const { env } = harnessInfo();
  rmSync(env.DATA_DIR, { force: true, recursive: true });
}
