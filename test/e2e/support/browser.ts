import { existsSync } from 'node:fs';
import { Browser, chromium } from 'playwright-core';

/** The Debian package `chromium`; `npx playwright install` cannot download browsers here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const VIEWPORTS = {
  laptop: { height: 800, width: 1280 },
  /** An everyday phone in portrait (issue 11's 390 × 844). */
  phone: { height: 844, width: 390 },
  tablet: { height: 1024, width: 768 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it with \`apt-get update && apt-get install -y chromium\` or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    executablePath: CHROMIUM_PATH,
  });
}
