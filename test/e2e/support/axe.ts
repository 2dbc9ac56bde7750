import { readFileSync } from 'node:fs';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import { Page } from 'playwright-core';

const AXE_SOURCE = require.resolve('axe-core/axe.min.js');
let axeSource: string | undefined;

/** WCAG 2.1 A and AA, the level issue 5 asks for. */
const WCAG_21_AA: RunOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } };

export interface AxeReport {
  /** Every violation, whatever its impact (minor and moderate ones are worth reading too). */
  violations: Result[];
  /** The violations that fail a test: impact serious or critical. */
  blocking: Result[];
  passes: number;
}

type AxeWindow = { axe: { run(context: unknown, options: RunOptions): Promise<AxeResults> }; document: unknown };

/** Runs axe-core in the page as it is now. */
export async function runAxe(page: Page): Promise<AxeReport> {
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern:
  // a <script> tag (addScriptTag) is inline script, which the policy rightly refuses.
  if (!loaded) await page.evaluate((axeSource ??= readFileSync(AXE_SOURCE, 'utf8')));
  const results = await page.evaluate(async (options) => {
    const window = globalThis as unknown as AxeWindow;
    return window.axe.run(window.document, options);
  }, WCAG_21_AA);
  const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  return { blocking, passes: results.passes.length, violations: results.violations };
}

/** One readable line per violation and element, for a failure message. */
export function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((violation) => violation.nodes.map((node) => `- [${violation.impact}] ${violation.id}: ${violation.help} at ${node.target.join(' ')}\n  ${node.failureSummary ?? ''}`))
    .join('\n');
}

/** Fails when axe finds a serious or critical WCAG 2.1 AA violation; returns the report otherwise. */
export async function expectNoSeriousAxeViolations(page: Page, where = page.url()): Promise<AxeReport> {
  const report = await runAxe(page);
  if (report.blocking.length > 0) {
    throw new Error(`axe-core found ${report.blocking.length} serious or critical violation(s) on ${where}:\n${describeViolations(report.blocking)}`);
  }
  return report;
}
