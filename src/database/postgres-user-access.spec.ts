import { chmodSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { folderBlockingPostgres } from './postgres-user-access';

describe('folderBlockingPostgres', () => {
  it('names the first folder on the way that others may not enter', () => {
    // Given a checkout inside a folder only its owner may enter (as mkdtemp makes them)
    const closed = mkdtempSync(join(tmpdir(), 'jbt-closed-'));
    chmodSync(closed, 0o700);
    const checkout = join(closed, 'checkout', 'node_modules');
    mkdirSync(checkout, { recursive: true });

    // When the way to a program inside it is checked for an account that is not its owner
    const blocking = folderBlockingPostgres(join(checkout, 'postgres'), 'nobody');

    // Then that folder is named
    expect(blocking).toBe(closed);
  });

  it('finds nothing in the way when every folder may be entered', () => {
    const open = mkdtempSync(join(tmpdir(), 'jbt-open-'));
    chmodSync(open, 0o755);
    mkdirSync(join(open, 'data'), { mode: 0o755 });

    expect(folderBlockingPostgres(join(open, 'data', 'postgres'), 'nobody')).toBeUndefined();
  });
});
