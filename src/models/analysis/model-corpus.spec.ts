import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_PROCESS_IDS, ALL_TASK_TYPES } from '../../engine/process-catalog';
import { processCatalogNames } from '../catalog/process-catalog.source';
import { readModelFiles } from '../bpmn-directory';
import { ModelAnalyzer } from './model-analyzer.service';

const CORPUS_DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'models');
const manifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'corpus.json'), 'utf8')) as {
  rejected: Record<string, { description: string; elementId: string; rule: string }>;
  valid: string[];
};
const rejected = Object.entries(manifest.rejected).map(([file, expected]) => ({ file, ...expected }));
const names = processCatalogNames();
const catalog = { errors: [...names.errors], escalations: [...names.escalations], messages: [...names.messages], roles: [...names.roles], taskTypes: [...ALL_TASK_TYPES] };

/**
 * The checks the service runs before a model reaches the engine (parser, lint rules, deployment guard),
 * in the analysis worker as the service runs them, against the hostile corpus and the shipped models.
 * The integration test models-corpus.test.ts sends the same files through the API.
 */
describe('The checks before the engine', () => {
  const analyzer = new ModelAnalyzer();
  const analyse = (xml: string, processId: string) => analyzer.analyse({ catalog, knownProcesses: [...ALL_PROCESS_IDS], processId, xml });

  afterAll(() => analyzer.onModuleDestroy());

  it('have a corpus of at least 66 hostile files, each naming the element and rule it must be refused for', () => {
    expect(rejected.length).toBeGreaterThanOrEqual(66);
    for (const entry of rejected) expect(entry.elementId && entry.rule).toBeTruthy();
  });

  it.each(rejected)('refuse $file ($description), naming $elementId and $rule', async ({ elementId, file, rule }) => {
    // Given a file of the corpus, saved as the model its name says
    const xml = readFileSync(join(CORPUS_DIR, file), 'utf8');

    // When it is checked
    const report = await analyse(xml, `corpus-${file.replace(/\.bpmn$/, '')}`);

    // Then an error names the element and the rule
    expect(report.problems).toEqual(expect.arrayContaining([expect.objectContaining({ category: 'error', elementId, rule })]));
  });

  it.each(manifest.valid)('accept the valid %s without any problem', async (file) => {
    const report = await analyse(readFileSync(join(CORPUS_DIR, file), 'utf8'), `corpus-${file.replace(/\.bpmn$/, '')}`);
    expect(report.problems).toEqual([]);
  });

  it.each(readModelFiles().map((model) => [model.resourceName, model]))('accept the shipped model %s without any problem', async (_name, model) => {
    const report = await analyse(model.content, model.processId);
    expect(report.problems).toEqual([]);
  });
});
