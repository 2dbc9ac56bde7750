import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { environmentKeys } from '../../src/config/load-environment';

describe('The configuration table of docs/operations.md', () => {
  it('documents every key the service reads, and no other', () => {
    // Given the README and the validated environment DTO
    const readme = readFileSync(join(__dirname, '..', '..', 'docs', 'operations.md'), 'utf8');
    const documented = [...readme.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]);

    // Then the table lists exactly the keys of the DTO, in the same (alphabetical) order
    expect(documented).toEqual(environmentKeys());
  });
});
