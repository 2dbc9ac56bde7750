import { startTestApp, TestApp } from '../../../support/test-app';
import { ScenarioDriver } from './scenario-driver';

/** The application on the real engine and a scenario driver that moves the engine's clock. */
export interface ScenarioSuite {
  readonly driver: ScenarioDriver;
  readonly subject: TestApp;
}

/**
 * Registers what every process test file needs around its tests: the application on the real engine
 * before them, a scenario driver on it, and both stopped after them, the engine's clock back at the
 * real time. Read the fields inside tests.
 */
export function scenarioSuite(): ScenarioSuite {
  const suite = {} as { driver: ScenarioDriver; subject: TestApp };
  beforeAll(async () => {
    suite.subject = await startTestApp();
    suite.driver = await ScenarioDriver.start(suite.subject, (milliseconds) => suite.subject.clock.advance(milliseconds));
  });
  afterAll(async () => {
    // The run shares one engine: the files after this one expect its clock at the real time again.
    await suite.subject?.clock.reset().catch(() => undefined);
    await suite.driver?.close();
    await suite.subject?.close();
  });
  return suite;
}
