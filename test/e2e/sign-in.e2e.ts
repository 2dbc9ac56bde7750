import { useBrowserSuite } from './support/browser-suite';

describe('The sign-in page', () => {
  const suite = useBrowserSuite();

  it('loads in Dutch on a laptop without serious or critical accessibility violations', async () => {
    // Given a visitor who is not signed in
    // When they open the sign-in page
    await suite.goto('/aanmelden');

    // Then the page is Dutch, names itself, and labels both fields
    const { page } = suite;
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.title()).toBe('Aanmelden – JBT Orchestrator');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Aanmelden');
    expect(await page.getByLabel('Gebruikersnaam').getAttribute('autocomplete')).toBe('username');
    expect(await page.getByLabel('Wachtwoord').getAttribute('type')).toBe('password');
    expect(await page.getByRole('button', { name: 'Aanmelden' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Naar de inhoud' }).getAttribute('href')).toBe('#inhoud');
    expect(await page.getByRole('navigation').count()).toBe(0);

    // And axe-core finds no serious or critical WCAG 2.1 AA violation
    await suite.expectAccessible();
  });

  it('fits a tablet without serious or critical accessibility violations', async () => {
    // Given a tablet held upright
    await suite.setViewport('tablet');

    // When the sign-in page opens
    await suite.goto('/aanmelden');

    // Then nothing is wider than the screen, and axe-core finds no serious or critical violation
    const overflow: number = await suite.page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBe(0);
    await suite.expectAccessible();
  });

  it('names each empty field at the top and beside the field, tied to the input', async () => {
    // Given the sign-in page
    await suite.goto('/aanmelden');
    const { page } = suite;

    // When the visitor signs in without filling anything in
    await page.getByRole('button', { name: 'Aanmelden' }).click();

    // Then a summary with both problems takes the focus
    const summary = page.getByRole('alert');
    expect(await summary.textContent()).toContain('Vul uw gebruikersnaam in.');
    expect(await summary.textContent()).toContain('Vul uw wachtwoord in.');
    expect(await page.locator('.error-summary:focus').count()).toBe(1);

    // And each field is marked invalid and described by its own message
    const username = page.getByLabel('Gebruikersnaam');
    expect(await username.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await username.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe('Vul uw gebruikersnaam in.');

    // And the summary's link brings the keyboard user to the field
    await summary.getByRole('link', { name: 'Vul uw wachtwoord in.' }).click();
    expect(await page.getByLabel('Wachtwoord').and(page.locator(':focus')).count()).toBe(1);

    // And the page with its errors still has no serious or critical violation
    await suite.expectAccessible();
  });

  it('is where a visitor who is not signed in lands, with the way back to the page asked for', async () => {
    // Given a visitor without a session
    // When they open the task list
    await suite.goto('/taken');

    // Then they are on the sign-in page, which will return them to the task list
    await suite.page.waitForURL((url) => url.pathname === '/aanmelden');
    expect(new URL(suite.page.url()).searchParams.get('terug')).toBe('/taken');
    expect(await suite.page.getByRole('heading', { level: 1 }).textContent()).toBe('Aanmelden');
  });
});
