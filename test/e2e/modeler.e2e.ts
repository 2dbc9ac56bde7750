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
import request from 'supertest';
import { signIn } from '../factories/session.factory';
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
    // Given the models of bpmn/ deployed as `npm start` deploys them, two process owners of different
    // regions (every region uses the models: one region alone may not approve a change), and a case
    // whose report process started on the shipped version (it waits at its first step: no workers run)
    const prisma = suite.app.get(PrismaService);
    await suite.app.get(ModelDeploymentService).deployChangedModels();
    firstOwner = await createUser(prisma, await createRegion(prisma), Role.PROCESS_OWNER);
    secondOwner = await createUser(prisma, await createRegion(prisma), Role.PROCESS_OWNER);
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

  it('lets a process owner add a reminder and give the approval to another role, fix what the checks find and save; a second one sees the diff, approves with a comment and lands on the read-only version; new cases follow it', async () => {
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

    // When the second process owner signs in, finds the proposal awaiting approval and reviews it
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForURL((url) => url.pathname === '/aanmelden');
    await suite.signIn(secondOwner.username, secondOwner.password);
    await suite.goto('/modeler');
    await page.getByTestId('pending-proposals').getByRole('link', { name: new RegExp(`${processId}, versie 2`) }).click();
    await page.getByTestId('pending-proposal').waitFor();
    expect(await page.getByRole('button', { name: 'Goedkeuren en in gebruik nemen' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Wijzigingen bekijken en beoordelen' }).click();

    // Then they first see what version 2 changes against version 1, the shipped version in use: the
    // reminder and its end added, the approval task changed, in colour and as a list
    const review = page.getByTestId('approval-review');
    expect(await review.locator('p').first().textContent()).toContain('ten opzichte van versie 1, de versie in gebruik');
    const added = review.getByTestId('diff-result').locator('[data-mark="added"]');
    await added.waitFor();
    expect(await added.textContent()).toContain('Herinnering');
    expect(await added.textContent()).toContain('Einde');
    expect(await review.getByTestId('diff-result').locator('[data-mark="changed"]').textContent()).toContain('Verslag goedkeuren');
    await review.locator('.diff-diagram__canvas[data-state="ready"]').nth(1).waitFor();
    expect(await review.locator('.djs-element.jbt-diff--added').count()).toBeGreaterThanOrEqual(2);
    await suite.screenshot('the approver reviews the diff');
    await expectOwnControlsAccessible(page);

    // When they approve without saying why
    await review.getByRole('button', { name: 'Goedkeuren en in gebruik nemen' }).click();

    // Then the comment is asked for, and nothing is deployed
    await review.getByText('Vul in waarom u deze versie goedkeurt.').waitFor();
    expect(await suite.app.get(PrismaService).modelDeployment.count({ where: { bpmnProcessId: processId, source: 'modeler' } })).toBe(0);

    // When they confirm with a comment
    const approvalComment = 'Verschil met versie 1 bekeken: herinnering na vijf dagen, secretaris keurt goed';
    await review.getByLabel('Waarom keurt u deze versie goed?').fill(approvalComment);
    await review.getByRole('button', { name: 'Goedkeuren en in gebruik nemen' }).click();

    // Then the service deploys it, and they land on version 2 read-only, not in the editor: in use,
    // with the proposal and their approval and its comment
    const versionAfter = versionBefore + 1;
    await page.waitForURL((url) => url.pathname === `/modeler/${processId}/versies/2`);
    await page.getByTestId('read-only-status').filter({ hasText: `Versie 2 is in gebruik genomen als engine-versie ${versionAfter}.` }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Verslag, versie 2' }).waitFor();
    expect(await page.getByTestId('read-only-version').textContent()).toContain('In gebruik voor nieuwe casussen');
    const decision = page.getByTestId('version-decisions').locator('li[data-status="DEPLOYED"]');
    expect(await decision.textContent()).toMatch(/Voorgesteld door Test process_owner op .*: “Afgesproken in het proceseigenarenoverleg”/);
    expect(await decision.textContent()).toContain(`in gebruik genomen door Test process_owner op`);
    expect(await decision.textContent()).toContain(`“${approvalComment}”`);
    await page.locator('.diff-diagram__canvas[data-state="ready"]').waitFor();
    expect(await page.locator('.model-canvas__properties').count()).toBe(0);
    await suite.screenshot('approved version read-only');
    await suite.expectAccessible();

    // And the editor's history names who proposed and approved, with the comment and the engine's version
    await page.getByRole('link', { name: 'Openen in de modeler' }).click();
    const deployed = page.getByTestId('deployment-history').locator('tr[data-status="DEPLOYED"]').first();
    await deployed.waitFor();
    expect(await deployed.textContent()).toMatch(new RegExp(`^2.*Test process_owner.*Test process_owner.*${approvalComment}.*in gebruik genomen.*versie ${versionAfter} · sleutel \\S+`));

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

  it('refuses to propose a version with errors, saying beside the button what must be fixed first', async () => {
    const { page } = suite;

    // Given a new model whose only version gives its review task to a role the service does not know
    const processId = `e2e-governance-${randomUUID().slice(0, 8)}`;
    const xml = readFileSync(join(__dirname, '..', 'fixtures', 'models', 'valid-baseline.bpmn'), 'utf8')
      .replaceAll('corpus-valid-baseline', processId)
      .replace('camunda:candidateGroups="chair"', 'camunda:candidateGroups="astrologer"');
    const token = await signIn(suite.app, firstOwner);
    const saved = await request(suite.app.getHttpServer()).post(`/api/models/${processId}/versions`).auth(token, { type: 'bearer' }).send({ comment: 'Rol nog kiezen', xml });
    expect(saved.body.version.errorCount).toBe(1);

    // When a process owner opens it
    await suite.signIn(firstOwner.username, firstOwner.password);
    await suite.goto(`/modeler/${processId}`);

    // Then proposing version 1 is disabled, and the reason stands beside the button and describes it
    const propose = page.getByRole('button', { name: 'Versie 1 voorstellen voor ingebruikname' });
    await propose.waitFor();
    expect(await propose.isDisabled()).toBe(true);
    const reason = page.getByTestId('propose-blocked');
    expect(await reason.textContent()).toBe('Eerst 1 fout oplossen');
    expect(await propose.getAttribute('aria-describedby')).toBe(await reason.getAttribute('id'));
    await page.getByTestId('problem-summary').filter({ hasText: '1 fouten' }).waitFor();
    await expectOwnControlsAccessible(page);
  });

  it('says on a phone that the modeler needs a larger screen, and offers the versions read-only', async () => {
    const { page } = suite;

    // Given a process owner on a phone (390 × 844)
    await suite.setViewport('phone');
    await suite.signIn(firstOwner.username, firstOwner.password);

    // When they open the report process in the modeler
    await suite.goto(`/modeler/${processId}`);

    // Then a message says the modeler needs a larger screen, instead of the canvas
    const notice = page.getByTestId('modeler-small-screen');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('De modeler heeft een groter scherm nodig.');
    expect(await page.locator('.djs-container').count()).toBe(0);
    expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
    await suite.expectAccessible();

    // When they follow the link to the versions
    await notice.getByRole('link', { name: 'Versies bekijken (alleen lezen)' }).click();

    // Then they see the versions read-only and can open one, without a way into the editor
    const first = page.getByTestId('read-only-versions').locator('li[data-version="1"]');
    await first.waitFor();
    expect(await page.getByRole('link', { name: 'Openen in de modeler' }).count()).toBe(0);
    await suite.expectAccessible();
    await first.getByRole('link', { name: 'Versie 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verslag, versie 1' }).waitFor();
    await page.locator('.diff-diagram__canvas[data-state="ready"]').waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
    await suite.screenshot('read-only version on a phone');
    await suite.expectAccessible();
  });
});
