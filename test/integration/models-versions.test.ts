import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { checksumOf } from '../../src/models/bpmn-directory';
import { ModelDeploymentService } from '../../src/models/model-deployment.service';
import { createRegion } from '../factories/region.factory';
import { signIn } from '../factories/session.factory';
import { createUser } from '../factories/user.factory';
import { eventually } from '../support/eventually';
import { startTestApp, TestApp } from '../support/test-app';

/** An approval says why (models-governance.test.ts refuses one without). */
const APPROVAL = { comment: 'Verschil met de versie in gebruik bekeken' };

const BASELINE = readFileSync(join(__dirname, '..', 'fixtures', 'models', 'valid-baseline.bpmn'), 'utf8');

/** The corpus's valid model as a model of its own. */
const baseline = (processId: string) => BASELINE.replaceAll('corpus-valid-baseline', processId);

/**
 * The baseline with a non-interrupting reminder on the review task, leading to an end event of its
 * own. Written as by hand: the reminder does not list its flow in <bpmn:outgoing>, which the engine
 * would refuse, had the service not deployed the model as bpmn-js writes it.
 */
function withReminder(xml: string, duration = 'P5D'): string {
  return xml
    .replace(
      '    <bpmn:endEvent id="end" name="Afgerond" />',
      `    <bpmn:endEvent id="end" name="Afgerond" />
    <bpmn:boundaryEvent id="remind" name="Herinnering" cancelActivity="false" attachedToRef="review">
      <bpmn:timerEventDefinition id="remind_definition">
        <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${duration}</bpmn:timeDuration>
      </bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f3" sourceRef="remind" targetRef="reminded" />
    <bpmn:endEvent id="reminded" name="Herinnerd" />`,
    )
    .replace(
      '    </bpmndi:BPMNPlane>',
      `      <bpmndi:BPMNShape id="remind_di" bpmnElement="remind"><dc:Bounds x="298" y="182" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="reminded_di" bpmnElement="reminded"><dc:Bounds x="298" y="262" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="f3_di" bpmnElement="f3"><di:waypoint x="316" y="218" /><di:waypoint x="316" y="262" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>`,
    );
}

describe('Model versions and the four-eyes deployment', () => {
  let subject: TestApp;
  let owner: string;
  let secondOwner: string;
  let chair: string;
  let chairId: string;

  const api = () => request(subject.app.getHttpServer());
  const as = (token: string) => ({
    get: (path: string) => api().get(`/api/models${path}`).auth(token, { type: 'bearer' }),
    post: (path: string, body: object = {}) => api().post(`/api/models${path}`).auth(token, { type: 'bearer' }).send(body),
  });
  const newProcessId = () => `test-modeler-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    subject = await startTestApp();
    // The two process owners work for different regions: one region alone may not change a model
    // that every region uses (models-governance.test.ts)
    const [region, otherRegion] = await Promise.all([createRegion(subject.prisma), createRegion(subject.prisma)]);
    const [first, second, chairUser] = await Promise.all([
      createUser(subject.prisma, region, 'PROCESS_OWNER'),
      createUser(subject.prisma, otherRegion, 'PROCESS_OWNER'),
      createUser(subject.prisma, region, 'CHAIR'),
    ]);
    chairId = chairUser.id;
    [owner, secondOwner, chair] = await Promise.all([signIn(subject.app, first), signIn(subject.app, second), signIn(subject.app, chairUser)]);
  });

  afterAll(() => subject?.close());

  it('refuses everyone but process owners and administrators, and logs the refusal', async () => {
    // Given a chair, when they ask for the models and try to save one
    const list = await as(chair).get('');
    const save = await as(chair).post(`/${newProcessId()}/versions`, { comment: 'Poging', xml: baseline('x') });

    // Then both are forbidden, and the audit log holds the refusals
    expect(list.status).toBe(403);
    expect(list.body.code).toBe('NOT_PROCESS_OWNER');
    expect(save.status).toBe(403);
    const denied = await subject.prisma.auditEvent.findMany({ where: { actorId: chairId, outcome: 'DENIED', resource: 'model' } });
    expect(denied.map((event) => event.action).sort()).toEqual(['MODEL_READ', 'MODEL_VERSION_SAVE']);
  });

  it('saves drafts with a comment, refuses an unchanged one, and lists the versions newest first', async () => {
    // Given a new model saved twice, the second time with a reminder
    const processId = newProcessId();
    const first = await as(owner).post(`/${processId}/versions`, { comment: 'Eerste versie', xml: baseline(processId) });
    const second = await as(owner).post(`/${processId}/versions`, { comment: 'Herinnering toegevoegd', xml: withReminder(baseline(processId)) });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.problems.filter((problem: { category: string }) => problem.category === 'error')).toEqual([]);

    // When the same content is saved again
    const again = await as(owner).post(`/${processId}/versions`, { comment: 'Nog een keer', xml: withReminder(baseline(processId)) });

    // Then it is refused as unchanged, and the list holds two versions with author, comment and counts
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('MODEL_UNCHANGED');
    const versions = await as(owner).get(`/${processId}/versions`);
    expect(versions.body.map((version: { comment: string; number: number }) => [version.number, version.comment])).toEqual([
      [2, 'Herinnering toegevoegd'],
      [1, 'Eerste versie'],
    ]);
    expect(versions.body[0]).toMatchObject({ authorName: 'Test process_owner', errorCount: 0, name: 'Corpus', origin: 'MODELER' });
    expect(versions.body[0].xml).toBeUndefined();

    // And the model list shows it, with its newest version and nothing deployed yet
    const models = await as(owner).get('');
    expect(models.body.find((model: { processId: string }) => model.processId === processId)).toMatchObject({ deployed: null, latest: { number: 2 }, pendingProposal: null, versionCount: 2 });

    // And one version can be read back with its XML
    const read = await as(owner).get(`/${processId}/versions/1`);
    expect(read.body.xml).toBe(baseline(processId));
  });

  it('saves a draft with lint problems, but refuses to propose it, naming the element and the rule', async () => {
    // Given a draft whose reminder waits "vijf dagen", which is no ISO 8601 duration
    const processId = newProcessId();
    const saved = await as(owner).post(`/${processId}/versions`, { comment: 'Herinnering, termijn nog invullen', xml: withReminder(baseline(processId), 'vijf dagen') });
    expect(saved.status).toBe(201);
    expect(saved.body.version.errorCount).toBe(1);
    expect(saved.body.problems).toContainEqual(expect.objectContaining({ elementId: 'remind', rule: 'jbt/temporal-values' }));

    // When it is proposed for deployment
    const proposed = await as(owner).post(`/${processId}/versions/1/proposals`, { comment: 'In gebruik nemen' });

    // Then it is refused with the problem, and no proposal exists
    expect(proposed.status).toBe(400);
    expect(proposed.body.message).toContain('remind: jbt/temporal-values');
    expect(await subject.prisma.modelProposal.count({ where: { bpmnProcessId: processId } })).toBe(0);
  });

  it('shows what changed between two versions: added, removed, changed and moved elements', async () => {
    // Given version 1, and version 2 with a reminder added, the review task renamed, and the end event moved
    const processId = newProcessId();
    const v1 = baseline(processId);
    const v2 = withReminder(v1)
      .replace('name="Verzoek beoordelen"', 'name="Verzoek controleren"')
      .replace('<dc:Bounds x="446" y="142"', '<dc:Bounds x="486" y="142"')
      .replace('<di:waypoint x="446" y="160" />', '<di:waypoint x="486" y="160" />');
    await as(owner).post(`/${processId}/versions`, { comment: 'Eerste versie', xml: v1 });
    await as(owner).post(`/${processId}/versions`, { comment: 'Tweede versie', xml: v2 });

    // When the two are compared, both ways
    const forward = await as(owner).get(`/${processId}/diff?from=1&to=2`);
    const backward = await as(owner).get(`/${processId}/diff?from=2&to=1`);

    // Then the service names each element by what happened to it
    expect(forward.status).toBe(200);
    expect(forward.body).toEqual({ added: ['f3', 'remind', 'reminded'], changed: ['review'], from: 1, moved: ['end', 'f2'], removed: [], to: 2 });
    expect(backward.body).toMatchObject({ added: [], removed: ['f3', 'remind', 'reminded'] });
  });

  it('restores an old version as a new draft, keeping the history', async () => {
    // Given two versions
    const processId = newProcessId();
    await as(owner).post(`/${processId}/versions`, { comment: 'Eerste versie', xml: baseline(processId) });
    await as(owner).post(`/${processId}/versions`, { comment: 'Tweede versie', xml: withReminder(baseline(processId)) });

    // When version 1 is restored
    const restored = await as(owner).post(`/${processId}/versions/1/restore`, { comment: 'Herinnering was niet nodig' });

    // Then version 3 has version 1's content, and says so
    expect(restored.status).toBe(201);
    expect(restored.body.version).toMatchObject({ comment: 'Herinnering was niet nodig', number: 3, origin: 'RESTORED', restoredFrom: 1 });
    expect((await as(owner).get(`/${processId}/versions/3`)).body.xml).toBe(baseline(processId));
  });

  it('deploys only after a second process owner approves; neither the proposer nor the author may approve', async () => {
    // Given a version saved by one process owner and proposed by the other
    const processId = newProcessId();
    await as(owner).post(`/${processId}/versions`, { comment: 'Eerste versie', xml: baseline(processId) });
    const proposal = await as(secondOwner).post(`/${processId}/versions/1/proposals`, { comment: 'Graag in gebruik nemen' });
    expect(proposal.status).toBe(201);
    expect(proposal.body).toMatchObject({ proposerName: 'Test process_owner', status: 'PENDING', version: { number: 1 } });

    // When the proposer approves it, and then the author
    const byProposer = await as(secondOwner).post(`/proposals/${proposal.body.id}/approval`, APPROVAL);
    const byAuthor = await as(owner).post(`/proposals/${proposal.body.id}/approval`, APPROVAL);

    // Then both are refused by the four-eyes rule, and nothing is deployed
    expect([byProposer.status, byProposer.body.code]).toEqual([403, 'FOUR_EYES_REQUIRED']);
    expect([byAuthor.status, byAuthor.body.code]).toEqual([403, 'FOUR_EYES_REQUIRED']);
    expect(await subject.prisma.modelDeployment.count({ where: { bpmnProcessId: processId } })).toBe(0);

    // When a third process owner, who neither wrote nor proposed it, approves
    const region = await createRegion(subject.prisma);
    const third = await signIn(subject.app, await createUser(subject.prisma, region, 'PROCESS_OWNER'));
    const approved = await as(third).post(`/proposals/${proposal.body.id}/approval`, APPROVAL);

    // Then it is deployed: the engine's version and key are recorded with who decided
    expect(approved.status).toBe(201);
    expect(approved.body).toMatchObject({ deciderName: 'Test process_owner', engineVersion: 1, status: 'DEPLOYED' });
    const [definition] = await subject.history.processDefinitions({ bpmnProcessId: processId });
    expect(definition).toMatchObject({ key: approved.body.processDefinitionKey, version: 1 });
    const deployment = await subject.prisma.modelDeployment.findFirstOrThrow({ where: { bpmnProcessId: processId } });
    expect(deployment).toMatchObject({ checksum: checksumOf(baseline(processId)), processDefinitionKey: approved.body.processDefinitionKey, source: 'modeler', version: 1 });

    // And the history and the model list say so, and approving again is refused
    const history = await as(owner).get(`/${processId}/history`);
    expect(history.body.proposals[0]).toMatchObject({ comment: 'Graag in gebruik nemen', status: 'DEPLOYED' });
    expect(history.body.deployments[0]).toMatchObject({ engineVersion: 1, source: 'modeler', versionNumber: 1 });
    const models = await as(owner).get('');
    expect(models.body.find((model: { processId: string }) => model.processId === processId).deployed).toMatchObject({ engineVersion: 1, versionNumber: 1 });
    expect((await as(third).post(`/proposals/${proposal.body.id}/approval`, APPROVAL)).status).toBe(409);

    // And every step is in the audit log
    const actions = await subject.prisma.auditEvent.findMany({ orderBy: { occurredAt: 'asc' }, where: { details: { path: ['processId'], equals: processId }, resource: 'model' } });
    expect(actions.map((event) => `${event.action}:${event.outcome}`)).toEqual([
      'MODEL_VERSION_SAVE:ALLOWED',
      'MODEL_PROPOSE:ALLOWED',
      'MODEL_APPROVE:DENIED',
      'MODEL_APPROVE:DENIED',
      'MODEL_APPROVE:ALLOWED',
    ]);
  });

  it('deploys a hand-written file whose elements are out of schema order, as bpmn-js would write it', async () => {
    // Given a model whose review task has its documentation after its extension elements (the engine's
    // schema validation refuses that order) and whose reminder does not list its outgoing flow
    const processId = newProcessId();
    const xml = withReminder(baseline(processId)).replace('      </bpmn:extensionElements>\n    </bpmn:userTask>', '      </bpmn:extensionElements>\n      <bpmn:documentation>Binnen vijf werkdagen</bpmn:documentation>\n    </bpmn:userTask>');
    await as(owner).post(`/${processId}/versions`, { comment: 'Met documentatie', xml });

    // When it is proposed and approved
    const proposal = await as(owner).post(`/${processId}/versions/1/proposals`, { comment: 'In gebruik nemen' });
    const approved = await as(secondOwner).post(`/proposals/${proposal.body.id}/approval`, APPROVAL);

    // Then the engine took it, and the stored version is still the file as it was saved
    expect(approved.status).toBe(201);
    expect(approved.body.status).toBe('DEPLOYED');
    expect((await as(owner).get(`/${processId}/versions/1`)).body.xml).toBe(xml);
  });

  it('lets running instances keep their version while new instances take the new one', async () => {
    // Given version 1 deployed through the modeler, and an instance started on it
    const processId = newProcessId();
    const deploy = async (xml: string, number: number) => {
      await as(owner).post(`/${processId}/versions`, { comment: `Versie ${number}`, xml });
      const proposal = await as(owner).post(`/${processId}/versions/${number}/proposals`, { comment: 'In gebruik nemen' });
      const approved = await as(secondOwner).post(`/proposals/${proposal.body.id}/approval`, APPROVAL);
      expect(approved.status).toBe(201);
      return approved.body.engineVersion as number;
    };
    const reviewDueAt = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
    expect(await deploy(baseline(processId), 1)).toBe(1);
    const before = await subject.engine.createInstance(processId, { reviewDueAt });

    // When version 2 (with the reminder) is approved and a new instance starts
    expect(await deploy(withReminder(baseline(processId)), 2)).toBe(2);
    const after = await subject.engine.createInstance(processId, { reviewDueAt });

    // Then the engine's history has the first on version 1 and the second on version 2, both running
    const instances = await eventually(
      () => subject.history.searchProcessInstances({ bpmnProcessId: processId }),
      (found) => found.length === 2,
      'both instances in the engine history',
    );
    const versionOf = (key: string) => instances.find((instance) => instance.key === key)?.version;
    expect([versionOf(before.processInstanceKey), versionOf(after.processInstanceKey)]).toEqual([1, 2]);
    expect(instances.every((instance) => instance.state === 'ACTIVE')).toBe(true);
    await Promise.all([before, after].map((instance) => subject.engine.cancelInstance(instance.processInstanceKey)));
  });

  it('keeps a version approved in the modeler when the service restarts with unchanged files in bpmn/', async () => {
    // Given a model shipped as a file and deployed at start
    const processId = newProcessId();
    const file = { checksum: checksumOf(baseline(processId)), content: baseline(processId), processId, resourceName: `${processId}.bpmn` };
    const deployments = subject.app.get(ModelDeploymentService);
    expect(await deployments.deployChangedModels([file])).toEqual([processId]);

    // And a newer version of it approved in the modeler
    await as(owner).post(`/${processId}/versions`, { comment: 'Herinnering', xml: withReminder(baseline(processId)) });
    const proposal = await as(owner).post(`/${processId}/versions/1/proposals`, { comment: 'In gebruik nemen' });
    expect((await as(secondOwner).post(`/proposals/${proposal.body.id}/approval`, APPROVAL)).body.engineVersion).toBe(2);

    // When the service starts again with the same file
    const redeployed = await deployments.deployChangedModels([file]);

    // Then the file is not deployed over the approved version
    expect(redeployed).toEqual([]);
    const latest = await subject.prisma.modelDeployment.findFirstOrThrow({ orderBy: { deployedAt: 'desc' }, where: { bpmnProcessId: processId } });
    expect(latest).toMatchObject({ source: 'modeler', version: 2 });
  });
});
