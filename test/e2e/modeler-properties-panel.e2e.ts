import { readFileSync } from 'node:fs';
import type { AxeResults } from 'axe-core';
import { Page } from 'playwright-core';
import { PrismaService } from '../../src/database/prisma.service';
import { ProcessId } from '../../src/engine/process-catalog';
import { Role } from '../../src/generated/prisma/enums';
import { ELEMENT_TYPES_NL } from '../../src/web/modeler/editor/translations/element-types.nl';
import { collectPanelTexts, notDutch, panelShowsElement } from '../../src/web/modeler/editor/translations/rendered-panel-texts';
import { createRegion } from '../factories/region.factory';
import { createUser, TestUser } from '../factories/user.factory';
import { describeViolations } from './support/axe';
import { useBrowserSuite } from './support/browser-suite';

/** The kinds of element the Dutch panel must be checked on, as its header names them in Dutch. */
const REQUIRED_KINDS: Record<string, (type: string) => boolean> = {
  'call activity': (type) => type === ELEMENT_TYPES_NL['Call Activity'],
  gateway: (type) => type === ELEMENT_TYPES_NL['Exclusive Gateway'] || type === ELEMENT_TYPES_NL['Parallel Gateway'],
  'message event': (type) => Object.entries(ELEMENT_TYPES_NL).some(([english, dutch]) => english.startsWith('Message ') && english.includes('Event') && dutch === type),
  'service task': (type) => type === ELEMENT_TYPES_NL['Service Task'],
  'timer event': (type) => Object.entries(ELEMENT_TYPES_NL).some(([english, dutch]) => english.startsWith('Timer ') && dutch === type),
  'user task': (type) => type === ELEMENT_TYPES_NL['User Task'],
};

/** The XML of the version the modeler opens (the newest), read through the service's API as the page does. */
async function newestVersionXml(page: Page, processId: string): Promise<string> {
  const versions = (await (await page.request.get(`/api/models/${processId}/versions`)).json()) as { number: number }[];
  const version = (await (await page.request.get(`/api/models/${processId}/versions/${versions[0].number}`)).json()) as { xml: string };
  return version.xml;
}

/**
 * Selects every element with the picker, one after the other, and hands the panel's header type and
 * texts to `visit`. The panel renders after the selection, so each round waits until its id field
 * shows the element (the process when nothing is selected).
 */
async function visitEveryElement(page: Page, processId: string, visit: (id: string, type: string, texts: string[]) => void): Promise<void> {
  const select = page.getByLabel('Element selecteren', { exact: true });
  const ids = await select.locator('option').evaluateAll((options) => options.map((option) => option.getAttribute('value') ?? ''));
  const panel = page.locator('.model-canvas__properties');
  for (const id of ids) {
    await select.selectOption(id);
    await page.waitForFunction(panelShowsElement, id || processId);
    const type = (await panel.locator('.bio-properties-panel-header-type').textContent()) ?? '';
    visit(id || '(process)', type, await panel.evaluate(collectPanelTexts));
  }
}

/** Selects the first element whose entry in the picker matches, and waits until the panel shows it. */
async function selectFirst(page: Page, picker: string, option: RegExp): Promise<void> {
  const select = page.getByLabel(picker, { exact: true });
  const id = (await select.locator('option', { hasText: option }).first().getAttribute('value'))!;
  await select.selectOption(id);
  await page.waitForFunction(panelShowsElement, id);
}

/** axe-core (WCAG 2.1 AA) on the properties panel with every group open; fails on serious or critical violations. */
async function expectPanelAccessible(page: Page): Promise<void> {
  const panel = page.locator('.model-canvas__properties');
  for (const header of await panel.locator('.bio-properties-panel-group-header').all()) {
    if (!(await header.getAttribute('class'))?.split(' ').includes('open')) await header.click();
  }
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy rightly refuses an inline <script>.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const results = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
    return axe.run({ include: [['.model-canvas__properties']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  if (blocking.length > 0) throw new Error(`axe-core found serious or critical violations in the properties panel:\n${describeViolations(blocking)}`);
}

describe('The properties panel of the modeler in the browser', () => {
  const suite = useBrowserSuite();
  const processId = ProcessId.Referral;
  let owner: TestUser;

  beforeAll(async () => {
    const prisma = suite.app.get(PrismaService);
    owner = await createUser(prisma, await createRegion(prisma), Role.PROCESS_OWNER);
  });

  it('shows every label, description, option and button title in Dutch for every element of the referral process', async () => {
    const { page } = suite;

    // Given a process owner with the referral process open in the modeler: it has service and user
    // tasks, timers, call activities, message events and gateways
    await suite.signIn(owner.username, owner.password);
    await suite.goto(`/modeler/${processId}`);
    await page.waitForSelector('.djs-container svg');
    await page.locator('.model-canvas__properties .bio-properties-panel-header-type').waitFor();
    const xml = await newestVersionXml(page, processId);

    // When they select each element in turn and the panel renders its groups (folded ones too)
    const english: Record<string, string[]> = {};
    const types = new Set<string>();
    await visitEveryElement(page, processId, (id, type, texts) => {
      types.add(type);
      const found = notDutch(texts, xml);
      if (found.length > 0) english[`${id} (${type})`] = found;
    });

    // Then every kind of element was seen, and no text of the panel is English or otherwise untranslated
    const missingKinds = Object.entries(REQUIRED_KINDS)
      .filter(([, matches]) => ![...types].some(matches))
      .map(([kind]) => kind);
    expect(missingKinds).toEqual([]);
    expect(english).toEqual({});

    // And the panel of a user task, every group open, has no serious accessibility problem
    await selectFirst(page, 'Element selecteren', /\(taak\)$/);
    await expectPanelAccessible(page);
  });

  it('keeps the panel English in the English user interface', async () => {
    const { page } = suite;

    // Given a process owner who switched the interface to English
    await suite.signIn(owner.username, owner.password);
    await suite.goto(`/modeler/${processId}`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForSelector('.djs-container svg');

    // When they select a user task
    await selectFirst(page, 'Select element', /\(task\)$/);

    // Then the panel speaks English: the same check that passes in Dutch finds its labels
    const texts = await page.locator('.model-canvas__properties').evaluate(collectPanelTexts);
    expect(texts).toEqual(expect.arrayContaining(['User Task', 'User assignment', 'Candidate groups', 'Due date', 'Form key']));
    expect(notDutch(texts, await newestVersionXml(page, processId))).toEqual(expect.arrayContaining(['Candidate groups', 'Due date', 'Form key']));
  });
});
