import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { PrismaService } from '../../src/database/prisma.service';
import { ProcessEngine } from '../../src/engine/process-engine.port';
import { Role } from '../../src/generated/prisma/enums';
import { deployMonitoringProcesses, MONITORING_PROCESS } from '../factories/monitored-case.factory';
import { createRegion } from '../factories/region.factory';
import { createUser, TestUser } from '../factories/user.factory';
import { useBrowserSuite } from './support/browser-suite';

const BUILT_INDEX = join(__dirname, '..', '..', 'dist', 'web', 'index.html');

/**
 * The Content-Security-Policy of issue 12 (src/http/security-headers.ts) against the real pages in
 * Chromium: the web app, bpmn-js in the modeler and in monitoring, the API's documentation page and
 * the mail catcher must work under it, and the browser must report no violation on any of them.
 */
describe('The pages under the Content-Security-Policy', () => {
  const suite = useBrowserSuite({ env: { MAIL_CATCHER: 'true' } });
  let owner: TestUser;

  beforeAll(async () => {
    const prisma = suite.app.get(PrismaService);
    owner = await createUser(prisma, await createRegion(prisma), Role.PROCESS_OWNER);
    await deployMonitoringProcesses(suite.app.get(ProcessEngine));
  });

  /** Every violation the browser reports, from the moment the page opens. */
  async function watchViolations(page: Page): Promise<string[]> {
    const violations: string[] = [];
    // Run by the browser before the page's own scripts (not subject to the page's policy).
    await page.addInitScript({
      content: "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in ' + e.sourceFile + ':' + e.lineNumber));",
    });
    page.on('console', (message) => {
      if (/Content Security Policy|CSP violation/i.test(message.text())) violations.push(message.text());
    });
    return violations;
  }

  it('serves a web app build without inline scripts, styles or event handlers that the policy would block', () => {
    const html = readFileSync(BUILT_INDEX, 'utf8');

    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);
    expect(html.match(/<style\b/g) ?? []).toEqual([]);
    expect(html.match(/\sstyle=|\son[a-z]+=/gi) ?? []).toEqual([]);
  });

  it('runs the sign-in, the modeler and the monitoring diagram without a single violation', async () => {
    const { page } = suite;
    const violations = await watchViolations(page);

    // Given the sign-in page, answered with the app's policy
    const signInPage = await page.goto('/aanmelden');
    expect(signInPage?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(signInPage?.headers()['content-security-policy']).toContain("script-src 'self'");
    await suite.signIn(owner.username, owner.password);

    // When a process owner opens a model in the modeler (bpmn-js with its properties panel)
    await suite.goto('/modeler/jbt-referral');
    await page.waitForSelector('.djs-container svg');
    await page.locator('.model-canvas__properties').waitFor();
    await page.getByTestId('problem-summary').filter({ hasText: /fouten|waarschuwingen/ }).waitFor();

    // And a process version in monitoring (the bpmn-js viewer with the heat view)
    await suite.goto('/monitoring/processen');
    await page.getByRole('row').filter({ hasText: MONITORING_PROCESS.runningName }).getByRole('link').first().click();
    await page.locator('.diagram__canvas[data-state="ready"]').waitFor();

    // And the task list
    await suite.goto('/taken');
    await page.getByRole('heading', { level: 1 }).waitFor();

    // Then the browser reported no violation of the policy
    expect(violations).toEqual([]);
  });

  it('shows the API documentation and the mail catcher without a violation', async () => {
    const { page } = suite;
    const violations = await watchViolations(page);

    await suite.goto('/api/docs');
    await page.locator('.swagger-ui .information-container').waitFor();
    await page.getByText('JBT Orchestrator').first().waitFor();

    const mail = await page.goto('/mail');
    expect(mail?.status()).toBe(200);
    await page.getByRole('heading', { name: /Mailcatcher/ }).waitFor();

    expect(violations).toEqual([]);
  });
});
