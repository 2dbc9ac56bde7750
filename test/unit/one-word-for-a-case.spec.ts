import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * The glossary's one word for a case is "casus" (domain.md; the seeds say "casus"): "zaak", its
 * plural and its compounds, and a "dossier" of the case, are other words for the same thing and
 * confuse the reader of a mail, a PDF, a screen or a model. Compounds where "zaak" means something
 * else ("oorzaak", "noodzaak") and the organisation's own "cliëntdossier" are not matched.
 */
const OTHER_WORDS = /\b(zaak|zaken|zaaknummers?|dossier)\b/i;

function files(dir: string, extensions: RegExp): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'generated' || entry === 'node_modules' ? [] : files(path, extensions);
    return extensions.test(entry) ? [path] : [];
  });
}

/** Every line of a file that uses another word for a case, as "path:line: text". */
function offendingLines(path: string, lines: string[]): string[] {
  return lines.flatMap((line, index) => (OTHER_WORDS.test(line) ? [`${relative(ROOT, path)}:${index + 1}: ${line.trim()}`] : []));
}

describe('One word for a case', () => {
  it('is "casus" in every text of the service, the web app, the mails and the PDFs', () => {
    // Given every source file of the service and the web app, and the demo seed
    const sources = [...files(join(ROOT, 'src'), /\.(ts|tsx)$/), join(ROOT, 'prisma', 'seed.ts')];

    // When their lines are searched for another word for a case
    const offending = sources.flatMap((path) => offendingLines(path, readFileSync(path, 'utf8').split('\n')));

    // Then there is none
    expect(offending).toEqual([]);
  });

  it('is "casus" in every label of the models (their ids stay English)', () => {
    // Given the label of every element of every model in bpmn/
    const models = files(join(ROOT, 'bpmn'), /\.bpmn$/);

    // When the labels are searched for another word for a case
    const offending = models.flatMap((path) => {
      const labels = [...readFileSync(path, 'utf8').matchAll(/\sname="([^"]*)"/g)].map((match) => match[1]);
      return offendingLines(path, labels);
    });

    // Then there is none
    expect(offending).toEqual([]);
  });

  it('finds another word when a text uses one', () => {
    // Given texts as a mail, a label and a compound where "zaak" means something else might put them
    const lines = ['Uitnodiging tafelgesprek zaak JBT-2026-000001', 'Casus afsluiten', 'Het is van groot belang en een noodzaak', 'In het dossier van de casus'];

    // When they are searched
    const found = offendingLines(join(ROOT, 'example.ts'), lines);

    // Then the case word and the case file are found, and the rest is not
    expect(found).toEqual(['example.ts:1: Uitnodiging tafelgesprek zaak JBT-2026-000001', 'example.ts:4: In het dossier van de casus']);
  });
});
