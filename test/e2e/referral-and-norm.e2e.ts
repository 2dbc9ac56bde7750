import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import { addWorkingDays, amsterdamDate, amsterdamInstant } from '../../src/calendar/dutch-calendar';
import { PrismaService } from '../../src/database/prisma.service';
import { EngineClock } from '../../src/engine/engine-clock.port';
import { ProcessEngine } from '../../src/engine/process-engine.port';
import { ProcessHistory } from '../../src/engine/process-history.port';
import { UserTask } from '../../src/engine/process-catalog';
import { Role } from '../../src/generated/prisma/enums';
import { createRegion, TestRegion } from '../factories/region.factory';
import { aReferral, FICTIONAL, yearsAgo } from '../factories/referral.factory';
import { createUser, TestUser } from '../factories/user.factory';
import { deployCaseProcess } from '../support/case-process';
import { eventually } from '../support/eventually';
import { TestApp } from '../support/test-app';
import { expectNoSeriousAxeViolations } from './support/axe';
import { VIEWPORTS } from './support/browser';
import { useBrowserSuite } from './support/browser-suite';
import { saveScreenshot } from './support/screenshots';
import { completeByApi, engineClockTo, openTask, signInOn } from './support/people-at-work';

const STEP_TIMEOUT_MS = 300_000;
const WAIT_MS = 45_000;
/** docs/norm-and-cases.md shows these; refreshed when the run asks for it (UPDATE_README_SCREENSHOTS, as tasks.e2e.ts does). */
const DOCS_IMAGES = resolve(__dirname, '..', '..', 'docs', 'images');
const BEYOND_NORM_REASON = 'Beide ouders kunnen alleen op die dag; zij willen er allebei bij zijn (fictief).';

/**
 * Issue 11 in the browser, on the real models, workers and engine, with the local mail catcher on:
 * a referrer files a referral through the form (a draft first) and follows the case on its page
 * until the report is there; a secretary chooses a slot beyond the norm with a reason, which reaches
 * the municipal contact, who keeps it from their own task list without seeing the case; and the region's early warning fires on a case that is not planned in time.
 * The steps of other roles that are not the point here go through the API with each person's own
 * session (the task list's forms themselves are proven by tasks-rounds.e2e.ts).
 */
describe('Referrals through the form, and the planning norm', () => {
  const suite = useBrowserSuite({ env: { MAIL_CATCHER: 'true', RUN_WORKERS: 'true' } });
  let prisma: PrismaService;
  let clock: EngineClock;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    prisma = suite.app.get(PrismaService);
    clock = suite.app.get(EngineClock);
    await deployCaseProcess({ app: suite.app, clock, engine: suite.app.get(ProcessEngine), history: suite.app.get(ProcessHistory), prisma } as TestApp);
  });
  afterEach(async () => {
    // Each scenario reckons from today: the engine's clock goes back to the real time after one.
    await clock.reset();
  });
  afterAll(async () => {
    for (const context of contexts.splice(0)) await context.close();
    await clock.reset().catch(() => undefined);
  });

  /** A person at their own laptop, signed in through the sign-in page. */
  async function signedIn(user: TestUser): Promise<Page> {
    const context = await suite.browser.newContext({ baseURL: suite.baseUrl, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: VIEWPORTS.laptop });
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    const page = await context.newPage();
    return signInOn(page, user);
  }

  /** A region of its own with the people of a round, and a municipal contact (a user with a mail address) for its municipality. */
  async function regionWithPeople() {
    const region = await createRegion(prisma);
    const [referrer, chair, secretary, contact, manager] = await Promise.all([
      createUser(prisma, region, Role.LOCAL_TEAM), createUser(prisma, region, Role.CHAIR), createUser(prisma, region, Role.SECRETARY), createUser(prisma, region, Role.MUNICIPAL_CONTACT), createUser(prisma, region, Role.MANAGER),
    ]);
    const contactAddress = `aanspreekpunt-${region.id.slice(0, 8)}@gemeente.example`;
    await prisma.municipalContact.create({ data: { email: contactAddress, municipalityId: region.municipalityId, name: 'Gea Gemeente', userId: contact.id } });
    return { chair, contact, contactAddress, manager, referrer, region, secretary };
  }

  /** Files a referral with the referrer's own session (for the scenarios that are not about the form). */
  async function fileByApi(referrer: TestUser, region: TestRegion) {
    const page = await signedIn(referrer);
    const response = await page.request.post('/api/referrals', { data: aReferral(region.municipalityId) });
    expect(response.status()).toBe(201);
    return (await response.json()) as { caseId: string; caseNumber: string };
  }

  /** The mail the catcher received for `to` about the case, opened in the browser as a developer would. */
  async function caughtMail(page: Page, to: string, caseNumber: string): Promise<string> {
    await eventually(
      async () => {
        await page.goto('/mail');
        return page.getByRole('row').filter({ hasText: to }).filter({ hasText: `casus ${caseNumber}` }).count();
      },
      (count) => count > 0, `the mail to ${to} in the mail catcher`, WAIT_MS,
    );
    await page.getByRole('row').filter({ hasText: to }).filter({ hasText: `casus ${caseNumber}` }).first().getByRole('link').click();
    return (await page.locator('pre').first().textContent()) ?? '';
  }

  function keepForDocs(shot: string, name: string): void {
    if (!process.env.UPDATE_README_SCREENSHOTS) return;
    mkdirSync(DOCS_IMAGES, { recursive: true });
    copyFileSync(shot, resolve(DOCS_IMAGES, name));
  }

  it('a referrer files through the form, saving a draft first, and follows the case on its page until the report is there', async () => {
    // Given a region with its people; the referrer signed in
    const { chair, referrer, region, secretary } = await regionWithPeople();
    const page = await signedIn(referrer);

    // When the referrer starts a new referral under "Casussen", fills in the family and saves a draft
    await page.goto('/casussen');
    await page.getByRole('link', { name: 'Nieuw verzoek tot bespreking' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verzoek tot bespreking' }).waitFor();
    const child = page.getByRole('group', { name: 'Kind 1' });
    await child.getByLabel('Voornaam').fill(FICTIONAL.childGivenName);
    await child.getByLabel('Achternaam').fill(FICTIONAL.familyName);
    await child.getByLabel('Geboortedatum').fill(yearsAgo(9));
    const parent = page.getByRole('group', { name: 'Ouder 1' });
    await parent.getByLabel('Voornaam').fill(FICTIONAL.parentGivenName);
    await parent.getByLabel('Achternaam').fill(FICTIONAL.familyName);
    await parent.getByLabel('Relatie tot de kinderen').selectOption({ label: 'Moeder' });
    await parent.getByRole('group', { name: 'Heeft gezag?' }).getByRole('radio', { name: 'Ja' }).check();
    await page.getByRole('button', { name: 'Concept opslaan' }).click();

    // Then the draft is saved under its own address, and after a reload the form still holds what was typed
    await page.getByText('Het concept is opgeslagen.', { exact: false }).waitFor();
    await page.waitForURL(/\/casussen\/concepten\/[0-9a-f-]{36}$/);
    const draftId = page.url().split('/').at(-1)!;
    expect(await prisma.referralDraft.count({ where: { authorId: referrer.id, id: draftId } })).toBe(1);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Verzoek tot bespreking (concept)' }).waitFor();
    expect(await page.getByRole('group', { name: 'Kind 1' }).getByLabel('Voornaam').inputValue()).toBe(FICTIONAL.childGivenName);

    // And the draft is listed under "Casussen"; the referrer resumes it there
    await page.goto('/casussen');
    await page.getByRole('link', { name: `Concept over ${FICTIONAL.childGivenName}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Verzoek tot bespreking (concept)' }).waitFor();

    // When the referrer completes the referral with its safety plan and sends it
    await page.getByLabel('Gemeente van het gezin').selectOption({ value: region.municipalityId });
    await page.getByRole('group', { name: 'Spoor' }).getByRole('radio', { name: 'Kwart voor twaalf' }).check();
    await page.getByLabel('Gezinssituatie').fill('Moeder en twee kinderen; vader woont elders (fictief).');
    await page.getByLabel('Zorgen', { exact: true }).fill(FICTIONAL.worries);
    await page.getByLabel('Hulp tot nu toe').fill('Gezinscoaching sinds het voorjaar (fictief).');
    await page.getByLabel('Visie van de ouders').fill('Moeder herkent de zorgen deels (fictief).');
    await page.getByRole('group', { name: 'Hebben de ouders (een deel van) het verzoek meegeschreven?' }).getByRole('radio', { name: 'Nee' }).check();
    await page.getByRole('group', { name: 'Hebben de ouders met gezag het verzoek gelezen?' }).getByRole('radio', { name: 'Ja' }).check();
    await page.getByLabel('Stem van het kind').fill('Het kind zegt dat het thuis vaak onrustig is (fictief).');
    await page.getByRole('group', { name: 'Zijn er afspraken gemaakt voor de directe veiligheid?' }).getByRole('radio', { name: 'Ja' }).check();
    await page.getByLabel('Afspraken voor de directe veiligheid').fill('Vader haalt de kinderen niet zonder afspraak op (fictief).');
    await page.getByLabel('Wat gebeurt er als ouders de afspraken niet kunnen nakomen?').fill('Melding bij Veilig Thuis (fictief).');
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Verzoek versturen' }).click();

    // Then the referral is a case, the draft is gone, and the referrer lands on the case page: filed, the chair checks it now
    await page.getByText('Het verzoek is verstuurd. Het is nu casus', { exact: false }).waitFor({ timeout: WAIT_MS });
    await page.waitForURL(/\/casussen\/[0-9a-f-]{36}$/);
    const caseId = page.url().split('/').at(-1)!;
    const { caseNumber } = await prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(await prisma.referralDraft.count({ where: { id: draftId } })).toBe(0);
    await page.getByRole('heading', { level: 1, name: `Casus ${caseNumber}` }).waitFor();
    await page.getByText('De voorzitter controleert nu het verzoek', { exact: false }).waitFor({ timeout: WAIT_MS });
    expect(await page.locator('.facts').getByText('Aangemeld', { exact: true }).count()).toBe(1);

    // When the chair finds it complete, the secretary plans the proposed slot, the chair calls in no GI and the secretary confirms who comes
    const chairPage = await signedIn(chair);
    const secretaryPage = await signedIn(secretary);
    await completeByApi(chairPage, prisma, caseId, UserTask.CheckReferral.elementId);
    await completeByApi(secretaryPage, prisma, caseId, UserTask.PlanMeeting.elementId);
    await completeByApi(chairPage, prisma, caseId, UserTask.DecideGiOnCall.elementId);
    await completeByApi(secretaryPage, prisma, caseId, UserTask.ConfirmParticipants.elementId);
    const meeting = (await eventually(() => prisma.meeting.findFirst({ where: { caseId, status: 'PLANNED' } }), (row) => row !== null, 'the booked meeting', WAIT_MS))!;

    // Then the referrer's case page says planned, and names who comes (the mother and the referrer themselves)
    await page.goto('/casussen');
    await page.getByRole('link', { name: caseNumber }).click();
    await page.getByRole('heading', { level: 1, name: `Casus ${caseNumber}` }).waitFor();
    await page.locator('.facts').getByText('Gepland', { exact: true }).waitFor();
    const people = page.getByRole('region', { name: 'Wie komen er' });
    await people.getByText(`${FICTIONAL.parentGivenName} ${FICTIONAL.familyName}`, { exact: false }).first().waitFor();
    await page.getByRole('region', { name: 'Tijdlijn' }).getByText('Tafelgesprek gepland').first().waitFor();

    // When the meeting day comes, the chair records the joint decision and approves the report
    await engineClockTo(clock, new Date(meeting.startsAt.getTime() + 60_000));
    await completeByApi(chairPage, prisma, caseId, UserTask.HoldMeeting.elementId);
    await completeByApi(chairPage, prisma, caseId, UserTask.ApproveReport.elementId);
    await eventually(() => prisma.reportVersion.findFirst({ where: { report: { caseId }, sentAt: { not: null } } }), (row) => row !== null, 'the report sent', WAIT_MS);

    // Then the referrer finds the report among the case's documents, downloadable, and the case in follow-up
    await page.reload();
    const documents = page.getByRole('region', { name: 'Documenten' });
    await documents.getByText('Verslag, versie 1').waitFor();
    await documents.getByRole('link', { name: 'Verslag, versie 1 downloaden' }).waitFor();
    await page.locator('.facts').getByText('In vervolg', { exact: true }).waitFor();
    const timeline = page.getByRole('region', { name: 'Tijdlijn' });
    await timeline.getByText('Verslag verzonden (versie 1)').first().waitFor();
    // And the norm reads as met, and every deadline in the timeline is named in words
    await page.locator('.facts').getByText(/^uiterlijk .+; gehaald$/).waitFor();
    await timeline.getByText('Vroege waarschuwing (plannorm): uiterlijk', { exact: false }).first().waitFor();
    expect(await timeline.getByText(/[A-Z]+_[A-Z_]+/).count()).toBe(0);
    await expectNoSeriousAxeViolations(page);
    keepForDocs(await saveScreenshot(page, 'case-page'), 'case-page.png');
  }, STEP_TIMEOUT_MS);

  it('a slot beyond the norm, chosen with a reason, is kept and escalated to the municipal contact by mail and with a task; the manager and the contact see the case at risk; the contact resolves it in the browser without seeing the family', async () => {
    // Given a referral checked by the chair, and besides the table's slot within the norm a free slot three weeks away
    const { chair, contact, contactAddress, manager, referrer, region, secretary } = await regionWithPeople();
    const beyondDay = addWorkingDays(amsterdamDate(new Date()), 16);
    const beyondAt = amsterdamInstant(beyondDay, '10:00');
    const beyondSlot = await prisma.meetingSlot.create({ data: { endsAt: new Date(beyondAt.getTime() + 90 * 60_000), startsAt: beyondAt, tableId: region.tableId } });
    const { caseId, caseNumber } = await fileByApi(referrer, region);
    const chairPage = await signedIn(chair);
    await completeByApi(chairPage, prisma, caseId, UserTask.CheckReferral.elementId);

    // When the secretary opens the planning task, the slots say where they lie against the norm
    const page = await signedIn(secretary);
    await openTask(page, caseNumber, UserTask.PlanMeeting.labelNl);
    const slotLabel = await chooseSlot(page, beyondSlot.id);
    expect(slotLabel).toContain('na de norm');
    expect(slotLabel).toContain('vraagt om een reden');

    // And choosing the slot beyond the norm asks why; sending without a reason is refused, beside the field
    const reason = page.getByLabel('Waarom dit latere moment?');
    await reason.waitFor();
    await page.getByRole('button', { name: 'Taak afronden' }).click();
    await page.locator('.field--invalid').filter({ has: reason }).waitFor();
    expect(await prisma.userTask.count({ where: { caseId, elementId: UserTask.PlanMeeting.elementId, state: 'OPEN' } })).toBe(1);

    // When the secretary gives the reason and completes the task
    await reason.fill(BEYOND_NORM_REASON);
    await saveScreenshot(page, 'norm slot beyond the norm with a reason');
    await page.getByRole('button', { name: 'Taak afronden' }).click();
    await page.getByText(`De taak “${UserTask.PlanMeeting.labelNl}” is afgerond.`).waitFor({ timeout: WAIT_MS });

    // Then the choice is on record with its reason, and the planning escalates it to the municipal contact
    expect(await prisma.beyondNormChoice.findFirstOrThrow({ where: { caseId } })).toMatchObject({ chosenById: secretary.id, reason: BEYOND_NORM_REASON, slotId: beyondSlot.id });
    const escalation = await eventually(() => prisma.escalation.findFirst({ where: { caseId } }), (row) => row !== null, 'the escalation', WAIT_MS);
    expect(escalation).toMatchObject({ reason: 'SLOT_CHOSEN_BEYOND_NORM', resolvedAt: null });
    expect(escalation!.notifiedAt).not.toBeNull();

    // And the contact receives a mail without family details that points to their task
    const mail = await caughtMail(await signedIn(secretary), contactAddress, caseNumber);
    expect(mail).toContain('later dan de norm toestaat');
    expect(mail).toContain('De reden staat bij uw taak');
    expect(mail).not.toContain(FICTIONAL.familyName);

    // And the contact's task waits for them, due when the escalation's answer is due
    const contactTask = await eventually(() => prisma.userTask.findFirst({ where: { caseId, elementId: UserTask.ResolveWaitingTime.elementId, state: 'OPEN' } }), (row) => row !== null, 'the contact\'s task', WAIT_MS);
    expect(contactTask).toMatchObject({ candidateRole: 'MUNICIPAL_CONTACT' });
    expect(contactTask!.dueAt?.toISOString()).toBe(escalation!.dueAt?.toISOString());

    // And the chair, who runs the table, sees that task in the task list with why it came and the table's reason
    await openTask(chairPage, caseNumber, UserTask.ResolveWaitingTime.labelNl);
    await chairPage.getByText('De tafel koos een moment na de norm, terwijl er eerder een plek vrij was.').waitFor();
    await chairPage.getByText(`Reden van de tafel: ${BEYOND_NORM_REASON}`).waitFor();
    await expectNoSeriousAxeViolations(chairPage);
    await saveScreenshot(chairPage, 'norm escalation task with the reason');

    // And the case page tells the choice, its reason and the escalation in its timeline
    await chairPage.goto(`/casussen/${caseId}`);
    const timeline = chairPage.getByRole('region', { name: 'Tijdlijn' });
    await timeline.getByText(`Reden: ${BEYOND_NORM_REASON}`, { exact: false }).waitFor();
    await timeline.getByText('Gemeentelijk aanspreekpunt ingeschakeld').first().waitFor();

    // And the task list shows the case's norm: its status in words, the norm date and the days left
    await chairPage.goto('/taken?wachtrij=alles');
    const row = chairPage.getByRole('row').filter({ hasText: caseNumber }).filter({ hasText: UserTask.ResolveWaitingTime.labelNl });
    await row.waitFor({ timeout: WAIT_MS });
    // (at risk, not within the norm: the later slot awaits the contact's decision)
    await row.getByText('Dreigt te verlopen').waitFor();
    await row.getByText(/^nog \d+ dagen$/).waitFor();
    // (with the legend open that says what the three words mean)
    await chairPage.getByText('Wat betekent de norm?', { exact: true }).first().click();
    keepForDocs(await saveScreenshot(chairPage, 'norm-view'), 'norm-view.png');

    // And the manager finds the case among the cases at risk in monitoring
    const managerPage = await signedIn(manager);
    await managerPage.goto('/monitoring/casussen');
    await managerPage.getByRole('combobox', { name: 'Norm', exact: true }).selectOption('AT_RISK');
    await managerPage.getByRole('button', { name: 'Filter toepassen' }).click();
    await managerPage.getByRole('row').filter({ hasText: caseNumber }).getByText('Dreigt te verlopen').waitFor({ timeout: WAIT_MS });
    expect(new URL(managerPage.url()).searchParams.get('norm')).toBe('AT_RISK');
    await expectNoSeriousAxeViolations(managerPage);
    await saveScreenshot(managerPage, 'norm case at risk in monitoring');

    // And the municipal contact finds it on "Mijn gemeente" as at risk
    const contactPage = await signedIn(contact);
    const caseRequests: string[] = [];
    contactPage.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/cases')) caseRequests.push(request.url());
    });
    await contactPage.goto('/mijn-gemeente');
    const waiting = contactPage.getByRole('table', { name: /^Wachtende casussen van/ });
    await waiting.getByRole('row').filter({ hasText: caseNumber }).getByText('Dreigt te verlopen').waitFor({ timeout: WAIT_MS });
    await saveScreenshot(contactPage, 'norm case at risk on the municipal contact page');

    // When the municipal contact opens their task from their task list
    await openTask(contactPage, caseNumber, UserTask.ResolveWaitingTime.labelNl);

    // Then the task shows why it came and the table's reason, the case only by its number with a note, and nothing of the family
    await contactPage.getByText('De tafel koos een moment na de norm, terwijl er eerder een plek vrij was.').waitFor();
    await contactPage.getByText(`Reden van de tafel: ${BEYOND_NORM_REASON}`).waitFor();
    const caseSide = contactPage.locator('aside', { has: contactPage.getByRole('heading', { name: 'De casus' }) });
    await caseSide.getByText(`Casusnummer: ${caseNumber}. U handelt deze taak af als gemeentelijk aanspreekpunt.`, { exact: false }).waitFor();
    expect(await contactPage.locator('.case-panel').count()).toBe(0);
    const shown = (await contactPage.locator('main').textContent()) ?? '';
    for (const personal of [FICTIONAL.familyName, FICTIONAL.childGivenName, FICTIONAL.parentGivenName, FICTIONAL.worries]) expect(shown).not.toContain(personal);
    await expectNoSeriousAxeViolations(contactPage);
    await saveScreenshot(contactPage, 'norm escalation task as the municipal contact');

    // When the contact claims it and keeps the table's moment (both parents can only come then), with a word for the table
    await contactPage.getByRole('button', { name: 'Taak oppakken' }).click();
    await contactPage.getByRole('button', { name: 'Taak teruggeven aan de groep' }).waitFor();
    expect(await prisma.userTask.findUniqueOrThrow({ select: { assigneeId: true }, where: { id: contactTask!.id } })).toEqual({ assigneeId: contact.id });
    await contactPage.getByRole('radio', { name: 'Het moment dat de tafel koos blijft, ook al valt het na de norm' }).check();
    await contactPage.getByLabel('Toelichting voor de tafel').fill('Akkoord: beide ouders erbij weegt zwaarder dan een week eerder (fictief).');
    await contactPage.getByRole('button', { name: 'Taak afronden' }).click();
    await contactPage.getByText(`De taak “${UserTask.ResolveWaitingTime.labelNl}” is afgerond.`).waitFor({ timeout: WAIT_MS });

    // Then the planning books the slot the secretary chose, the escalation is resolved as a later date accepted, and the round goes on with the chair
    const booked = await eventually(() => prisma.meeting.findFirst({ where: { caseId, status: 'PLANNED' } }), (row) => row !== null, 'the booked meeting', WAIT_MS);
    expect(booked).toMatchObject({ slotId: beyondSlot.id, startsAt: beyondAt });
    expect(await prisma.escalation.findUniqueOrThrow({ where: { id: escalation!.id } })).toMatchObject({ resolution: 'ACCEPTED_LATER_DATE', resolutionNote: 'Akkoord: beide ouders erbij weegt zwaarder dan een week eerder (fictief).', resolvedAt: expect.any(Date) });
    expect(await prisma.userTask.findUniqueOrThrow({ select: { assigneeId: true, state: true }, where: { id: contactTask!.id } })).toEqual({ assigneeId: contact.id, state: 'COMPLETED' });
    expect((await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('PLANNED');
    await eventually(() => prisma.userTask.count({ where: { caseId, elementId: UserTask.DecideGiOnCall.elementId, state: 'OPEN' } }), (count) => count === 1, 'the chair\'s next task', WAIT_MS);
    // And the contact's page never asked for the case they may not read
    expect(caseRequests).toEqual([]);
  }, STEP_TIMEOUT_MS);

  it('the region’s early warning fires on a case not planned in time: the municipal contact is told while the norm still runs', async () => {
    // Given a region whose early warning comes three working days after the referral, and a referral checked by the chair
    const { chair, contactAddress, referrer, region, secretary } = await regionWithPeople();
    await prisma.region.update({ data: { normWarningWorkingDays: 3 }, where: { id: region.id } });
    const { caseId, caseNumber } = await fileByApi(referrer, region);
    const filedOn = amsterdamDate((await prisma.referral.findUniqueOrThrow({ where: { caseId } })).filedAt);
    const chairPage = await signedIn(chair);
    await completeByApi(chairPage, prisma, caseId, UserTask.CheckReferral.elementId);

    // Then the planning computed the early moment from the region's setting: 09:00 on the third working day after the referral
    const warning = await eventually(() => prisma.deadline.findFirst({ where: { caseId, kind: 'MEETING_NORM_WARNING' } }), (row) => row !== null, 'the early moment', WAIT_MS);
    expect(warning!.dueAt.toISOString()).toBe(amsterdamInstant(addWorkingDays(filedOn, 3), '09:00').toISOString());
    const norm = await prisma.deadline.findFirstOrThrow({ where: { caseId, kind: 'MEETING_NORM' } });
    expect(warning!.dueAt.getTime()).toBeLessThan(norm.dueAt.getTime());

    // When the secretary has not planned the meeting by then (their task stays open) and the early moment passes
    await eventually(() => prisma.userTask.count({ where: { caseId, elementId: UserTask.PlanMeeting.elementId, state: 'OPEN' } }), (count) => count === 1, 'the planning task', WAIT_MS);
    expect(await prisma.escalation.count({ where: { caseId } })).toBe(0);
    await engineClockTo(clock, new Date(warning!.dueAt.getTime() + 60_000));

    // Then the planning escalates to the municipal contact as "norm at risk", and the secretary's task stays open
    const escalation = await eventually(() => prisma.escalation.findFirst({ where: { caseId } }), (row) => row !== null, 'the early warning', WAIT_MS);
    expect(escalation).toMatchObject({ reason: 'NORM_AT_RISK' });
    expect(await prisma.userTask.count({ where: { caseId, elementId: UserTask.PlanMeeting.elementId, state: 'OPEN' } })).toBe(1);

    // And the contact receives the warning by mail, saying the norm has not passed yet
    const mail = await caughtMail(await signedIn(secretary), contactAddress, caseNumber);
    expect(mail).toContain('De norm is nog niet verstreken: we waarschuwen u nu');

    // And their task waits for them; the chair sees it in the task list, saying why it came
    const contactTask = await eventually(() => prisma.userTask.findFirst({ where: { caseId, elementId: UserTask.ResolveWaitingTime.elementId, state: 'OPEN' } }), (row) => row !== null, 'the contact\'s task', WAIT_MS);
    expect(contactTask).toMatchObject({ candidateRole: 'MUNICIPAL_CONTACT' });
    await openTask(chairPage, caseNumber, UserTask.ResolveWaitingTime.labelNl);
    await chairPage.getByText('Het vroege waarschuwingsmoment is bereikt en er is nog geen tafelgesprek gepland.', { exact: false }).waitFor();
    await saveScreenshot(chairPage, 'norm early warning task of the municipal contact');
  }, STEP_TIMEOUT_MS);

  /** Chooses the slot in the planning form (a list of radios, or a select when there are many) and returns its label. */
  async function chooseSlot(page: Page, slotId: string): Promise<string> {
    const select = page.getByRole('combobox', { name: 'Moment van het tafelgesprek' });
    if ((await select.count()) > 0) {
      await select.selectOption({ value: slotId });
      return (await select.locator(`option[value="${slotId}"]`).textContent()) ?? '';
    }
    const radio = page.getByRole('group', { name: 'Moment van het tafelgesprek' }).locator(`input[value="${slotId}"]`);
    await radio.check();
    return (await radio.locator('xpath=..').textContent()) ?? '';
  }
});
