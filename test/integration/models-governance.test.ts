import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createRegion, TestRegion } from '../factories/region.factory';
import { signIn } from '../factories/session.factory';
import { createUser } from '../factories/user.factory';
import { startTestApp, TestApp } from '../support/test-app';

const BASELINE = readFileSync(join(__dirname, '..', 'fixtures', 'models', 'valid-baseline.bpmn'), 'utf8');

/** The corpus's valid model as a model of its own. */
const baseline = (processId: string) => BASELINE.replaceAll('corpus-valid-baseline', processId);

/** The same model with its review task given to a role this service does not know: one error. */
const withUnknownRole = (processId: string) => baseline(processId).replace('camunda:candidateGroups="chair"', 'camunda:candidateGroups="astrologer"');

describe('Governance of the models: comments, regions and invalid proposals', () => {
  let subject: TestApp;
  let twente: TestRegion;
  /** Two process owners of one region, one of another region, and a national one (a role without a region). */
  let owner: string;
  let sameRegionOwner: string;
  let otherRegionOwner: string;
  let nationalOwner: string;
  let sameRegionOwnerId: string;
  let otherRegionOwnerId: string;

  const api = () => request(subject.app.getHttpServer());
  const as = (token: string) => ({
    get: (path: string) => api().get(`/api/models${path}`).auth(token, { type: 'bearer' }),
    post: (path: string, body: object = {}) => api().post(`/api/models${path}`).auth(token, { type: 'bearer' }).send(body),
  });
  const newProcessId = () => `test-governance-${randomUUID().slice(0, 8)}`;

  /** A new model saved and proposed by `owner`; gives the proposal's id. */
  const proposeNewModel = async (processId = newProcessId()) => {
    expect((await as(owner).post(`/${processId}/versions`, { comment: 'Eerste versie', xml: baseline(processId) })).status).toBe(201);
    const proposal = await as(owner).post(`/${processId}/versions/1/proposals`, { comment: 'Graag in gebruik nemen' });
    expect(proposal.status).toBe(201);
    return { processId, proposalId: proposal.body.id as string };
  };

  beforeAll(async () => {
    subject = await startTestApp();
    twente = await createRegion(subject.prisma);
    const limburg = await createRegion(subject.prisma);
    const [first, sameRegion, otherRegion, national] = await Promise.all([
      createUser(subject.prisma, twente, 'PROCESS_OWNER'),
      createUser(subject.prisma, twente, 'PROCESS_OWNER'),
      createUser(subject.prisma, limburg, 'PROCESS_OWNER'),
      createUser(subject.prisma, limburg, 'PROCESS_OWNER'),
    ]);
    await subject.prisma.roleMembership.updateMany({ data: { regionId: null }, where: { userId: national.id } });
    sameRegionOwnerId = sameRegion.id;
    otherRegionOwnerId = otherRegion.id;
    [owner, sameRegionOwner, otherRegionOwner, nationalOwner] = await Promise.all([first, sameRegion, otherRegion, national].map((user) => signIn(subject.app, user)));
  });

  afterAll(() => subject?.close());

  it('refuses an approval without a comment, naming the field, and leaves the proposal open', async () => {
    // Given a proposal by a process owner of Twente
    const { processId, proposalId } = await proposeNewModel();

    // When a process owner of another region approves it without a comment, and with only spaces
    const without = await as(otherRegionOwner).post(`/proposals/${proposalId}/approval`);
    const blank = await as(otherRegionOwner).post(`/proposals/${proposalId}/approval`, { comment: '   ' });

    // Then both are refused, naming the comment, and nothing is decided or deployed
    for (const response of [without, blank]) {
      expect(response.status).toBe(400);
      expect(response.body.problems).toContainEqual({ field: 'comment', reason: 'comment must say why you approve this version' });
    }
    expect((await subject.prisma.modelProposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe('PENDING');
    expect(await subject.prisma.modelDeployment.count({ where: { bpmnProcessId: processId } })).toBe(0);
  });

  it('keeps the approval comment with the decision, shows it in the history, and audits it by its hash', async () => {
    // Given a proposal by a process owner of Twente
    const { processId, proposalId } = await proposeNewModel();

    // When a process owner of another region approves it with a comment
    const comment = 'Verschil met de versie in gebruik bekeken: alleen de beoordeling is nieuw';
    const approved = await as(otherRegionOwner).post(`/proposals/${proposalId}/approval`, { comment: `  ${comment} ` });

    // Then it is deployed, and the decision keeps the comment, trimmed
    expect(approved.status).toBe(201);
    expect(approved.body).toMatchObject({ decisionNote: comment, deciderId: otherRegionOwnerId, status: 'DEPLOYED' });
    const history = await as(owner).get(`/${processId}/history`);
    expect(history.body.proposals[0]).toMatchObject({ comment: 'Graag in gebruik nemen', decisionNote: comment, status: 'DEPLOYED', version: { number: 1 } });

    // And the audit log names the approval, its basis and the comment's hash, not its text
    const audited = await subject.prisma.auditEvent.findFirstOrThrow({ where: { action: 'MODEL_APPROVE', details: { path: ['processId'], equals: processId }, outcome: 'ALLOWED' } });
    expect(audited.details).toMatchObject({ commentSha256: createHash('sha256').update(comment).digest('hex'), proposalId, scope: 'other-region', version: 1 });
    expect(JSON.stringify(audited.details)).not.toContain('bekeken');
  });

  it('refuses a process owner of the proposer’s own region with 403 naming the region, and lets a national one approve', async () => {
    // Given a proposal by a process owner of Twente
    const { processId, proposalId } = await proposeNewModel();

    // When another process owner of Twente approves it
    const sameRegion = await as(sameRegionOwner).post(`/proposals/${proposalId}/approval`, { comment: 'Ziet er goed uit' });

    // Then one region alone may not change a model every region uses: refused, named, audited, not deployed
    expect(sameRegion.status).toBe(403);
    expect(sameRegion.body).toMatchObject({ code: 'APPROVAL_SCOPE_REQUIRED', details: { proposerRegions: [twente.name] } });
    expect(sameRegion.body.message).toContain('national scope or of another region');
    expect(sameRegion.body.message).toContain(twente.name);
    const denied = await subject.prisma.auditEvent.findFirstOrThrow({ where: { action: 'MODEL_APPROVE', actorId: sameRegionOwnerId, details: { path: ['processId'], equals: processId } } });
    expect(denied).toMatchObject({ details: { proposerRegions: [twente.id] }, outcome: 'DENIED' });
    expect((await subject.prisma.modelProposal.findUniqueOrThrow({ where: { id: proposalId } })).status).toBe('PENDING');
    expect(await subject.prisma.modelDeployment.count({ where: { bpmnProcessId: processId } })).toBe(0);

    // When a national process owner approves it
    const national = await as(nationalOwner).post(`/proposals/${proposalId}/approval`, { comment: 'Landelijk bekeken' });

    // Then it is deployed, on a national basis
    expect(national.status).toBe(201);
    expect(national.body.status).toBe('DEPLOYED');
    const allowed = await subject.prisma.auditEvent.findFirstOrThrow({ where: { action: 'MODEL_APPROVE', details: { path: ['processId'], equals: processId }, outcome: 'ALLOWED' } });
    expect(allowed.details).toMatchObject({ scope: 'national' });
  });

  it('refuses to propose a version with errors, naming the element and the rule, and audits the refusal', async () => {
    // Given a draft whose review task goes to a role the service does not know
    const processId = newProcessId();
    const saved = await as(owner).post(`/${processId}/versions`, { comment: 'Rol nog kiezen', xml: withUnknownRole(processId) });
    expect(saved.status).toBe(201);
    expect(saved.body.version.errorCount).toBe(1);

    // When it is proposed
    const proposed = await as(owner).post(`/${processId}/versions/1/proposals`, { comment: 'In gebruik nemen' });

    // Then it is refused with the problem, element and rule, in the list and in the message
    expect(proposed.status).toBe(400);
    expect(proposed.body.code).toBe('MODEL_INVALID');
    expect(proposed.body.problems).toContainEqual(expect.objectContaining({ category: 'error', elementId: 'review', rule: 'jbt/user-task-assignment' }));
    expect(proposed.body.message).toContain('review: jbt/user-task-assignment');

    // And no proposal exists, and the audit log holds the failed attempt with the rule
    expect(await subject.prisma.modelProposal.count({ where: { bpmnProcessId: processId } })).toBe(0);
    const failed = await subject.prisma.auditEvent.findFirstOrThrow({ where: { action: 'MODEL_PROPOSE', details: { path: ['processId'], equals: processId } } });
    expect(failed).toMatchObject({ details: { rules: ['jbt/user-task-assignment'], version: 1 }, outcome: 'FAILED' });
  });
});
