import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const PROJECT_DIR = resolve(__dirname, '..', '..', '..');

/**
 * The web app's API types (src/web/api/schema.d.ts) and the answers read from the controllers
 * (response-schemas.json) are generated and committed; this test regenerates both in memory and
 * fails when a controller, DTO or answer type changed without `npm run generate:web-types`.
 */
describe('the generated web API types', () => {
  it('match the OpenAPI document that the controllers and DTOs give today', () => {
    // Given the committed files; when they are generated afresh and compared
    const run = spawnSync(process.execPath, ['-r', './test/bench/register-typescript.js', 'src/http/openapi/generate-web-types.ts', '--check'], { cwd: PROJECT_DIR, encoding: 'utf8' });

    // Then nothing is out of date
    expect(run.stderr.trim()).toBe('');
    expect(run.status).toBe(0);
  }, 180_000);
});
