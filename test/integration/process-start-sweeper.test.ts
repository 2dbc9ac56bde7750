import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { CaseProcessStarter } from '../../src/cases/case-process.starter';
import { ProcessStartSweeper } from '../../src/cases/process-start/process-start.sweeper';
import { ProcessId } from '../../src/engine/process-catalog';
import { Role } from '../../src/generated/prisma/enums';
import { createApp } from '../../src/http/create-app';
import { pickFreePorts } from '../../src/runtime/ports';
import { createRegion, TestRegion } from '../factories/region.factory';
import { aReferral } from '../factories/referral.factory';
import { signIn } from '../factories/session.factory';
import { createUser } from '../factories/user.factory';
import { deployCaseProcess } from '../support/case-process';
import { eventually } from '../support/eventually';
import { harnessEnvironment, harnessInfo } from '../support/test-environment';
import { startTestApp, TestApp } from '../support/test-app';

const SWEEP_MS = 60_000;

/**
 * Issue 12, "faults lose nothing": a referral filed while the engine cannot be reached is kept
 * without a process, shown to operators, and started later by the sweeper of whichever process with
 * the API or the workers claims it first, exactly once. Two applications share the run's database:
 * one whose engine address has nothing listening (as test/integration/health.test.ts makes it) and
 * one on the real engine; both sweep.
 */
describe('Process starts that failed', () => {
  let subject: TestApp;
  let down: INestApplication;
  let region: TestRegion;
  let referrer: string;

  beforeAll(async () => {
    subject = await startTestApp();
    await deployCaseProcess(subject);
    const [deadPort] = await pickFreePorts(1);
    const info = harnessInfo();
    down = await createApp(harnessEnvironment({ RUN_WORKERS: 'false' }), { ...info, engine: { ...info.engine, restUrls: [`http://127.0.0.1:${deadPort}/engine-rest`] } });
    await down.init();
    region = await createRegion(subject.prisma);
    referrer = await signIn(down, await createUser(subject.prisma, region, Role.LOCAL_TEAM));
  });
  afterAll(async () => {
    await down?.close();
    await subject?.close();
  });

  /** Files a referral through the application whose engine is away; the filing itself succeeds. */
  const fileWhileEngineDown = async () => {
    const response = await request(down.getHttpServer()).post('/api/referrals').auth(referrer, { type: 'bearer' }).send(aReferral(region.municipalityId));
    expect(response.status).toBe(201);
    return response.body as { caseId: string; caseNumber: string; processInstanceKey: string | null };
  };
  const caseRow = (caseId: string) => subject.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
  const instancesOf = (caseId: string) => subject.history.searchProcessInstances({ bpmnProcessId: ProcessId.Referral, businessKey: caseId });
  /** Lets the sweeper of the application on the real engine look until `accept` holds. */
  const sweepUntil = <T>(probe: () => Promise<T>, accept: (value: T) => boolean, what: string) =>
    eventually(async () => {
      await subject.app.get(ProcessStartSweeper).sweep();
      return probe();
    }, accept, what, SWEEP_MS);

  it('starts a referral filed while the engine could not be reached exactly once, when a sweeper reaches the engine', async () => {
    // Given a referral filed while the engine cannot be reached
    const filed = await fileWhileEngineDown();

    // Then the case is kept without a process, with the failed attempt and when the next one is due
    expect(filed.processInstanceKey).toBeNull();
    const waiting = await caseRow(filed.caseId);
    expect(waiting).toMatchObject({ processInstanceKey: null, processStartAttempts: 1, processStartError: expect.stringContaining(`Start ${ProcessId.Referral}`) });
    expect(waiting.processStartNextAt!.getTime()).toBeGreaterThan(Date.now());

    // And monitoring shows the manager that the start failed, and why
    const manager = await signIn(down, await createUser(subject.prisma, region, Role.MANAGER));
    const listed = await request(down.getHttpServer()).get('/api/monitoring/cases').query({ caseNumber: filed.caseNumber }).auth(manager, { type: 'bearer' });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ process: null, processStart: expect.objectContaining({ attempts: 1, lastError: waiting.processStartError, nextAttemptAt: expect.any(String) }) })]);

    // When the sweepers of both applications look for due starts (the one without an engine fails again)
    const started = await sweepUntil(() => caseRow(filed.caseId), (row) => row.processInstanceKey !== null, 'the sweeper to start the case');

    // Then the case has the one instance of its entry process, named by the case
    const instances = await instancesOf(filed.caseId);
    expect(instances.map((instance) => instance.key)).toEqual([started.processInstanceKey]);
    expect(instances[0]).toMatchObject({ parentProcessInstanceKey: null, state: 'ACTIVE' });
    expect(started).toMatchObject({ processStartError: null, processStartNextAt: null, processStartedAt: expect.any(Date) });
    expect(started.processStartAttempts).toBeGreaterThanOrEqual(2);

    // And further sweeps, and a start asked for again, start nothing more
    await subject.app.get(ProcessStartSweeper).sweep();
    await down.get(ProcessStartSweeper).sweep();
    expect(await subject.app.get(CaseProcessStarter).start(filed.caseId)).toBe(started.processInstanceKey);
    expect((await instancesOf(filed.caseId)).map((instance) => instance.key)).toEqual([started.processInstanceKey]);
  }, 120_000);

  it('keeps the instance an earlier attempt started when that answer was lost, instead of starting a second one', async () => {
    // Given a case whose instance the engine started under the case's id while the answer never reached the case record
    const filed = await fileWhileEngineDown();
    const { processId, variables } = await subject.app.get(CaseProcessStarter).variables(filed.caseId);
    const lost = await subject.engine.createInstance(processId, variables, undefined, filed.caseId);

    // When the sweeper tries the start again
    const adopted = await sweepUntil(() => caseRow(filed.caseId), (row) => row.processInstanceKey !== null, 'the sweeper to settle the case');

    // Then the case keeps that instance, and no other was started
    expect(adopted.processInstanceKey).toBe(lost.processInstanceKey);
    expect((await instancesOf(filed.caseId)).map((instance) => instance.key)).toEqual([lost.processInstanceKey]);
  }, 120_000);

  it('starts no process for a referral withdrawn before its process could start', async () => {
    // Given a referral filed while the engine could not be reached, and withdrawn by its referrer
    const filed = await fileWhileEngineDown();
    const withdrawn = await request(down.getHttpServer()).post(`/api/cases/${filed.caseId}/withdrawal`).auth(referrer, { type: 'bearer' }).send({ reason: 'Ouders hebben zelf hulp gezocht.' });
    expect(withdrawn.status).toBe(200);

    // When its start falls due and the sweeper looks
    await subject.prisma.case.update({ data: { processStartNextAt: new Date(Date.now() - 1000) }, where: { id: filed.caseId } });
    await subject.app.get(ProcessStartSweeper).sweep();

    // Then no process was started for it, and none will be
    expect(await caseRow(filed.caseId)).toMatchObject({ processInstanceKey: null, processStartAttempts: 1, status: 'WITHDRAWN' });
    expect(await instancesOf(filed.caseId)).toEqual([]);
    expect(await subject.app.get(CaseProcessStarter).start(filed.caseId)).toBeNull();
  }, 60_000);

  it('takes over a start whose claimant died before it tried, once the claim has run out', async () => {
    // Given a filed case whose filing process died after the filing committed, before it tried the start
    const filed = await fileWhileEngineDown();
    await subject.prisma.case.update({ data: { processStartAttempts: 0, processStartError: null, processStartNextAt: new Date(Date.now() + 3_600_000) }, where: { id: filed.caseId } });

    // When the sweeper looks while the claim still runs
    await subject.app.get(ProcessStartSweeper).sweep();

    // Then it leaves the case alone
    expect(await caseRow(filed.caseId)).toMatchObject({ processInstanceKey: null, processStartAttempts: 0 });

    // When the claim has run out
    await subject.prisma.case.update({ data: { processStartNextAt: new Date(Date.now() - 1000) }, where: { id: filed.caseId } });
    const started = await sweepUntil(() => caseRow(filed.caseId), (row) => row.processInstanceKey !== null, 'the sweeper to start the case');

    // Then the sweeper starts it, once
    expect((await instancesOf(filed.caseId)).map((instance) => instance.key)).toEqual([started.processInstanceKey]);
  }, 120_000);
});
