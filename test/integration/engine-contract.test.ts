import { describeEngineContract } from './engine-contract/engine-contract.suite';
import { startTestApp } from '../support/test-app';

// The engine contract on the run's real Operaton engine, through the service's own adapter.
describeEngineContract('Operaton', async () => {
  const app = await startTestApp();
  const second = await startTestApp();
  return {
    clock: app.clock,
    close: async () => {
      await second.close();
      await app.close();
    },
    engine: app.engine,
    history: app.history,
    secondEngine: second.engine,
  };
});
