import { PrismaService } from '../../src/database/prisma.service';
import { ProcessEngine } from '../../src/engine/process-engine.port';
import { ProcessHistory } from '../../src/engine/process-history.port';
import { PrismaClient } from '../../src/generated/prisma/client';
import { DecisionOutcome, FeedbackRespondent, Role } from '../../src/generated/prisma/enums';
import { createMonitoredCase, createTable, daysAfter, deployMonitoringProcesses, MONITORING_PROCESS } from '../factories/monitored-case.factory';
import { createRegion, TestRegion } from '../factories/region.factory';
import { createUser, TestUser } from '../factories/user.factory';
import { eventually } from '../support/eventually';
import { useBrowserSuite } from './support/browser-suite';

const OUTCOMES = [DecisionOutcome.VOLUNTARY_LOCAL_TEAM, DecisionOutcome.VOLUNTARY_BINDING, DecisionOutcome.VOLUNTARY_LOCAL_TEAM, DecisionOutcome.VOLUNTARY_BINDING_WITH_RAAD_INVESTIGATION, DecisionOutcome.RAAD_INVESTIGATION];

/** A few months of held meetings, decisions, reports and feedback, so that every figure has something to show. */
async function seedFigures(prisma: PrismaClient, region: TestRegion, tables: string[], cases: number): Promise<void> {
  const now = new Date();
  for (let index = 0; index < cases; index++) {
    const referredAt = daysAfter(now, -20 - ((index * 11) % 120));
    const wait = 6 + ((index * 5) % 16);
    const heldAt = daysAfter(referredAt, wait);
    await createMonitoredCase(prisma, region, {
      decision: { decidedAt: heldAt, outcome: OUTCOMES[index % OUTCOMES.length] },
      escalation: wait > 14 ? { raisedAt: daysAfter(referredAt, 12), resolvedAt: index % 2 === 0 ? daysAfter(referredAt, 16) : undefined } : undefined,
      evaluation: { dueAt: daysAfter(heldAt, 10), heldAt: index % 4 === 0 ? undefined : daysAfter(heldAt, 9) },
      feedback: [
        { kind: FeedbackRespondent.PARENT, respondedAt: daysAfter(heldAt, 3), score: 5 + (index % 5) },
        { kind: FeedbackRespondent.PROFESSIONAL, respondedAt: daysAfter(heldAt, 3), score: 7 + (index % 3) },
      ],
      meeting: { childrenHeard: index % 3 !== 0, heldAt, parentsPresent: index % 5 !== 0 },
      normDeadline: { dueAt: daysAfter(referredAt, 14), metAt: wait <= 14 ? heldAt : undefined },
      referredAt,
      report: { dueAt: daysAfter(heldAt, 7), reactions: index % 3 === 0 ? 1 : 0, sentAt: daysAfter(heldAt, index % 6 === 0 ? 9 : 4) },
      status: 'IN_FOLLOW_UP',
      tableId: tables[index % tables.length],
      track: index % 2 === 0 ? 'QUARTER_TO_TWELVE' : 'FIVE_TO_TWELVE',
    });
  }
}

describe('Monitoring in the browser', () => {
  const suite = useBrowserSuite();
  let region: TestRegion;
  let manager: TestUser;
  let chair: TestUser;
  let overdue: { caseNumber: string; id: string; key: string };

  beforeAll(async () => {
    const prisma = suite.app.get(PrismaService);
    const engine = suite.app.get(ProcessEngine);
    const history = suite.app.get(ProcessHistory);
    region = await createRegion(prisma);
    const second = await createTable(prisma, region, 'Tafel Noord');
    const other = await createRegion(prisma);
    await seedFigures(prisma, region, [region.tableId, second], 24);
    await seedFigures(prisma, other, [other.tableId], 12);
    manager = await createUser(prisma, region, Role.MANAGER);
    chair = await createUser(prisma, region, Role.CHAIR);

    // An overdue case whose process failed on purpose: the test's worker fails the job without retries.
    await deployMonitoringProcesses(engine);
    const worker = await engine.createWorker(
      { fetchVariables: [], timeoutMs: 10_000, type: MONITORING_PROCESS.checkJobType, workerName: 'monitoring-e2e' },
      async () => ({ kind: 'fail', message: 'Mailserver onbereikbaar (test)', retries: 0, retryBackoffMs: 0 }),
    );
    const instance = await engine.createInstance(MONITORING_PROCESS.running, { caseId: 'e2e-overdue' });
    const referredAt = daysAfter(new Date(), -18);
    const created = await createMonitoredCase(prisma, region, { normDeadline: { dueAt: daysAfter(referredAt, 14) }, processInstanceKey: instance.processInstanceKey, referredAt, status: 'FILED', track: 'FIVE_TO_TWELVE' });
    overdue = { ...created, key: instance.processInstanceKey };
    await eventually(() => history.incidentDetails({ rootProcessInstanceKeys: [overdue.key], state: 'ACTIVE' }), (list) => list.length === 1, 'the incident');
    await worker.close();
  });

  it('lets a manager filter a region, open an overdue case on the diagram and retry its incident', async () => {
    const { page } = suite;

    // Given a manager who signs in
    await suite.signIn(manager.username, manager.password);

    // When they open the dashboard
    await suite.goto('/monitoring');
    await page.getByRole('heading', { level: 1, name: 'Monitoring: Dashboard' }).waitFor();
    await page.locator('[data-figure="normMet"]').waitFor();

    // Then every figure is there with its definition beside it and a CSV download, and small counts read "<5"
    expect(await page.locator('.figure').count()).toBe(11);
    expect(await page.locator('.figure__definition').count()).toBe(11);
    expect(await page.getByRole('link', { name: /^CSV downloaden/ }).count()).toBe(11);
    expect(await page.locator('[data-figure="normMet"] .figure__definition').textContent()).toContain('normdatum');
    expect(await page.getByText('Aantallen van 1 tot en met 4 staan er als “<5”').count()).toBe(1);
    // And the charts are images with a title and a description, with the numbers as a table
    expect(await page.locator('svg.chart[role="img"] title').count()).toBeGreaterThanOrEqual(10);
    await suite.expectAccessible();
    await suite.screenshot('dashboard');

    // When they filter one region
    await page.getByLabel('Regio', { exact: true }).selectOption(region.id);
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await page.waitForURL((url) => url.searchParams.get('regionId') === region.id);
    await page.locator('[data-figure="normMet"] svg.chart').waitFor();

    // Then the norm is shown per table of that region
    expect(await page.locator('[data-figure="normMet"] svg.chart').textContent()).toContain('Tafel Noord');
    const csv = await page.getByRole('link', { name: /^CSV downloaden.*tweewekennorm/ }).getAttribute('href');
    expect(csv).toBe(`/api/monitoring/dashboard/csv/normMet?regionId=${region.id}`);

    // When they look for overdue cases of the region
    await page.getByRole('navigation', { name: 'Onderdelen van monitoring' }).getByRole('link', { name: 'Casussen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Monitoring: Casussen' }).waitFor();
    await page.getByLabel('Regio', { exact: true }).selectOption(region.id);
    await page.getByLabel('Alleen met verstreken termijn').check();
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await page.waitForURL((url) => url.searchParams.get('overdue') === 'true');

    // Then the overdue case is listed with its step and its incident, and they open it
    const row = page.getByRole('row').filter({ hasText: overdue.caseNumber });
    await row.waitFor();
    expect(await row.textContent()).toContain('Gegevens controleren');
    expect(await row.textContent()).toContain('1 storing(en)');
    await row.getByRole('link', { name: overdue.caseNumber }).click();

    // Then the case's process view shows where it stands, on the diagram too
    await page.getByRole('heading', { level: 1, name: `Casus ${overdue.caseNumber}` }).waitFor();
    expect(await page.locator('.where-now').textContent()).toContain('Gegevens controleren');
    await page.locator('.diagram__canvas[data-state="ready"]').waitFor();
    expect(await page.locator('[data-element-id="check-data"].diagram-incident').count()).toBe(1);
    expect(await page.locator('[data-element-id="received"].diagram-completed').count()).toBe(1);
    expect(await page.locator('.diagram-badge--incident').textContent()).toBe('⚠ 1');
    await suite.expectAccessible();
    await suite.screenshot('case-process');

    // When they retry the incident, a reason is asked first
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.locator('form.reason-form').waitFor();
    await page.locator('form.reason-form').getByRole('button', { name: 'Opnieuw proberen' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Vul een reden in van ten minste 5 tekens.');
    await page.getByLabel('Reden').fill('Mailserver draait weer; opnieuw proberen.');
    await page.locator('form.reason-form').getByRole('button', { name: 'Opnieuw proberen' }).click();

    // Then the incident is resolved, and the retry is in the audit log with the reason
    await page.getByText('De storing is opnieuw aangeboden.').waitFor();
    await page.locator('.incident .tag--success').waitFor({ timeout: 15_000 });
    const audit = await suite.app.get(PrismaService).auditEvent.findFirst({ where: { action: 'RETRY_INCIDENT', caseId: overdue.id, outcome: 'ALLOWED' } });
    expect(audit?.details).toMatchObject({ reason: 'Mailserver draait weer; opnieuw proberen.' });
  });

  it('shows a process version with the number of running instances at each element and the paths taken', async () => {
    const { page } = suite;
    // Given a manager
    await suite.signIn(manager.username, manager.password);

    // When they open the processes and the test process's version
    await suite.goto('/monitoring/processen');
    const row = page.getByRole('row').filter({ hasText: MONITORING_PROCESS.runningName });
    await row.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${MONITORING_PROCESS.runningName}, versie \\d+$`) }).waitFor();

    // Then the diagram counts the instances waiting at the check, and the table says the same
    await page.locator('.diagram__canvas[data-state="ready"]').waitFor();
    expect(await page.locator('[data-element-id="check-data"].diagram-active').count()).toBe(1);
    const counts = page.getByRole('row').filter({ hasText: 'Gegevens controleren' });
    expect(Number((await counts.getByRole('cell').first().textContent()) ?? '0')).toBeGreaterThanOrEqual(1);
    // And the heat view colours the path into the check, which the table of paths names by its steps
    expect(await page.locator('[data-element-id="f1"].diagram-flow').count()).toBe(1);
    await page.getByRole('row').filter({ hasText: 'Verzoek ontvangen → Gegevens controleren' }).waitFor();
    // And no step is named by its technical id
    expect(await page.getByRole('cell', { name: 'check-data', exact: true }).count()).toBe(0);
    await suite.expectAccessible();
  });

  it('keeps a professional without the manager role out of monitoring', async () => {
    // Given a chair who signs in
    await suite.signIn(chair.username, chair.password);

    // When they open monitoring, the page says they have no access, and the menu does not offer it
    await suite.goto('/monitoring');
    await suite.page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    expect(await suite.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Monitoring' }).count()).toBe(0);

    // And the service refuses the figures and the cases too
    for (const path of ['/api/monitoring/dashboard', '/api/monitoring/cases', `/api/monitoring/cases/${overdue.id}`]) {
      const status = await suite.page.evaluate(async (url) => (await fetch(url)).status, path);
      expect({ path, status }).toEqual({ path, status: 403 });
    }
  });
});
