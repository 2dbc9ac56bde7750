import { Page } from 'playwright-core';
import { PrismaService } from '../../src/database/prisma.service';
import { ProcessEngine } from '../../src/engine/process-engine.port';
import { Role } from '../../src/generated/prisma/enums';
import { createCase, createRegionWorld, createUser, deployFixture, RegionWorld, startCaseProcess, TestUser } from '../factories/task-list.factory';
import { eventually } from '../support/eventually';
import { useBrowserSuite } from './support/browser-suite';
import { VIEWPORTS } from './support/browser';
import { choose } from './support/people-at-work';

const DAY = 86_400_000;
const PHONE_WIDTH = VIEWPORTS.phone.width;

/*
 * The scripts below run in the page, written as text: the tests are compiled without the DOM's types.
 */

/** How much wider than the screen the page is (0 when nothing scrolls sideways). */
const pageOverflow = (page: Page): Promise<number> => page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');

/** The page's full width in pixels. */
const pageWidth = (page: Page): Promise<number> => page.evaluate('document.documentElement.scrollWidth');

/** Boxes that scroll sideways (their content is wider than they are) while the keyboard cannot reach them: neither they nor anything in them takes focus. */
const scrollBoxesOutOfReach = (page: Page): Promise<string[]> =>
  page.evaluate(`Array.from(document.querySelectorAll('body *'))
    .filter((element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX) && element.scrollWidth > element.clientWidth)
    .filter((element) => element.tabIndex < 0 && !element.querySelector('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])'))
    .map((element) => element.tagName.toLowerCase() + '.' + element.className)`);

/**
 * Boxes whose content spills out sideways where it shows (overflow visible): a word or a control wider
 * than the column it stands in. The page may still fit, but the text runs over the box's edge. What is
 * there for screen readers only (inside a box of a pixel, e.g. a table's head on a phone) is not seen.
 */
const spillingBoxes = (page: Page): Promise<string[]> =>
  page.evaluate(`Array.from(document.querySelectorAll('body *'))
    .filter((element) => getComputedStyle(element).display !== 'inline' && getComputedStyle(element).overflowX === 'visible' && element.scrollWidth > element.clientWidth + 1)
    .filter((element) => { for (let box = element; box; box = box.parentElement) if (box.getBoundingClientRect().width <= 1) return false; return true; })
    .map((element) => element.tagName.toLowerCase() + '.' + element.className + ' ' + element.scrollWidth + '>' + element.clientWidth + ' ' + (element.textContent || '').trim().slice(0, 40))`);

/** The boxes of tables that scroll sideways now, as the keyboard and a screen reader meet them: role, tab index and the name they are given. */
const scrollingTables = (page: Page): Promise<{ label: string; role: string | null; tabIndex: number }[]> =>
  page.evaluate(`Array.from(document.querySelectorAll('.scroll-table'))
    .filter((box) => box.scrollWidth > box.clientWidth)
    .map((box) => ({
      label: (box.getAttribute('aria-labelledby') || '').split(' ').map((id) => (document.getElementById(id) || {}).textContent || '').join(' ').trim(),
      role: box.getAttribute('role'),
      tabIndex: box.tabIndex,
    }))`);

/** Whether the element has keyboard focus. */
const hasFocus = (element: unknown): boolean => element === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement;

describe('The web app on a phone (390 × 844)', () => {
  const suite = useBrowserSuite();
  let prisma: PrismaService;
  let world: RegionWorld;
  let planner: TestUser;
  let manager: TestUser;
  let caseNumber: string;
  let tasks: Record<'decision' | 'participants' | 'planning', string>;

  beforeAll(async () => {
    prisma = suite.app.get(PrismaService);
    await deployFixture(suite.app.get(ProcessEngine), 'phone-forms.bpmn');
    world = await createRegionWorld(prisma, 'Telefoon');
    // One person who chairs and plans, so that one sign-in opens all three forms.
    planner = await createUser(suite.app, world, [Role.CHAIR, Role.SECRETARY], 'Voorzitter en secretaris');
    manager = await createUser(suite.app, world, [Role.MANAGER], 'Manager');
    const referrer = await createUser(suite.app, world, [Role.LOCAL_TEAM], 'Verzoeker');

    // Five free slots of the table (radios in the form, the longest way the picker shows them), the last two beyond the norm.
    const now = Date.now();
    await prisma.meetingSlot.createMany({
      data: [7, 9, 12, 16, 19].map((days) => {
        const startsAt = new Date(Math.floor((now + days * DAY) / DAY) * DAY + 9 * 3_600_000);
        return { endsAt: new Date(startsAt.getTime() + 3_600_000), startsAt, tableId: world.tableId };
      }),
    });

    const filed = await createCase(prisma, world, referrer);
    caseNumber = filed.caseNumber;
    const { instance } = await startCaseProcess(suite.app, filed.id, 'test-phone-forms', { dueAt: new Date(now + 5 * DAY).toISOString(), planningDeadlineAt: new Date(now + 14 * DAY).toISOString() });
    const open = await eventually(
      () => prisma.userTask.findMany({ where: { processInstanceKey: instance.processInstanceKey, state: 'OPEN' } }),
      (rows) => rows.length === 3,
      'the three tasks of the phone forms',
    );
    const byElement = (elementId: string) => open.find((row) => row.elementId === elementId)!.id;
    tasks = { decision: byElement('hold-meeting'), participants: byElement('confirm-participants'), planning: byElement('plan-meeting') };
  });

  beforeEach(() => suite.setViewport('phone'));

  /** Opens a task, claims it as a person does, and waits until its form is there. */
  async function openAndClaim(taskId: string, name: string): Promise<void> {
    const { page } = suite;
    await suite.goto(`/taken/${taskId}`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const claim = page.getByRole('button', { name: 'Taak oppakken' });
    if ((await claim.count()) > 0) {
      await claim.click();
      await page.getByText(`U heeft de taak “${name}” opgepakt.`).waitFor();
    }
    await page.getByRole('button', { name: 'Taak afronden' }).waitFor();
    await page.getByRole('complementary', { name: 'De casus' }).getByText(caseNumber).waitFor();
  }

  /** The page fits the phone's width, every box that scrolls is reachable by keyboard, and axe finds nothing serious. */
  async function expectFitsThePhone(where: string): Promise<void> {
    const { page } = suite;
    expect({ fits: (await pageWidth(page)) <= PHONE_WIDTH, overflow: await pageOverflow(page), where }).toEqual({ fits: true, overflow: 0, where });
    expect({ where, outOfReach: await scrollBoxesOutOfReach(page) }).toEqual({ where, outOfReach: [] });
    expect({ where, spilling: await spillingBoxes(page) }).toEqual({ where, spilling: [] });
    await suite.expectAccessible();
  }

  it('folds the list’s filters away, saying how many are on', async () => {
    // Given the planner on a phone, on a list narrowed by two filters
    await suite.signIn(planner.username, planner.password);
    const { page } = suite;
    await suite.goto(`/taken?wachtrij=alles&casus=${caseNumber}&termijn=ON_TIME`);
    await page.getByRole('row').filter({ hasText: 'Tafelgesprek inplannen' }).waitFor();

    // Then the filters are folded behind a button naming the two, the saved views likewise, and the tasks come first
    const toggle = page.getByRole('button', { name: 'Filteren en sorteren (2 actief)' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel('Termijn').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /^Opgeslagen weergaven \(\d+\)$/ }).getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('row').filter({ hasText: caseNumber }).count()).toBe(3);
    await expectFitsThePhone('the task list, filters folded');

    // When they reach the button with the keyboard and press Enter
    await toggle.focus();
    await page.keyboard.press('Enter');

    // Then the filters open, with the applied ones filled in, and the page still fits
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByLabel('Termijn').inputValue()).toBe('ON_TIME');
    expect(await page.getByLabel('Casusnummer').inputValue()).toBe(caseNumber);
    await expectFitsThePhone('the task list, filters open');
    await suite.screenshot('filters open');

    // And on a laptop the filters are simply there, without a button
    await suite.setViewport('laptop');
    // Exact: on the phone the heading holds the button, and its name says how many filters are on.
    await page.getByRole('heading', { exact: true, level: 2, name: 'Filteren en sorteren' }).waitFor();
    expect(await page.getByRole('button', { name: /^Filteren en sorteren/ }).count()).toBe(0);
    expect(await page.getByLabel('Termijn').isVisible()).toBe(true);
  });

  it('keeps the longest task forms within 390 px', async () => {
    await suite.signIn(planner.username, planner.password);
    const { page } = suite;

    // Given who comes to the meeting
    await openAndClaim(tasks.participants, 'Deelnemers vastleggen');
    await page.getByRole('group', { name: 'Wie komen er?' }).waitFor();
    await expectFitsThePhone('the participants form');
    await suite.screenshot('participants');

    // And the meeting's decision, opened as far as it goes: consensus, an outcome with evaluations, an agreement
    await openAndClaim(tasks.decision, 'Tafelgesprek voeren en besluit vastleggen');
    await choose(page, 'Is er overeenstemming over het besluit?', 'Ja');
    await choose(page, 'Uitkomst', '3. Als 2, samen met een raadsonderzoek');
    await page.getByLabel('Datum van het eerste evaluatiemoment').waitFor();
    await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await page.getByRole('group', { name: 'Afspraak 1', exact: true }).getByLabel('Wat is afgesproken?').fill('Moeder belt de school elke maandag over hoe het gaat.');
    await expectFitsThePhone('the meeting decision form');
    await suite.screenshot('meeting decision');

    // And the slot picker, with a slot beyond the norm chosen so that its reason is asked
    await openAndClaim(tasks.planning, 'Tafelgesprek inplannen');
    const slots = page.getByRole('group', { name: 'Moment van het tafelgesprek' }).getByRole('radio');
    expect(await slots.count()).toBe(5);
    await slots.last().check();
    await page.getByLabel('Waarom dit latere moment?').waitFor();
    await expectFitsThePhone('the slot picker');
    await suite.screenshot('slot picker');
  });

  it('lets the keyboard reach every table that scrolls, on casussen and monitoring', async () => {
    // Given the chair on the casussen list, where each casus is a card on a phone
    await suite.signIn(planner.username, planner.password);
    const { page } = suite;
    await suite.goto('/casussen');
    await page.getByRole('link', { name: caseNumber }).waitFor();
    await expectFitsThePhone('the casussen list');

    // And the manager on the monitoring dashboard and its list of cases, whose ten columns cannot fit a phone
    await suite.context.clearCookies();
    await suite.signIn(manager.username, manager.password);
    await suite.goto('/monitoring');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectFitsThePhone('the monitoring dashboard');
    await suite.goto('/monitoring/casussen');
    await page.getByRole('link', { name: caseNumber }).waitFor();
    await expectFitsThePhone('the monitoring cases');

    // Then that table scrolls in a region named by its caption, which takes focus
    const wide = await scrollingTables(page);
    expect(wide.length).toBeGreaterThan(0);
    for (const box of wide) expect(box).toEqual({ label: expect.stringMatching(/\S/), role: 'region', tabIndex: 0 });

    // And Tab reaches it, after which the arrow keys scroll it
    const region = page.getByRole('region', { name: wide[0].label });
    let reached = false;
    for (let presses = 0; presses < 150 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await region.evaluate(hasFocus);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('ArrowRight');
    await eventually(() => region.evaluate((element) => (element as unknown as { scrollLeft: number }).scrollLeft), (left) => left > 0, 'the table scrolled by the arrow key');
  });
});
