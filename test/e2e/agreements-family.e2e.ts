import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import { PrismaService } from '../../src/database/prisma.service';
import { EngineClock } from '../../src/engine/engine-clock.port';
import { ProcessEngine } from '../../src/engine/process-engine.port';
import { ProcessHistory } from '../../src/engine/process-history.port';
import { UserTask } from '../../src/engine/process-catalog';
import { familyTokenHash } from '../../src/family/family-link-tokens';
import { Role } from '../../src/generated/prisma/enums';
import { createRegion, TestRegion } from '../factories/region.factory';
import { aReferral, FICTIONAL } from '../factories/referral.factory';
import { createUser, TestUser } from '../factories/user.factory';
import { deployCaseProcess } from '../support/case-process';
import { eventually } from '../support/eventually';
import { TestApp } from '../support/test-app';
import { expectNoSeriousAxeViolations } from './support/axe';
import { VIEWPORTS } from './support/browser';
import { useBrowserSuite } from './support/browser-suite';
import { saveScreenshot } from './support/screenshots';
import { choose, completeByApi, completeInBrowser, engineClockTo, openTask, signInOn } from './support/people-at-work';

const STEP_TIMEOUT_MS = 300_000;
const WAIT_MS = 45_000;
const DAY_MS = 86_400_000;
/** The two sizes issue 13 names for the family page: a phone and a laptop. */
const PHONE = { height: 844, width: 390 };
const LAPTOP = { height: 768, width: 1366 };
/** The README's picture of the family page; refreshed when the run asks for it (UPDATE_README_SCREENSHOTS, as tasks.e2e.ts does). */
const DOCS_SCREENSHOT = resolve(__dirname, '..', '..', 'docs', 'images', 'family-page-phone.png');

const AGREEMENT_MOTHER = 'Moeder gaat elke week naar de opvoedcursus (fictief).';
const AGREEMENT_CHILD = 'Fictiefkind gaat elke schooldag naar school (fictief).';
const AGREEMENT_OTHER = 'De gezinscoach komt twee keer per week langs (fictief).';
const REACTION = 'Ik was op tijd bij het gesprek, dat staat er niet goed in (fictieve reactie).';

/** YYYY-MM-DD of a moment, as the date input takes it. */
const day = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Agreements made at the decision and followed up, and the family page (issue 13), in the browser
 * on the real models, workers and engine. The steps before the meeting are done through the API with
 * each person's own session (the task list's forms are proven by tasks-rounds.e2e.ts); the chair
 * records the three agreements, the watcher marks one not kept, the secretary plans the meeting of the
 * case that comes back, the municipal contact takes note of it from their own task list without
 * seeing the case, and the parent and the child use their pages, all in the browser.
 * The steps build on each other and share one engine clock that only moves forward.
 */
describe('Agreements that are followed up, and the family page', () => {
  const suite = useBrowserSuite({ env: { RUN_WORKERS: 'true' } });
  let prisma: PrismaService;
  let clock: EngineClock;
  const contexts: BrowserContext[] = [];
  /** The mother's first link, which the chair later replaces. */
  let motherToken = '';

  beforeAll(async () => {
    prisma = suite.app.get(PrismaService);
    clock = suite.app.get(EngineClock);
    await deployCaseProcess({ app: suite.app, clock, engine: suite.app.get(ProcessEngine), history: suite.app.get(ProcessHistory), prisma } as TestApp);
  });
  afterAll(async () => {
    for (const context of contexts.splice(0)) await context.close();
    await clock.reset().catch(() => undefined);
  });

  async function newPage(viewport: { height: number; width: number } = VIEWPORTS.laptop, phone = false): Promise<Page> {
    // bypassCSP lets axe-core be injected into pages whose policy allows no inline script (the web
    // app's and the family page's); the policies themselves are checked by their own tests.
    const context = await suite.browser.newContext({
      baseURL: suite.baseUrl, bypassCSP: true, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport, ...(phone ? { deviceScaleFactor: 2, hasTouch: true, isMobile: true } : {}),
    });
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    return context.newPage();
  }

  /** A professional at their own laptop, signed in through the sign-in page. */
  async function signedIn(user: TestUser): Promise<Page> {
    const page = await newPage();
    return signInOn(page, user);
  }

  /** The family-page link mailed for someone: the secret as it stands in the outbox's mail. */
  async function mailedLink(caseId: string, subjectPart: string): Promise<string> {
    const mail = await eventually(
      () => prisma.outboxMessage.findFirst({ orderBy: { createdAt: 'desc' }, where: { caseId, purpose: 'FAMILY_PAGE_LINK', subject: { contains: subjectPart } } }),
      (row) => row !== null, `the family-page mail (${subjectPart})`, WAIT_MS,
    );
    const token = /\/gezin\/([A-Za-z0-9_-]{40,64})/.exec(mail!.bodyText)?.[1];
    if (!token) throw new Error(`No family-page link in the mail "${mail!.subject}"`);
    return token;
  }

  interface Round {
    caseId: string;
    caseNumber: string;
    chair: Page;
    chairUser: TestUser;
    contactUser: TestUser;
    meetingAt: Date;
    region: TestRegion;
    secretaryUser: TestUser;
  }
  const rounds: Partial<Record<'age12' | 'age16', Round>> = {};
  const round = (name: 'age12' | 'age16') => {
    const found = rounds[name];
    if (!found) throw new Error(`The ${name} round did not get this far`);
    return found;
  };

  /** A region with the given family-page age that brings cases back to the table, and a case planned and prepared there. */
  async function plannedCase(name: 'age12' | 'age16', childAge: number): Promise<void> {
    const region = await createRegion(prisma);
    await prisma.region.update({ data: { agreementNotKeptBackToTable: true, childDocumentsMinAge: 16, familyPageChildMinAge: childAge }, where: { id: region.id } });
    const [referrer, chairUser, secretaryUser, contactUser] = await Promise.all([
      createUser(prisma, region, Role.LOCAL_TEAM), createUser(prisma, region, Role.CHAIR), createUser(prisma, region, Role.SECRETARY), createUser(prisma, region, Role.MUNICIPAL_CONTACT),
    ]);
    await prisma.municipalContact.create({ data: { email: `gemeente-${region.id.slice(0, 8)}@gemeente.example`, municipalityId: region.municipalityId, name: 'Gert Gemeente', userId: contactUser.id } });
    const referrerPage = await signedIn(referrer);
    const parents = [{ email: `moeder-${region.id.slice(0, 8)}@gezin.example`, familyName: FICTIONAL.familyName, givenName: FICTIONAL.parentGivenName, hasParentalAuthority: true, relation: 'MOTHER' }];
    const filed = await referrerPage.request.post('/api/referrals', { data: aReferral(region.municipalityId, { parents }) });
    expect(filed.status()).toBe(201);
    const { caseId, caseNumber } = (await filed.json()) as { caseId: string; caseNumber: string };
    const chair = await signedIn(chairUser);
    const secretary = await signedIn(secretaryUser);
    await completeByApi(chair, prisma, caseId, UserTask.CheckReferral.elementId);
    await completeByApi(secretary, prisma, caseId, UserTask.PlanMeeting.elementId);
    await completeByApi(chair, prisma, caseId, UserTask.DecideGiOnCall.elementId);
    await completeByApi(secretary, prisma, caseId, UserTask.ConfirmParticipants.elementId);
    const meeting = (await eventually(() => prisma.meeting.findFirst({ where: { caseId, status: 'PLANNED' } }), (row) => row !== null, 'the booked meeting', WAIT_MS))!;
    // The preparation sends the family-page links; the mother's is there once it ran.
    await eventually(() => prisma.familyPageLink.count({ where: { caseId, participant: { role: 'PARENT' } } }), (count) => count === 1, 'the mother\'s family-page link', WAIT_MS);
    rounds[name] = { caseId, caseNumber, chair, chairUser, contactUser, meetingAt: meeting.startsAt, region, secretaryUser };
  }

  it('before the meeting: a child of 13 gets a link where the region\'s age is 12, and none where it is 16', async () => {
    // Given two regions that bring a case back to the table when an agreement is not kept, one giving children a page from 12, the other from 16
    // When a case with a child of 13 is filed, planned and prepared in each (through the API, with each person's session)
    await plannedCase('age12', 12);
    await plannedCase('age16', 16);

    // Then in the region of 12 the child's link went to the mother (the child has no address of its own)
    const childLink = await mailedLink(round('age12').caseId, FICTIONAL.childGivenName);
    expect(await prisma.familyPageLink.count({ where: { caseId: round('age12').caseId, tokenHash: familyTokenHash(childLink) } })).toBe(1);
    // And in the region of 16 only the mother has a link, no mail names the child, and sending the child one is refused
    const { caseId, chair } = round('age16');
    expect(await prisma.familyPageLink.count({ where: { caseId, participant: { role: 'CHILD' } } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { caseId, purpose: 'FAMILY_PAGE_LINK', subject: { contains: FICTIONAL.childGivenName } } })).toBe(0);
    const listed = (await (await chair.request.get(`/api/cases/${caseId}/family-links`)).json()) as { participantId: string; role: string }[];
    expect(listed.map((link) => link.role)).toEqual(['PARENT']);
    const child = await prisma.participant.findFirstOrThrow({ where: { caseId, role: 'CHILD', child: { givenName: FICTIONAL.childGivenName } } });
    expect((await chair.request.post(`/api/cases/${caseId}/family-links/${child.id}`)).status()).toBe(422);
  }, STEP_TIMEOUT_MS);

  it('on the meeting day the chair records three agreements at the decision, and approves the report', async () => {
    const { caseId, caseNumber, chair, chairUser, meetingAt } = round('age12');
    // Given the meeting day of both cases
    await engineClockTo(clock, new Date(Math.max(meetingAt.getTime(), round('age16').meetingAt.getTime()) + 60_000));

    // When the chair records the meeting and the joint decision with three agreements: the mother's, the child's and a coach's
    await openTask(chair, caseNumber, UserTask.HoldMeeting.labelNl);
    await choose(chair, 'Waren de ouders aanwezig?', 'Ja');
    await chair.getByLabel('Aantal gehoorde kinderen').fill('1');
    await choose(chair, 'Visie van de Raad', 'Een (laatste) vrijwillige kans met duidelijke afspraken is mogelijk');
    await choose(chair, 'Is er overeenstemming over het besluit?', 'Ja');
    await choose(chair, 'Uitkomst', '1. Vrijwillige hulp gaat door onder regie van het lokale team');
    await chair.getByLabel('Besluit a: de route').fill('Het lokale team houdt de regie, met afspraken die de tafel volgt.');
    await chair.getByLabel('Besluit b: de hulp').fill('Gezinscoaching gaat door, twee keer per week.');
    await chair.getByLabel('Besluit c: de veiligheidsafspraken').fill('Vader haalt de kinderen alleen op met een afspraak.');
    await chair.getByLabel('Weergave voor het verslag').fill('Moeder en het lokale team zagen samen wat goed gaat en maakten drie afspraken.');
    const soon = new Date(meetingAt.getTime() + 7 * DAY_MS);
    const later = new Date(meetingAt.getTime() + 60 * DAY_MS);
    const agreements = [
      { description: AGREEMENT_MOTHER, due: soon, performer: { label: `moeder ${FICTIONAL.parentGivenName} ${FICTIONAL.familyName}` } },
      { description: AGREEMENT_CHILD, due: later, performer: { label: `${FICTIONAL.childGivenName} (13 jaar)` } },
      { description: AGREEMENT_OTHER, due: later, performer: { label: 'Iemand anders (naam en organisatie invullen)' } },
    ];
    for (const [index, agreement] of agreements.entries()) {
      await chair.getByRole('button', { name: 'Afspraak toevoegen' }).click();
      const item = chair.getByRole('group', { name: `Afspraak ${index + 1}`, exact: true });
      await item.getByLabel('Wat is afgesproken?').fill(agreement.description);
      await item.getByLabel('Wie doet het?').selectOption(agreement.performer);
      if (index === 2) {
        await item.getByLabel('Naam van wie het doet').fill('Carla Coach');
        await item.getByLabel('Organisatie').fill('Gezinscoaching Fictief');
      }
      await item.getByLabel('Uiterlijk wanneer?').fill(day(agreement.due));
      await item.getByLabel('Wie let erop?').selectOption(chairUser.id);
      await item.getByLabel('Wat gebeurt er als het niet lukt?').fill('De tafel bespreekt het gezin opnieuw.');
    }
    await expectNoSeriousAxeViolations(chair);
    await completeInBrowser(chair, UserTask.HoldMeeting.labelNl, 'afspraken 1 besluit met drie afspraken');

    // Then the decision holds the three agreements in order, each watched over by the chair and followed by a process of its own
    const decision = (await eventually(() => prisma.decision.findFirst({ include: { agreements: { orderBy: { sequence: 'asc' } } }, where: { caseId } }), (row) => row !== null, 'the decision', WAIT_MS))!;
    expect(decision.agreements.map((row) => [row.sequence, row.description, row.performerKind, row.watcherUserId, row.state])).toEqual([
      [1, AGREEMENT_MOTHER, 'PARENT', chairUser.id, 'OPEN'],
      [2, AGREEMENT_CHILD, 'CHILD', chairUser.id, 'OPEN'],
      [3, AGREEMENT_OTHER, 'PROFESSIONAL', chairUser.id, 'OPEN'],
    ]);
    expect(decision.agreements[2].responsible).toBe('Carla Coach (Gezinscoaching Fictief)');

    // When the chair approves the drafted report
    await openTask(chair, caseNumber, UserTask.ApproveReport.labelNl);
    await choose(chair, 'Keurt u het verslag goed?', 'Ja');
    await completeInBrowser(chair, UserTask.ApproveReport.labelNl, 'afspraken 2 verslag goedkeuren');

    // Then the report goes out, and each agreement is followed on its own date
    await eventually(() => prisma.reportVersion.findFirst({ where: { report: { caseId }, sentAt: { not: null } } }), (row) => row !== null, 'the report sent', WAIT_MS);
    await eventually(() => prisma.deadline.count({ where: { caseId, kind: 'AGREEMENT_DUE' } }), (count) => count === 3, 'the three agreements scheduled', WAIT_MS);
  }, STEP_TIMEOUT_MS);

  it('a parent reads the report and the agreements on a phone, and her reaction lands in the next report version', async () => {
    const { caseId } = round('age12');
    const token = await mailedLink(caseId, 'Uw eigen pagina');
    motherToken = token;

    // When the mother opens her page on a phone
    const phone = await newPage(PHONE, true);
    await phone.goto(`/gezin/${token}`);

    // Then it greets her, and she reads the report and the three agreements with who does what and who watches over it
    await phone.getByRole('heading', { level: 1, name: `Hallo ${FICTIONAL.parentGivenName}, dit is uw pagina` }).waitFor();
    const report = phone.locator('#verslag');
    await report.getByRole('heading', { name: 'Verslag tafelgesprek' }).waitFor();
    expect(await report.getByText('Versie 1', { exact: false }).count()).toBeGreaterThan(0);
    const agreements = phone.locator('#afspraken');
    for (const text of [AGREEMENT_MOTHER, AGREEMENT_CHILD, AGREEMENT_OTHER]) await agreements.getByText(text).waitFor();
    await agreements.getByText(`Wie: moeder ${FICTIONAL.parentGivenName} ${FICTIONAL.familyName} (u)`).waitFor();
    expect(await agreements.getByText('Loopt nog').count()).toBe(3);
    // And the page passes WCAG 2.1 AA on the phone and on a laptop, and fits the phone's width
    await expectNoSeriousAxeViolations(phone, 'the family page at 390x844');
    expect(await phone.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const shot = await phone.screenshot({ path: join(resolve(__dirname, '..', '..', 'test-output', 'screenshots'), 'family-page-phone.png') });
    expect(shot.length).toBeGreaterThan(0);
    if (process.env.UPDATE_README_SCREENSHOTS) {
      mkdirSync(resolve(DOCS_SCREENSHOT, '..'), { recursive: true });
      copyFileSync(join(resolve(__dirname, '..', '..', 'test-output', 'screenshots'), 'family-page-phone.png'), DOCS_SCREENSHOT);
    }
    await phone.setViewportSize(LAPTOP);
    await expectNoSeriousAxeViolations(phone, 'the family page at 1366x768');
    await phone.setViewportSize(PHONE);

    // When she sends a reaction (an empty one first)
    await phone.getByRole('button', { name: 'Reactie versturen' }).click();
    // (the browser's own check stops an empty reaction before it is sent)
    expect(await phone.getByLabel('Uw reactie').evaluate((field) => (field as unknown as { validity: { valueMissing: boolean } }).validity.valueMissing)).toBe(true);
    await phone.getByLabel('Uw reactie').fill(REACTION);
    await phone.getByText('Het verslag klopt niet met wat er in het gesprek is gezegd').click();
    await phone.getByRole('button', { name: 'Reactie versturen' }).click();

    // Then the page thanks her, and the reaction becomes the next version of the report, which her page shows
    await phone.getByRole('status').filter({ hasText: 'Uw reactie is ontvangen' }).waitFor();
    const next = await eventually(
      () => prisma.reportVersion.findFirst({ include: { reactionsIncluded: true }, where: { report: { caseId }, sentAt: { not: null }, version: 2 } }),
      (row) => row !== null, 'the report version with the reaction', WAIT_MS,
    );
    expect(next!.reactionsIncluded.map((reaction) => [reaction.text, reaction.disputesAccuracy])).toEqual([[REACTION, true]]);
    await phone.reload();
    await report.getByText('Versie 2', { exact: false }).first().waitFor();
    await report.getByText(REACTION).waitFor();
    await expectNoSeriousAxeViolations(phone, 'the family page with a reaction, at 390x844');
    await saveScreenshot(phone, 'afspraken 3 gezinspagina met reactie');
    // And every visit is in the audit log, with the link as actor
    expect(await prisma.auditEvent.count({ where: { action: 'VIEW_FAMILY_PAGE', actorId: { startsWith: 'family-link:' }, caseId, outcome: 'ALLOWED' } })).toBeGreaterThanOrEqual(3);
  }, STEP_TIMEOUT_MS);

  it('a child of 13 sees only their own part; an expired link says what to do and gets a new one; a lost link says what to do', async () => {
    const { caseId } = round('age12');
    const token = await mailedLink(caseId, FICTIONAL.childGivenName);

    // When the child opens their page on a phone
    const phone = await newPage(PHONE, true);
    await phone.goto(`/gezin/${token}`);

    // Then it speaks to them, shows the agreement they carry out and none of the others, and no report
    await phone.getByRole('heading', { level: 1, name: `Hoi ${FICTIONAL.childGivenName}, dit is jouw pagina` }).waitFor();
    await phone.locator('#afspraken').getByText(AGREEMENT_CHILD).waitFor();
    expect(await phone.getByText(AGREEMENT_MOTHER).count()).toBe(0);
    expect(await phone.locator('#verslag').count()).toBe(0);
    expect(await phone.getByRole('button', { name: 'Reactie versturen' }).count()).toBe(0);
    await expectNoSeriousAxeViolations(phone, 'the child\'s page at 390x844');

    // When the child's link has expired (issued long enough ago to ask for a new one)
    await prisma.familyPageLink.update({ data: { expiresAt: new Date(Date.now() - 1000), issuedAt: new Date(Date.now() - 100 * DAY_MS) }, where: { tokenHash: familyTokenHash(token) } });
    await phone.goto(`/gezin/${token}`);

    // Then the page says in plain words that it no longer works and offers a new link, sent to the address on record
    await phone.getByRole('heading', { level: 1, name: 'Deze pagina kunnen we niet openen' }).waitFor();
    await phone.getByText('Deze link werkt niet meer.', { exact: false }).waitFor();
    await expectNoSeriousAxeViolations(phone, 'an expired link at 390x844');
    const before = await prisma.outboxMessage.count({ where: { caseId, purpose: 'FAMILY_PAGE_LINK' } });
    await phone.getByRole('button', { name: 'Stuur mij een nieuwe link' }).click();
    await phone.getByRole('status').filter({ hasText: 'krijgt u binnen een paar minuten een nieuwe link' }).waitFor();
    await eventually(() => prisma.outboxMessage.count({ where: { caseId, purpose: 'FAMILY_PAGE_LINK' } }), (count) => count === before + 1, 'the new link mailed', WAIT_MS);
    const fresh = await mailedLink(caseId, FICTIONAL.childGivenName);
    expect(fresh).not.toBe(token);
    await phone.goto(`/gezin/${fresh}`);
    await phone.getByRole('heading', { level: 1, name: `Hoi ${FICTIONAL.childGivenName}, dit is jouw pagina` }).waitFor();

    // And a link with a piece missing (lost while copying) says what to do as well
    await phone.goto(`/gezin/${fresh.slice(0, 42)}`);
    await phone.getByText('Wij kennen deze link niet.', { exact: false }).waitFor();
    await phone.getByText('Open de link opnieuw vanuit de e-mail.', { exact: false }).waitFor();
    await expectNoSeriousAxeViolations(phone, 'an unknown link at 390x844');
    await saveScreenshot(phone, 'afspraken 4 onbekende link');
  }, STEP_TIMEOUT_MS);

  it('the watcher marks one agreement not kept; the case comes back to the table, planned by the secretary, with a notice and a task the municipal contact completes in the browser', async () => {
    const { caseId, caseNumber, chair, chairUser, contactUser, meetingAt, secretaryUser } = round('age12');
    // Given the mother's agreement past its date without a mark
    await engineClockTo(clock, new Date(meetingAt.getTime() + 9 * DAY_MS));

    // When the chair, who watches over it, opens the task the date brought and marks it not kept
    await openTask(chair, caseNumber, UserTask.MarkAgreement.labelNl);
    expect(await chair.getByRole('group', { name: 'Om welke afspraak gaat het?' }).getByText(AGREEMENT_MOTHER, { exact: false }).count()).toBe(1);
    await choose(chair, 'Is de afspraak nagekomen?', 'Nee, niet nagekomen');
    await chair.getByLabel('Toelichting').fill('Moeder is niet naar de cursus gegaan (fictief).');
    await expectNoSeriousAxeViolations(chair);
    // (beside the task, the case view's family-page panel: the chair sends the mother a new link, which replaces her old one)
    const familyLinks = chair.getByRole('region', { name: 'Gezinspagina' });
    await familyLinks.getByRole('button', { name: `Link opnieuw sturen aan ${FICTIONAL.parentGivenName} ${FICTIONAL.familyName}` }).click();
    await chair.getByText(`Een nieuwe link is verstuurd aan ${FICTIONAL.parentGivenName} ${FICTIONAL.familyName}.`, { exact: false }).waitFor();
    await completeInBrowser(chair, UserTask.MarkAgreement.labelNl, 'afspraken 5 afspraak niet nagekomen');
    const task = await prisma.userTask.findFirstOrThrow({ include: { events: { where: { kind: 'COMPLETED' } } }, where: { caseId, elementId: UserTask.MarkAgreement.elementId } });
    expect(task.events[0]?.actorId).toBe(chairUser.id);

    // Then the agreement is settled as not kept and flagged, and the case comes back to the table within the first meeting's norm
    expect((await prisma.decisionAgreement.findFirstOrThrow({ where: { decision: { caseId }, sequence: 1 } })).state).toBe('NOT_KEPT');
    // (the flag is set by the agreement's process, after the task)
    const agreement = (await eventually(() => prisma.decisionAgreement.findFirst({ where: { decision: { caseId }, sequence: 1 } }), (row) => row?.flaggedForEvaluationAt != null, 'the agreement flagged', WAIT_MS))!;
    expect(await prisma.decisionAgreement.count({ where: { decision: { caseId }, state: 'OPEN' } })).toBe(2);
    const phone = await newPage(PHONE, true);
    await phone.goto(`/gezin/${motherToken}`);
    await phone.getByText('Er is een nieuwe link gestuurd.', { exact: false }).waitFor();
    await phone.goto(`/gezin/${await mailedLink(caseId, 'Uw eigen pagina')}`);
    await phone.getByRole('heading', { level: 1, name: `Hallo ${FICTIONAL.parentGivenName}, dit is uw pagina` }).waitFor();
    const back = await eventually(() => prisma.tableReturn.findFirst({ where: { caseId } }), (row) => row?.planningDeadlineAt != null, 'the return to the table recorded', WAIT_MS);
    expect(back).toMatchObject({ agreementId: agreement.id, kind: 'NEW_EVALUATION' });
    expect(await prisma.outboxMessage.count({ where: { caseId, purpose: 'TABLE_RETURN_NOTICE' } })).toBe(1);

    // When the secretary plans the meeting the return asks for, in the task list
    const secretary = await signedIn(secretaryUser);
    await openTask(secretary, caseNumber, UserTask.PlanMeeting.labelNl);
    await completeInBrowser(secretary, UserTask.PlanMeeting.labelNl, 'afspraken 6 terugkeer inplannen');

    // Then the evaluation meeting is planned within the norm, and the secretary sees it in the case's chronology
    const planned = await eventually(() => prisma.meeting.findMany({ orderBy: { startsAt: 'asc' }, where: { caseId } }), (rows) => rows.some((row) => row.status === 'PLANNED'), 'the meeting of the return planned', WAIT_MS);
    expect(planned.map((row) => [row.kind, row.status])).toEqual([['TABLE', 'HELD'], ['EVALUATION', 'PLANNED']]);
    expect(planned[1].startsAt.getTime()).toBeLessThanOrEqual(back!.planningDeadlineAt!.getTime());
    const planTask = await prisma.userTask.findFirstOrThrow({ orderBy: { createdAt: 'desc' }, where: { caseId, elementId: UserTask.PlanMeeting.elementId } });
    await secretary.goto(`/taken/${planTask.id}`);
    const casePanel = secretary.getByRole('complementary', { name: 'De casus' });
    await casePanel.getByText('Tafelgesprek gepland').nth(1).waitFor();
    await saveScreenshot(secretary, 'afspraken 7 terugkeer gepland');

    // And the municipal contact is told without family details, and has the task to take note of it
    const notice = await prisma.outboxMessage.findFirstOrThrow({ where: { caseId, purpose: 'TABLE_RETURN_NOTICE' } });
    const contactRow = await prisma.municipalContact.findFirstOrThrow({ where: { userId: contactUser.id } });
    expect(notice.to).toEqual([contactRow.email]);
    expect(notice.bodyText).toContain(`casus ${caseNumber}`);
    expect(notice.bodyText).not.toContain(FICTIONAL.familyName);
    const noteTask = await prisma.userTask.findFirstOrThrow({ where: { caseId, elementId: UserTask.NoteTableReturn.elementId } });
    expect(noteTask).toMatchObject({ candidateRole: 'MUNICIPAL_CONTACT', state: 'OPEN' });

    // When the contact opens that task from their own task list
    const contact = await signedIn(contactUser);
    const caseRequests: string[] = [];
    contact.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/cases')) caseRequests.push(request.url());
    });
    await openTask(contact, caseNumber, UserTask.NoteTableReturn.labelNl);

    // Then the task says why the case comes back, and the case only by its number with a note, nothing of the family
    await contact.getByText('Een afspraak van de tafel is niet nagekomen.', { exact: false }).waitFor();
    await contact.getByRole('complementary', { name: 'De casus' }).getByText('U handelt deze taak af als gemeentelijk aanspreekpunt.', { exact: false }).waitFor();
    expect(await contact.locator('.case-panel').count()).toBe(0);
    const shown = (await contact.locator('main').textContent()) ?? '';
    for (const personal of [FICTIONAL.familyName, FICTIONAL.childGivenName, FICTIONAL.parentGivenName, AGREEMENT_MOTHER]) expect(shown).not.toContain(personal);
    await expectNoSeriousAxeViolations(contact);

    // When the contact claims it, says they took note and tells the table what the municipality adds
    await contact.getByRole('button', { name: 'Taak oppakken' }).click();
    await contact.getByRole('button', { name: 'Taak teruggeven aan de groep' }).waitFor();
    await choose(contact, 'Heeft u kennisgenomen van de terugkeer aan tafel?', 'Ja');
    await contact.getByLabel('Wat wilt u de tafel meegeven?').fill('De gemeente zet een cursus dichter bij huis in (fictief).');
    await completeInBrowser(contact, UserTask.NoteTableReturn.labelNl, 'afspraken 8 gemeente neemt kennis');

    // Then the task is done by the contact with their note in the case record, the planned return meeting stays, and the contact's page never asked for the case
    const noted = await eventually(() => prisma.userTask.findUniqueOrThrow({ include: { events: { where: { kind: 'COMPLETED' } }, formSubmission: true }, where: { id: noteTask.id } }), (row) => row.state === 'COMPLETED', 'the notice task completed', WAIT_MS);
    expect(noted.events[0]?.actorId).toBe(contactUser.id);
    expect(noted.formSubmission?.texts).toEqual({ note: 'De gemeente zet een cursus dichter bij huis in (fictief).' });
    expect(await prisma.meeting.count({ where: { caseId, kind: 'EVALUATION', status: 'PLANNED' } })).toBe(1);
    expect(caseRequests).toEqual([]);

    // And the mother's page shows the evaluation meeting
    await phone.reload();
    await phone.locator('#gesprek').getByText('Evaluatiegesprek').waitFor();
  }, STEP_TIMEOUT_MS);
});
