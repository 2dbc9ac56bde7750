import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import { Page } from 'playwright-core';
import { PrismaService } from '../../src/database/prisma.service';
import { qualified } from '../../src/engine/dialect';
import { ProcessId, Role as CandidateGroup } from '../../src/engine/process-catalog';
import { ProcessEngine } from '../../src/engine/process-engine.port';
import { ProcessHistory } from '../../src/engine/process-history.port';
import { Role } from '../../src/generated/prisma/enums';
import { readModelFiles } from '../../src/models/bpmn-directory';
import { ModelDeploymentService } from '../../src/models/model-deployment.service';
import { createRegion } from '../factories/region.factory';
import { createUser, TestUser } from '../factories/user.factory';
import { eventually } from '../support/eventually';
import { describeViolations } from './support/axe';
import { useBrowserSuite } from './support/browser-suite';
import { SCREENSHOT_DIR } from './support/screenshots';

/** The report process as the service ships it in bpmn/. */
const REPORT = readModelFiles().find((file) => file.processId === ProcessId.Report)!;

/**
 * axe-core on the modeler's controls and its properties panel: everything but bpmn-js's canvas (an
 * SVG drawing surface whose content the picker, the building blocks and the lists make available).
 */
async function expectOwnControlsAccessible(page: Page): Promise<void> {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy rightly refuses an inline <script>.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const results = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
    return axe.run({ exclude: [['.djs-container']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  if (blocking.length > 0) throw new Error(`axe-core found serious or critical violations:\n${describeViolations(blocking)}`);
}

/**
 * The editor from its heading to the checks, as the README shows it (copied from test-output to
 * src/web/assets/readme/modeler.png when the page changes).
 */
async function screenshotForReadme(page: Page): Promise<void> {
  const top = await page.getByRole('heading', { level: 1 }).boundingBox();
  const bottom = await page.locator('.modeler-below').boundingBox();
  if (!top || !bottom) return;
  const y = top.y - 16;
  await page.screenshot({ clip: { height: bottom.y + bottom.height + 16 - y, width: page.viewportSize()!.width, x: 0, y }, fullPage: true, path: join(SCREENSHOT_DIR, 'modeler-readme.png') });
}

describe('The modeler in the browser', () => {
  const suite = useBrowserSuite();
  const processId = ProcessId.Report;
  let firstOwner: TestUser;
  let secondOwner: TestUser;
  let before: string;
  let versionBefore: number;

  /** What jbt-referral hands the report process when its call activity starts it for a case (camunda:in). */
  const variables = () => ({ caseId: randomUUID(), decisionId: randomUUID(), reportKind: 'MEETING' });

  beforeAll(async () => {
    // Given the models of bpmn/ deployed as `npm start` deploys them, two process owners, and a case
    // whose report process started on the shipped version (it waits at its first step: no workers run)
    const prisma = suite.app.get(PrismaService);
    await suite.app.get(ModelDeploymentService).deployChangedModels();
    const region = await createRegion(prisma);
    firstOwner = await createUser(prisma, region, Role.PROCESS_OWNER);
    secondOwner = await createUser(prisma, region, Role.PROCESS_OWNER);
    const started = await suite.app.get(ProcessEngine).createInstance(processId, variables());
    before = started.processInstanceKey;
    versionBefore = started.version;
  });

  afterEach(async () => {
    // The other browser tests run the report process as shipped: make the shipped file the newest
    // version again (in afterEach: the suite's afterAll stops the service before a later hook could).
    const latest = await suite.app.get(PrismaService).modelDeployment.findFirst({ orderBy: { deployedAt: 'desc' }, where: { bpmnProcessId: processId } });
    if (latest?.source === 'modeler') await suite.app.get(ModelDeploymentService).deploy([REPORT], 'startup');
  });

  it('lets a process owner add a reminder and give the approval to another role, fix what the checks find and save; a second one approves; new cases follow it', async () => {
    const { page } = suite;
    const summary = page.getByTestId('problem-summary');
    const status = page.getByTestId('modeler-status');

    // When the first process owner opens the report process from the model list
    await suite.signIn(firstOwner.username, firstOwner.password);
    await suite.goto('/modeler');
    await page.getByTestId('model-list').waitFor();
    await suite.expectAccessible();
    await page.getByRole('link', { name: 'Verslag openen in de modeler' }).click();
    await page.waitForSelector('.djs-container svg');
    await summary.filter({ hasText: 'Geen fouten of waarschuwingen' }).waitFor();
    await expectOwnControlsAccessible(page);

    // And adds a reminder to the approval task, with the keyboard: pick the task, press the building block
    await page.getByLabel('Element selecteren').selectOption({ label: 'Verslag goedkeuren (taak)' });
    await page.getByRole('button', { exact: true, name: 'Herinnering' }).focus();
    await page.keyboard.press('Enter');
    await status.filter({ hasText: 'Herinnering toegevoegd aan “Verslag goedkeuren”' }).waitFor();

    // Then the checks find that the reminder leads nowhere, on the canvas and in the list
    await summary.filter({ hasText: /\d+ fouten/ }).waitFor();
    const reminderProblem = page.locator('.problem--error[data-rule="no-implicit-end"]', { hasText: 'Herinnering' });
    expect(await reminderProblem.textContent()).toMatch(/^FoutHerinnering \(Event_\w+\): Pad stopt zonder eindgebeurtenis · regel no-implicit-end/);
    expect(await page.locator('.djs-element.jbt-problem--error').count()).toBeGreaterThan(0);
    await suite.screenshot('lint error on the reminder');
    await expectOwnControlsAccessible(page);

    // When they give the approval task to the secretary in the properties panel, in Dutch: a Camunda 7
    // property (camunda:candidateGroups), which the service's checks see within a moment
    const panel = page.locator('.model-canvas__properties');
    const checkedWithSecretary = page.waitForResponse((response) => response.url().endsWith('/api/models/validate') && String(JSON.parse(response.request().postData() ?? '{}').xml).includes(`${qualified('candidateGroups')}="${CandidateGroup.Secretary}"`));
    await page.getByLabel('Element selecteren').selectOption({ label: 'Verslag goedkeuren (taak)' });
    await panel.locator('.bio-properties-panel-group-header', { hasText: 'Toewijzing aan personen' }).click();
    const candidateGroups = panel.getByLabel('Kandidaatgroepen', { exact: true });
    expect(await candidateGroups.inputValue()).toBe(CandidateGroup.Chair);
    await candidateGroups.fill(CandidateGroup.Secretary);
    await candidateGroups.press('Tab');
    await checkedWithSecretary;
    await screenshotForReadme(page);

    // And give the reminder an end of its own and save
    await page.getByLabel('Element selecteren').selectOption({ label: 'Herinnering (tussengebeurtenis op taak)' });
    await page.getByRole('button', { exact: true, name: 'Einde' }).click();
    await summary.filter({ hasText: 'Geen fouten of waarschuwingen' }).waitFor();
    await page.getByLabel('Wat is er veranderd?').fill('Herinnering als het verslag na vijf dagen niet is goedgekeurd; de secretaris keurt voortaan goed');
    await page.getByRole('button', { name: 'Versie opslaan' }).click();
    await status.filter({ hasText: 'Versie 2 is opgeslagen.' }).waitFor();

    // And propose version 2 for use
    await page.getByRole('button', { name: 'Versie 2 voorstellen voor ingebruikname' }).click();
    await page.getByLabel('Waarom deze versie in gebruik nemen?').fill('Afgesproken in het proceseigenarenoverleg');
    await page.getByRole('button', { exact: true, name: 'Voorstellen voor ingebruikname' }).click();
    await status.filter({ hasText: 'Versie 2 is voorgesteld.' }).waitFor();

    // Then they cannot approve it themselves
    await page.getByTestId('pending-proposal').waitFor();
    expect(await page.getByRole('button', { name: 'Goedkeuren en in gebruik nemen' }).count()).toBe(0);
    expect(await page.getByTestId('pending-proposal').textContent()).toContain('Een andere proceseigenaar moet haar goedkeuren.');

    // When the second process owner signs in, finds the proposal awaiting approval and approves it
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForURL((url) => url.pathname === '/aanmelden');
    await suite.signIn(secondOwner.username, secondOwner.password);
    await suite.goto('/modeler');
    await page.getByTestId('pending-proposals').getByRole('link', { name: new RegExp(`${processId}, versie 2`) }).click();
    await page.getByTestId('pending-proposal').waitFor();
    await page.getByRole('button', { name: 'Goedkeuren en in gebruik nemen' }).click();

    // Then the service deploys it, and the history names who proposed and approved, with the engine's version
    const versionAfter = versionBefore + 1;
    await status.filter({ hasText: `Versie 2 is in gebruik genomen als engine-versie ${versionAfter}.` }).waitFor();
    const deployed = page.getByTestId('deployment-history').locator('tr[data-status="DEPLOYED"]').first();
    await deployed.waitFor();
    expect(await deployed.textContent()).toMatch(new RegExp(`^2.*Test process_owner.*Test process_owner.*in gebruik genomen.*versie ${versionAfter} · sleutel \\S+`));
    await expectOwnControlsAccessible(page);

    // And comparing versions 1 and 2 marks the reminder and its end as added
    await page.getByLabel('Oude versie', { exact: true }).selectOption('1');
    await page.getByLabel('Nieuwe versie', { exact: true }).selectOption('2');
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    const added = page.getByTestId('diff-result').locator('[data-mark="added"]');
    await added.waitFor();
    expect(await added.textContent()).toContain('Herinnering');
    expect(await added.textContent()).toContain('Einde');
    expect(await page.getByTestId('diff-result').locator('[data-mark="changed"]').textContent()).toContain('Verslag goedkeuren');
    await page.locator('.diff-diagram__canvas[data-state="ready"]').nth(1).waitFor();
    expect(await page.locator('.djs-element.jbt-diff--added').count()).toBeGreaterThanOrEqual(2);
    await page.getByRole('heading', { level: 1, name: 'Verslag' }).scrollIntoViewIfNeeded();
    await suite.screenshot('approved and compared');
    await expectOwnControlsAccessible(page);

    // When a new case starts after the approval
    const after = (await suite.app.get(ProcessEngine).createInstance(processId, variables())).processInstanceKey;

    // Then, in the engine's history, the case started before stays on the shipped version and the new one runs the approved one
    const history = suite.app.get(ProcessHistory);
    const instances = await eventually(
      () => history.searchProcessInstances({ keys: [before, after] }),
      (found) => found.length === 2,
      'both cases in the engine history',
    );
    const instance = (key: string) => instances.find((candidate) => candidate.key === key);
    expect(instance(before)).toMatchObject({ state: 'ACTIVE', version: versionBefore });
    expect(instance(after)).toMatchObject({ state: 'ACTIVE', version: versionAfter });
    const deployment = await suite.app.get(PrismaService).modelDeployment.findFirstOrThrow({ orderBy: { deployedAt: 'desc' }, where: { bpmnProcessId: processId, source: 'modeler' } });
    expect(instance(after)?.processDefinitionKey).toBe(deployment.processDefinitionKey);

    // And the engine gives the approval to the chair in the case started before, to the secretary in the new one
    const approvalRole = async (key: string) => (await history.processDefinitionXml(instance(key)!.processDefinitionKey))?.match(/<bpmn:userTask\b[^>]*name="Verslag goedkeuren"[^>]*>/)?.[0];
    expect(await approvalRole(before)).toContain(`${qualified('candidateGroups')}="${CandidateGroup.Chair}"`);
    expect(await approvalRole(after)).toContain(`${qualified('candidateGroups')}="${CandidateGroup.Secretary}"`);
  });
});
