import request from 'supertest';
import { createApp } from '../../src/http/create-app';
import { pickFreePorts } from '../../src/runtime/ports';
import { harnessEnvironment, harnessInfo } from '../support/test-environment';
import { startTestApp, TestApp } from '../support/test-app';

describe('GET /api/health', () => {
  let subject: TestApp;
  beforeAll(async () => (subject = await startTestApp()));
  afterAll(() => subject.close());

  it('answers 200 with the database and the engine up', async () => {
    const response = await request(subject.app.getHttpServer()).get('/api/health');

    expect(response.body).toEqual({ database: { status: 'up' }, engine: { name: 'Operaton', status: 'up', version: '1.0.3' }, status: 'up' });
    expect(response.status).toBe(200);
  });

  it('answers 503 and says which part is down when the engine cannot be reached', async () => {
    // Given an app whose engine address has nothing listening
    const [deadPort] = await pickFreePorts(1);
    const info = harnessInfo();
    const app = await createApp(harnessEnvironment({ RUN_WORKERS: 'false' }), {
      ...info,
      engine: { ...info.engine, restUrls: [`http://127.0.0.1:${deadPort}/engine-rest`] },
    });
    await app.init();

    // When health is asked
    const response = await request(app.getHttpServer()).get('/api/health');
    await app.close();

    // Then the engine is reported down and the database up
    expect(response.status).toBe(503);
    expect(response.body.status).toBe('down');
    expect(response.body.database).toEqual({ status: 'up' });
    expect(response.body.engine.status).toBe('down');
  });
});
