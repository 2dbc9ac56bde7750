import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Names that belong to the engine's own database and to our plugin tables beside it. */
const ENGINE_NAMES = /\b(act_(ru|hi|re|ge|id)_\w+|jbt_user_task_event|jbt_flow_taken)\b/i;

/**
 * Allowed to name them: the engine module, the benchmark that fabricates engine history at scale, the
 * chaos run's checks (an auditor that must not trust the ports it is checking), and this check.
 */
const ALLOWED = ['src/engine/', 'test/bench/', 'test/chaos/', 'test/unit/engine-boundary.spec.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'generated' || entry === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|js)$/.test(entry) ? [path] : [];
  });
}

describe('The engine boundary', () => {
  it('keeps the engine database out of everything but src/engine/', () => {
    // Given every source and test file outside the engine module
    const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'test'))]
      .map((file) => relative(ROOT, file))
      .filter((file) => !ALLOWED.some((folder) => file.startsWith(folder)));

    // When they are searched for the engine's table names
    const offending = files.filter((file) => ENGINE_NAMES.test(readFileSync(join(ROOT, file), 'utf8')));

    // Then none names one: they read the engine through its ports
    expect(offending).toEqual([]);
  });
});
