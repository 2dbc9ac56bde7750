import { Page } from 'playwright-core';
import { PrismaService } from '../../../src/database/prisma.service';
import { EngineClock } from '../../../src/engine/engine-clock.port';
import { answerFor, TaskForm } from '../../chaos/chaos-forms';
import { eventually } from '../../support/eventually';
import { TestUser } from '../../factories/user.factory';
import { saveScreenshot } from './screenshots';

/**
 * What the browser tests of whole rounds do again and again, the way a person does it: sign in
 * through the sign-in page, open a task from the task list, choose, complete; and, for the steps a
 * test does not play in the browser, complete a task through the API with the person's own session.
 */

/** How long a step may take to show up (a worker, the engine, the projection). */
export const STEP_WAIT_MS = 45_000;

/** Signs the user in on this page through the sign-in page. */
export async function signInOn(page: Page, user: Pick<TestUser, 'password' | 'username'>): Promise<Page> {
  await page.goto('/aanmelden');
  await page.getByLabel('Gebruikersnaam').fill(user.username);
  await page.getByLabel('Wachtwoord').fill(user.password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.waitForURL((url) => url.pathname !== '/aanmelden');
  return page;
}

/** Opens the user's task of the casus from the task list (everything they may see), waiting until it is there. */
export async function openTask(page: Page, caseNumber: string, label: string): Promise<void> {
  await page.goto('/taken?wachtrij=alles');
  const row = page.getByRole('row').filter({ hasText: caseNumber }).filter({ hasText: label });
  await row.waitFor({ timeout: STEP_WAIT_MS });
  await row.getByRole('link', { name: label }).click();
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
  await page.getByRole('complementary', { name: 'De casus' }).getByText(caseNumber).waitFor();
}

/** Chooses an answer of a radio group of the form. */
export const choose = (page: Page, group: string, choice: string) => page.getByRole('group', { name: group }).getByRole('radio', { name: choice, exact: true }).check();

/** Takes the screenshot, completes the task with its form and waits until the page says so. */
export async function completeInBrowser(page: Page, label: string, shot: string): Promise<void> {
  await saveScreenshot(page, shot);
  await page.getByRole('button', { name: 'Taak afronden' }).click();
  await page.getByText(`De taak “${label}” is afgerond.`).waitFor({ timeout: STEP_WAIT_MS });
}

/** Waits for the casus's open task of this element and completes it through the API with the person's session, with the form's usual answer. */
export async function completeByApi(page: Page, prisma: PrismaService, caseId: string, elementId: string): Promise<void> {
  const task = (await eventually(() => prisma.userTask.findFirst({ where: { caseId, elementId, state: 'OPEN' } }), (row) => row !== null, `the open task ${elementId}`, STEP_WAIT_MS))!;
  const detail = await page.request.get(`/api/tasks/${task.id}`);
  expect(detail.status()).toBe(200);
  const { form } = (await detail.json()) as { form: TaskForm };
  const completed = await page.request.post(`/api/tasks/${task.id}/completion`, { data: answerFor(task.elementId, form, 'VOLUNTARY_LOCAL_TEAM'), headers: { 'idempotency-key': `e2e-${task.id}` } });
  expect({ elementId, status: completed.status() }).toEqual({ elementId, status: 200 });
}

/** Moves the engine's clock to `at` (never back). */
export async function engineClockTo(clock: EngineClock, at: Date): Promise<void> {
  const now = await clock.now();
  if (at.getTime() > now.getTime()) await clock.advance(at.getTime() - now.getTime());
}
