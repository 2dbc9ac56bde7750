import { readModelFiles } from '../../../../src/models/bpmn-directory';
import { ModelDeploymentService } from '../../../../src/models/model-deployment.service';
import { modelDirectory } from '../../../support/case-process';
import { SmtpListener, startSmtpListener } from '../../../support/smtp-listener';
import { startTestApp, TestApp } from '../../../support/test-app';

/** The application with its real workers on the real engine, the case models deployed, and a mail listener. */
export interface WholeModelSuite {
  readonly smtp: SmtpListener;
  readonly subject: TestApp;
}

/**
 * Registers what every whole-model test file needs around its tests: a mail listener, the application
 * with its workers sending mail to it, the case models deployed by the service; the engine's clock put back after
 * each test; everything stopped after them. Read the fields inside tests.
 */
export function wholeModelSuite(): WholeModelSuite {
  const suite = {} as { smtp: SmtpListener; subject: TestApp };
  beforeAll(async () => {
    suite.smtp = await startSmtpListener();
    suite.subject = await startTestApp({ RUN_WORKERS: 'true', SMTP_PORT: String(suite.smtp.port) });
    // Whatever ran before on the shared engine, these rounds reckon from the real time and run on a
    // deployment of bpmn/ the service itself made and recorded (the process tests deploy the same
    // files straight to the engine, unrecorded, which would otherwise be the latest version).
    await suite.subject.clock.reset();
    await suite.subject.app.get(ModelDeploymentService).deploy(readModelFiles(modelDirectory()), 'startup');
  });
  afterEach(async () => {
    await suite.subject?.clock.reset();
  });
  afterAll(async () => {
    await suite.subject?.clock.reset().catch(() => undefined);
    await suite.subject?.close();
    await suite.smtp?.close();
  });
  return suite;
}
