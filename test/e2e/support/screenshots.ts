import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Page } from 'playwright-core';

/** Kept with the test output (test-output/ is ignored by git; CI keeps it as an artefact). */
export const SCREENSHOT_DIR = resolve(__dirname, '..', '..', '..', 'test-output', 'screenshots');

/** A file name from a test name: 'The sign-in page loads in Dutch' → 'the-sign-in-page-loads-in-dutch'. */
export function screenshotName(testName: string): string {
  return (
    testName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 150) || 'screenshot'
  );
}

/** Saves the whole page as test-output/screenshots/<name>.png and returns the path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${screenshotName(name)}.png`);
  await page.screenshot({ animations: 'disabled', fullPage: true, path });
  return path;
}
