import { INestApplication } from '@nestjs/common';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeReport, expectNoSeriousAxeViolations } from './axe';
import { launchBrowser, VIEWPORTS, ViewportName } from './browser';
import { saveScreenshot } from './screenshots';
import { startWebApp, WebApp } from './web-app';

export interface BrowserSuiteOptions {
  /** Environment overrides for the service, e.g. { RUN_WORKERS: 'true' } for a whole round. */
  env?: Record<string, string>;
}

export interface BrowserSuite {
  readonly app: INestApplication;
  readonly baseUrl: string;
  readonly browser: Browser;
  /** A fresh context (own cookies) per test. */
  readonly context: BrowserContext;
  readonly page: Page;
  /** Opens a path of the app and waits until the page has settled. */
  goto(path: string): Promise<void>;
  /** Signs in through the sign-in page as a user would; resolves when the app has left it. */
  signIn(username: string, password: string): Promise<void>;
  /** Runs axe-core (WCAG 2.1 AA) and fails on serious or critical violations. */
  expectAccessible(): Promise<AxeReport>;
  /** An extra screenshot besides the one every test gets: <test name>-<suffix>.png. */
  screenshot(suffix: string): Promise<string>;
  setViewport(name: ViewportName): Promise<void>;
}

function currentTestName(): string {
  return expect.getState().currentTestName ?? 'unnamed test';
}

/**
 * Registers the hooks of a browser test file: the real service on a free port and Chromium for the
 * file; a new browser context and page per test; after each test a screenshot in
 * test-output/screenshots/<test name>.png, and a failure if the page threw an uncaught error.
 */
export function useBrowserSuite(options: BrowserSuiteOptions = {}): BrowserSuite {
  let web: WebApp | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let pageErrors: string[] = [];

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not ready: use the suite inside a test`);
    return value;
  };

  beforeAll(async () => {
    web = await startWebApp(options.env);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
  });

  beforeEach(async () => {
    pageErrors = [];
    context = await need(browser, 'The browser').newContext({
      baseURL: need(web, 'The service').baseUrl,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      viewport: VIEWPORTS.laptop,
    });
    context.setDefaultTimeout(10000);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  });

  afterEach(async () => {
    if (page) await saveScreenshot(page, currentTestName()).catch((error: unknown) => console.warn(`No screenshot: ${String(error)}`));
    await context?.close();
    page = undefined;
    context = undefined;
    if (pageErrors.length > 0) throw new Error(`The page threw ${pageErrors.length} uncaught error(s):\n${pageErrors.join('\n')}`);
  });

  const suite: BrowserSuite = {
    get app() {
      return need(web, 'The service').app;
    },
    get baseUrl() {
      return need(web, 'The service').baseUrl;
    },
    get browser() {
      return need(browser, 'The browser');
    },
    get context() {
      return need(context, 'The browser context');
    },
    get page() {
      return need(page, 'The page');
    },
    expectAccessible: () => expectNoSeriousAxeViolations(suite.page),
    goto: async (path) => {
      await suite.page.goto(path, { waitUntil: 'networkidle' });
    },
    screenshot: (suffix) => saveScreenshot(suite.page, `${currentTestName()} ${suffix}`),
    setViewport: (name) => suite.page.setViewportSize(VIEWPORTS[name]),
    signIn: async (username, password) => {
      const { page: current } = suite;
      await suite.goto('/aanmelden');
      await current.getByLabel('Gebruikersnaam').fill(username);
      await current.getByLabel('Wachtwoord').fill(password);
      await current.getByRole('button', { name: 'Aanmelden' }).click();
      await current.waitForURL((url) => url.pathname !== '/aanmelden');
    },
  };
  return suite;
}
