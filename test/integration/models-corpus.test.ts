import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { checksumOf } from '../../src/models/bpmn-directory';
import { LintProblem } from '../../src/models/lint/lint-problem';
import { createRegion } from '../factories/region.factory';
import { signIn } from '../factories/session.factory';
import { createUser } from '../factories/user.factory';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';

const CORPUS_DIR = join(__dirname, '..', 'fixtures', 'models');

interface Expectation {
  description: string;
  elementId: string;
  rule: string;
}

const manifest = JSON.parse(readFileSync(join(CORPUS_DIR, 'corpus.json'), 'utf8')) as { rejected: Record<string, Expectation>; valid: string[] };
const rejected = Object.entries(manifest.rejected).map(([file, expected]) => ({ file, ...expected }));

const processIdOf = (file: string) => `corpus-${file.replace(/\.bpmn$/, '')}`;
const read = (file: string) => readFileSync(join(CORPUS_DIR, file), 'utf8');

/** The answer names the element and the rule: in the problem list, and in the message a person reads. */
function expectNamed(body: { message?: string; problems?: LintProblem[] }, expected: Expectation): void {
  expect(body.problems).toEqual(expect.arrayContaining([expect.objectContaining({ category: 'error', elementId: expected.elementId, rule: expected.rule })]));
  const errors = (body.problems ?? []).filter((problem) => problem.category === 'error');
  // The message lists the first three errors; the expected one is among them or the list says how many more.
  const named = errors.slice(0, 3).some((problem) => problem.elementId === expected.elementId && problem.rule === expected.rule);
  if (named) expect(body.message).toContain(`${expected.elementId}: ${expected.rule}`);
  else expect(body.message).toMatch(/and \d+ more/);
}

describe('The corpus of broken and hostile models', () => {
  let subject: TestApp;
  let owner: string;
  let secondOwner: string;
  let ownerId: string;
  /** The engine's process definitions before this file ran. */
  let definitionsBefore: Set<string>;

  const api = () => request(subject.app.getHttpServer());

  beforeAll(async () => {
    subject = await startTestApp();
    // Process owners of two regions: every region uses the models, so one region alone may not approve
    const first = await createUser(subject.prisma, await createRegion(subject.prisma), 'PROCESS_OWNER');
    const second = await createUser(subject.prisma, await createRegion(subject.prisma), 'PROCESS_OWNER');
    ownerId = first.id;
    [owner, secondOwner] = await Promise.all([signIn(subject.app, first), signIn(subject.app, second)]);
    definitionsBefore = new Set((await subject.history.processDefinitions()).map((definition) => definition.key));
  });

  afterAll(async () => {
    await subject?.close();
  });

  it('holds at least 66 files, each with the element and rule it must be refused for', () => {
    expect(rejected.length).toBeGreaterThanOrEqual(66);
    for (const entry of rejected) expect(entry.elementId && entry.rule).toBeTruthy();
  });

  it.each(rejected)('refuses $file ($description), naming $elementId and $rule', async (entry) => {
    const processId = processIdOf(entry.file);
    const xml = read(entry.file);

    // When a process owner validates it
    const validation = await api().post('/api/models/validate').auth(owner, { type: 'bearer' }).send({ processId, xml });

    // A file with a NUL character is no text at all: the service's edge refuses it before any parser
    // sees it, naming the field and the character, and saving it is refused the same way
    if (xml.includes('\u0000')) {
      const refusedAtTheEdge = expect.arrayContaining([{ field: 'xml', reason: expect.stringContaining('control characters') }]);
      expect(validation.status).toBe(400);
      expect(validation.body.problems).toEqual(refusedAtTheEdge);
      const saved = await api().post(`/api/models/${processId}/versions`).auth(owner, { type: 'bearer' }).send({ comment: `Corpus: ${entry.description}`, xml });
      expect(saved.status).toBe(400);
      expect(saved.body.problems).toEqual(refusedAtTheEdge);
      expect(await subject.prisma.modelVersion.count({ where: { bpmnProcessId: processId } })).toBe(0);
      return;
    }

    // Then the answer lists the problem with its element and rule
    expect(validation.status).toBe(200);
    expect(validation.body.errorCount).toBeGreaterThan(0);
    expect(validation.body.problems).toEqual(expect.arrayContaining([expect.objectContaining({ elementId: entry.elementId, rule: entry.rule })]));

    // When they save it as a draft: a file the parser refuses is not stored at all (400); a model
    // with lint problems is stored, but proposing it for deployment is refused (400)
    const saved = await api().post(`/api/models/${processId}/versions`).auth(owner, { type: 'bearer' }).send({ comment: `Corpus: ${entry.description}`, xml });
    if (saved.status === 400) {
      expectNamed(saved.body, entry);
      expect(await subject.prisma.modelVersion.count({ where: { bpmnProcessId: processId } })).toBe(0);
    } else {
      expect(saved.status).toBe(201);
      const proposed = await api().post(`/api/models/${processId}/versions/${saved.body.version.number}/proposals`).auth(owner, { type: 'bearer' }).send({ comment: 'In gebruik nemen' });
      expect(proposed.status).toBe(400);
      expectNamed(proposed.body, entry);
    }

    // And when the checks before were bypassed (the file put straight into a proposal), the second
    // process owner's approval runs the deployment guard again and refuses it before the engine.
    const version = await subject.prisma.modelVersion.create({
      data: { authorId: ownerId, authorName: 'Corpus', bpmnProcessId: processId, checksum: checksumOf(xml), comment: 'bypass', errorCount: 0, number: 1000, origin: 'MODELER', warningCount: 0, xml },
    });
    const proposal = await subject.prisma.modelProposal.create({ data: { bpmnProcessId: processId, comment: 'bypass', proposerId: ownerId, proposerName: 'Corpus', versionId: version.id } });
    const approved = await api().post(`/api/models/proposals/${proposal.id}/approval`).auth(secondOwner, { type: 'bearer' }).send({ comment: 'Verschil bekeken' });
    expect(approved.status).toBe(400);
    expectNamed(approved.body, entry);
    expect((await subject.prisma.modelProposal.findUniqueOrThrow({ where: { id: proposal.id } })).status).toBe('FAILED');
  });

  it('refuses an upload larger than the body limit unread, naming the rule', async () => {
    // Given a 5 MB body
    const xml = `<bpmn:definitions>${'x'.repeat(5 * 1024 * 1024)}</bpmn:definitions>`;

    // When it is sent to validate
    const response = await api().post('/api/models/validate').auth(owner, { type: 'bearer' }).send({ processId: 'corpus-huge-upload', xml });

    // Then it is refused as too large, in the modeler's problem shape
    expect(response.status).toBe(413);
    expect(response.body.problems).toEqual([expect.objectContaining({ elementId: 'definitions', rule: 'size' })]);
  });

  it('let nothing reach the engine, deployed nothing, and the service still answers health', async () => {
    // Given the valid model of the corpus, proposed by one process owner and approved by another
    const [file] = manifest.valid;
    const processId = processIdOf(file);
    const saved = await api().post(`/api/models/${processId}/versions`).auth(owner, { type: 'bearer' }).send({ comment: 'Geldig model', xml: read(file) });
    expect(saved.status).toBe(201);
    expect(saved.body.version.errorCount).toBe(0);
    const proposed = await api().post(`/api/models/${processId}/versions/${saved.body.version.number}/proposals`).auth(owner, { type: 'bearer' }).send({ comment: 'In gebruik nemen' });
    expect(proposed.status).toBe(201);
    const approved = await api().post(`/api/models/proposals/${proposed.body.id}/approval`).auth(secondOwner, { type: 'bearer' }).send({ comment: 'Verschil bekeken' });
    expect(approved.status).toBe(201);

    // When the engine lists its process definitions (it knows a deployment once the deploy call returned)
    const definitions = await eventually(
      () => subject.history.processDefinitions(),
      (list) => list.some((definition) => definition.bpmnProcessId === processId),
      'the valid model among the engine\'s process definitions',
    );

    // Then it is the only process definition added during this file: no corpus file reached the engine
    const deployedSince = definitions.filter((definition) => !definitionsBefore.has(definition.key));
    expect(deployedSince.map((definition) => definition.bpmnProcessId)).toEqual([processId]);
    const corpusDefinitions = definitions.filter((definition) => definition.bpmnProcessId.startsWith('corpus-') || definition.bpmnProcessId === 'jbt-someone-elses-process');
    expect(corpusDefinitions.map((definition) => definition.bpmnProcessId)).toEqual([processId]);

    // And no corpus file was recorded as deployed
    const deployments = await subject.prisma.modelDeployment.findMany({ where: { bpmnProcessId: { startsWith: 'corpus-' } } });
    expect(deployments.map((row) => row.bpmnProcessId)).toEqual([processId]);

    // And the service still answers health with database and engine up
    const health = await api().get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('up');
  });
});
