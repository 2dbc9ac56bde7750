import { BrowserContext, Page } from 'playwright-core';
import { PrismaService } from '../../src/database/prisma.service';
import { EngineClock } from '../../src/engine/engine-clock.port';
import { ProcessEngine } from '../../src/engine/process-engine.port';
import { ProcessHistory } from '../../src/engine/process-history.port';
import { UserTask } from '../../src/engine/process-catalog';
import { Role } from '../../src/generated/prisma/enums';
import { createRegion, TestRegion } from '../factories/region.factory';
import { aReferral } from '../factories/referral.factory';
import { createUser, TestUser } from '../factories/user.factory';
import { deployCaseProcess } from '../support/case-process';
import { eventually } from '../support/eventually';
import { TestApp } from '../support/test-app';
import { expectNoSeriousAxeViolations } from './support/axe';
import { VIEWPORTS } from './support/browser';
import { useBrowserSuite } from './support/browser-suite';
import { saveScreenshot } from './support/screenshots';
import { choose, completeInBrowser, engineClockTo, openTask, signInOn } from './support/people-at-work';

const ROUND_TIMEOUT_MS = 300_000;
const WAIT_MS = 45_000;
const DAY_MS = 86_400_000;

/**
 * Two whole JBT rounds in the browser, on the real models of bpmn/, the real workers and the real
 * broker, each step done in the task list by the user whose role the step asks for: a kwart-voor-
 * twaalf round that ends with voluntary help under the local team, and a vijf-voor-twaalf round
 * with the Raad's advice beforehand, the chair deciding without consensus on a Raad investigation
 * and a report corrected once before approval. The steps run in order and build on each other. The
 * engine's clock is moved to the meeting day and past the reaction and feedback periods; nothing
 * else stands in for a person except the filing of the referral, which the referrer does through the
 * API with their own browser session (the web app has no referral form yet).
 */
describe('Whole rounds at the table, through the task list', () => {
  const suite = useBrowserSuite({ env: { RUN_WORKERS: 'true' } });
  let prisma: PrismaService;
  let clock: EngineClock;
  let engine: ProcessEngine;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    prisma = suite.app.get(PrismaService);
    clock = suite.app.get(EngineClock);
    engine = suite.app.get(ProcessEngine);
    await deployCaseProcess({ app: suite.app, clock, engine, history: suite.app.get(ProcessHistory), prisma } as TestApp);
  });
  afterAll(async () => {
    for (const context of contexts.splice(0)) await context.close();
    await clock.reset().catch(() => undefined);
  });

  /** A person at their own laptop: a browser context of their own, signed in through the sign-in page. */
  async function signedIn(user: TestUser): Promise<Page> {
    const context = await suite.browser.newContext({ baseURL: suite.baseUrl, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: VIEWPORTS.laptop });
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    const page = await context.newPage();
    return signInOn(page, user);
  }

  async function people(region: TestRegion) {
    const [referrer, chair, secretary, raad] = await Promise.all([
      createUser(prisma, region, Role.LOCAL_TEAM),
      createUser(prisma, region, Role.CHAIR),
      createUser(prisma, region, Role.SECRETARY),
      createUser(prisma, region, Role.RAAD_WORKER),
    ]);
    return { chair, raad, referrer, secretary };
  }

  /** The referrer, signed in, files the referral with their session and sees it as a case. */
  async function fileReferral(referrer: TestUser, region: TestRegion, track: 'FIVE_TO_TWELVE' | 'QUARTER_TO_TWELVE') {
    const page = await signedIn(referrer);
    const response = await page.request.post('/api/referrals', { data: aReferral(region.municipalityId, { track }) });
    expect(response.status()).toBe(201);
    const filed = (await response.json()) as { caseId: string; caseNumber: string };
    const { processInstanceKey } = await prisma.case.findUniqueOrThrow({ where: { id: filed.caseId } });
    expect((await suite.app.get(ProcessHistory).searchProcessInstances({ keys: [processInstanceKey!] }))[0]?.bpmnProcessId).toBe('jbt-referral');
    return filed;
  }

  async function meetingOf(caseId: string) {
    return (await eventually(() => prisma.meeting.findFirst({ where: { caseId, status: 'PLANNED' } }), (row) => row !== null, 'the booked meeting', WAIT_MS))!;
  }

  /** One round's people and case, as the steps below build them. */
  interface Round {
    caseId: string;
    caseNumber: string;
    chair: Page;
    chairUser: TestUser;
    meeting: { startsAt: Date; slotId: string | null };
    raad: Page;
    raadUser: TestUser;
    region: TestRegion;
    secretary: Page;
    secretaryUser: TestUser;
  }
  const rounds: Partial<Record<'kwart' | 'vijf', Round>> = {};
  const round = (name: 'kwart' | 'vijf') => {
    const found = rounds[name];
    if (!found) throw new Error(`The ${name} round did not get this far`);
    return found;
  };

  /** Everything before the meeting, in the task list: check, plan, prepare (and the Raad's advice). */
  async function untilTheMeeting(name: 'kwart' | 'vijf'): Promise<void> {
    const vijf = name === 'vijf';
    // Given a region with a weekly table, and its referrer, chair, secretary and Raad worker
    const region = await createRegion(prisma);
    const { chair, raad, referrer, secretary } = await people(region);

    // When the referrer files a referral on the round's track
    const { caseId, caseNumber } = await fileReferral(referrer, region, vijf ? 'FIVE_TO_TWELVE' : 'QUARTER_TO_TWELVE');

    // And the chair finds it complete in the task list (asking the Raad's view beforehand in vijf voor twaalf)
    const chairPage = await signedIn(chair);
    await openTask(chairPage, caseNumber, UserTask.CheckReferral.labelNl);
    if (!vijf) await expectNoSeriousAxeViolations(chairPage);
    await choose(chairPage, 'Bevat het verzoek een volledig veiligheidsplan?', 'Ja');
    await choose(chairPage, 'Staat de visie van de ouders in het verzoek?', 'Ja');
    await choose(chairPage, 'Is afgesproken hoe elk kind wordt gehoord?', 'Ja');
    await choose(chairPage, 'Ontbreekt er nog iets anders?', 'Nee');
    await choose(chairPage, 'Spoor', vijf ? 'Vijf voor twaalf' : 'Kwart voor twaalf');
    await choose(chairPage, 'Vraagt u het consult van de Raad?', vijf ? 'Ja' : 'Nee');
    if (vijf) await choose(chairPage, 'Wanneer geeft de Raad zijn visie?', 'Vooraf, als taak');
    await completeInBrowser(chairPage, UserTask.CheckReferral.labelNl, `${name} 1 verzoek controleren`);
    const referral = await prisma.referral.findUniqueOrThrow({ where: { caseId } });
    expect(referral).toMatchObject({ complete: true });

    // And the secretary confirms the slot the planning proposed
    const secretaryPage = await signedIn(secretary);
    await openTask(secretaryPage, caseNumber, UserTask.PlanMeeting.labelNl);
    // (the first free slot of the region's table: the factory's, or one of its weekly schedule, whichever comes first)
    const proposed = await secretaryPage.getByLabel('Moment van het tafelgesprek').inputValue();
    expect((await prisma.meetingSlot.findUniqueOrThrow({ where: { id: proposed } })).tableId).toBe(region.tableId);
    await completeInBrowser(secretaryPage, UserTask.PlanMeeting.labelNl, `${name} 2 tafelgesprek inplannen`);
    const meeting = await meetingOf(caseId);
    expect(meeting.slotId).toBe(proposed);

    // And the chair decides on the GI on call, and the secretary confirms who comes
    await openTask(chairPage, caseNumber, UserTask.DecideGiOnCall.labelNl);
    await choose(chairPage, 'Schuift een jeugdbeschermer van de GI aan?', vijf ? 'Ja' : 'Nee');
    await completeInBrowser(chairPage, UserTask.DecideGiOnCall.labelNl, `${name} 3 GI op afroep`);
    await openTask(secretaryPage, caseNumber, UserTask.ConfirmParticipants.labelNl);
    expect(await secretaryPage.getByRole('group', { name: 'Wie komen er?' }).getByRole('checkbox', { checked: true }).count()).toBeGreaterThan(0);
    await completeInBrowser(secretaryPage, UserTask.ConfirmParticipants.labelNl, `${name} 4 deelnemers`);

    // And, in vijf voor twaalf, the Raad worker gives the Raad's view before the meeting
    const raadPage = await signedIn(raad);
    if (vijf) {
      await openTask(raadPage, caseNumber, UserTask.GiveRaadAdvice.labelNl);
      await choose(raadPage, 'Visie van de Raad', 'Een raadsonderzoek past bij de situatie');
      await raadPage.getByLabel('Advies van de Raad').fill('De zorgen zijn ernstig en de hulp komt niet op gang; een raadsonderzoek past (ronde vijf voor twaalf).');
      await expectNoSeriousAxeViolations(raadPage);
      await completeInBrowser(raadPage, UserTask.GiveRaadAdvice.labelNl, `${name} 5 raadsadvies`);
      const advice = await prisma.raadConsult.findFirstOrThrow({ where: { caseId } });
      expect(advice.adviceGivenAt).not.toBeNull();
    }

    // Then the meeting is booked within the norm and the invitations are out
    await eventually(() => prisma.case.findUniqueOrThrow({ where: { id: caseId } }), (row) => row.status === 'PLANNED', 'the case planned', WAIT_MS);
    rounds[name] = { caseId, caseNumber, chair: chairPage, chairUser: chair, meeting, raad: raadPage, raadUser: raad, region, secretary: secretaryPage, secretaryUser: secretary };
  }

  // The two rounds share one engine clock, which only moves forward (the workers reckon from today):
  // both are brought to their meeting, the clock moves to the meeting day once, and later past the
  // reaction and feedback periods once.
  it('before the meeting, in both rounds: the referrer files, the chair checks, the secretary plans and prepares, the Raad advises', async () => {
    await untilTheMeeting('kwart');
    await untilTheMeeting('vijf');
  }, ROUND_TIMEOUT_MS);

  it('kwart voor twaalf: on the meeting day the table decides by consensus, and the chair approves the report', async () => {
    const { caseId, caseNumber, chair, chairUser } = round('kwart');

    // When the meeting day comes (for both rounds' meetings), and the chair records the meeting and the joint decision
    const latest = Math.max(round('kwart').meeting.startsAt.getTime(), round('vijf').meeting.startsAt.getTime());
    await engineClockTo(clock, new Date(latest + 60_000));
    await openTask(chair, caseNumber, UserTask.HoldMeeting.labelNl);
    await choose(chair, 'Waren de ouders aanwezig?', 'Ja');
    await chair.getByLabel('Aantal gehoorde kinderen').fill('1');
    await choose(chair, 'Visie van de Raad', 'Een (laatste) vrijwillige kans met duidelijke afspraken is mogelijk');
    await choose(chair, 'Is er overeenstemming over het besluit?', 'Ja');
    await choose(chair, 'Uitkomst', '1. Vrijwillige hulp gaat door onder regie van het lokale team');
    await chair.getByLabel('Besluit a: de route').fill('Het lokale team houdt de regie; de tafel is niet meer nodig (ronde kwart voor twaalf).');
    await chair.getByLabel('Besluit b: de hulp').fill('Gezinscoaching gaat door, twee keer per week.');
    await chair.getByLabel('Besluit c: de veiligheidsafspraken').fill('Vader haalt de kinderen alleen op met een afspraak.');
    await chair.getByLabel('Weergave voor het verslag').fill('Ouders en lokaal team zagen samen wat goed gaat; zij spraken af door te gaan met de gezinscoach.');
    await expectNoSeriousAxeViolations(chair);
    await completeInBrowser(chair, UserTask.HoldMeeting.labelNl, 'kwart 5 tafelgesprek en besluit');

    // Then the meeting is held and the decision is in the case record
    const decision = await eventually(() => prisma.decision.findFirst({ where: { caseId } }), (row) => row !== null, 'the decision', WAIT_MS);
    expect(decision).toMatchObject({ basis: 'CONSENSUS', outcome: 'VOLUNTARY_LOCAL_TEAM', recordedById: chairUser.id });
    expect(await prisma.meeting.findFirstOrThrow({ where: { caseId } })).toMatchObject({ parentsPresent: true, status: 'HELD' });

    // And the chair approves the drafted report, which goes out with the chair as approver
    await openTask(chair, caseNumber, UserTask.ApproveReport.labelNl);
    await choose(chair, 'Keurt u het verslag goed?', 'Ja');
    await completeInBrowser(chair, UserTask.ApproveReport.labelNl, 'kwart 6 verslag goedkeuren');
    const sent = await eventually(() => prisma.reportVersion.findFirst({ where: { report: { caseId }, sentAt: { not: null } } }), (row) => row !== null, 'the report sent', WAIT_MS);
    expect(sent).toMatchObject({ approvedById: chairUser.id, version: 1 });
  }, ROUND_TIMEOUT_MS);

  it('vijf voor twaalf: without consensus the chair decides on a Raad investigation, and corrects the report once', async () => {
    const { caseId, caseNumber, chair, chairUser } = round('vijf');

    // When the table reaches no consensus on the meeting day
    await openTask(chair, caseNumber, UserTask.HoldMeeting.labelNl);
    await choose(chair, 'Waren de ouders aanwezig?', 'Ja');
    await chair.getByLabel('Aantal gehoorde kinderen').fill('1');
    await choose(chair, 'Visie van de Raad', 'Een raadsonderzoek past bij de situatie');
    await choose(chair, 'Is er overeenstemming over het besluit?', 'Nee');
    await completeInBrowser(chair, UserTask.HoldMeeting.labelNl, 'vijf 6 tafelgesprek zonder overeenstemming');

    // Then the chair decides, leaning on the Raad's view: a Raad investigation only
    await openTask(chair, caseNumber, UserTask.ChairDecides.labelNl);
    await choose(chair, 'Visie van de Raad', 'Een raadsonderzoek past bij de situatie');
    await choose(chair, 'Uitkomst', '4. Alleen een raadsonderzoek');
    await chair.getByLabel('Besluit a: de route').fill('Verzoek tot onderzoek bij de Raad voor de Kinderbescherming (ronde vijf voor twaalf).');
    await chair.getByLabel('Besluit b: de hulp').fill('De gezinscoach blijft tot het onderzoek start.');
    await chair.getByLabel('Besluit c: de veiligheidsafspraken').fill('Het veiligheidsplan blijft gelden; de wijkcoach belt wekelijks.');
    await completeInBrowser(chair, UserTask.ChairDecides.labelNl, 'vijf 7 besluit voorzitter');
    const decision = await eventually(() => prisma.decision.findFirst({ where: { caseId } }), (row) => row !== null, 'the decision', WAIT_MS);
    expect(decision).toMatchObject({ basis: 'CHAIR_DECIDED', outcome: 'RAAD_INVESTIGATION', raadAdvisesInvestigation: true, recordedById: chairUser.id });

    // And the chair sends the first draft back with a corrected account, then approves the second
    await openTask(chair, caseNumber, UserTask.ApproveReport.labelNl);
    await choose(chair, 'Keurt u het verslag goed?', 'Nee');
    await chair.getByLabel('Verbeterde weergave van het gesprek').fill('Ouders gaven aan dat zij de zorgen herkennen maar de hulp niet vertrouwen (gecorrigeerde weergave).');
    await completeInBrowser(chair, UserTask.ApproveReport.labelNl, 'vijf 8 verslag terug');
    await eventually(() => prisma.reportVersion.count({ where: { report: { caseId } } }), (count) => count >= 2, 'the second draft', WAIT_MS);
    await openTask(chair, caseNumber, UserTask.ApproveReport.labelNl);
    await choose(chair, 'Keurt u het verslag goed?', 'Ja');
    await completeInBrowser(chair, UserTask.ApproveReport.labelNl, 'vijf 9 verslag goedkeuren');

    // Then the second version goes out, and the Raad investigation request is filed
    const sent = await eventually(() => prisma.reportVersion.findFirst({ where: { report: { caseId }, sentAt: { not: null } } }), (row) => row !== null, 'the report sent', WAIT_MS);
    expect(sent).toMatchObject({ approvedById: chairUser.id, version: 2 });
    await eventually(() => prisma.raadInvestigationRequest.findFirst({ where: { caseId } }), (row) => row !== null, 'the Raad investigation request', WAIT_MS);
  }, ROUND_TIMEOUT_MS);

  it('when the reaction and feedback periods pass, both cases close as expected, and another region sees neither', async () => {
    // When the reaction and feedback periods have passed
    await engineClockTo(clock, new Date(Date.now() + 40 * DAY_MS));

    // Then the kwart-voor-twaalf case has left the table and the vijf-voor-twaalf case went to the Raad
    for (const [name, reason] of [['kwart', 'LEFT_TABLE'], ['vijf', 'RAAD_INVESTIGATION_REQUESTED']] as const) {
      const { caseId } = round(name);
      const closed = await eventually(() => prisma.case.findUniqueOrThrow({ where: { id: caseId } }), (row) => row.status === 'CLOSED', `the ${name} case closed`, WAIT_MS);
      expect({ name, reason: closed.closeReason }).toEqual({ name, reason });
      expect(await prisma.userTask.count({ where: { caseId, state: 'OPEN' } })).toBe(0);
    }

    // And every task of each round was completed in the task list by the user of the role it asked for
    const expected = (name: 'kwart' | 'vijf') => {
      const { chairUser, raadUser, secretaryUser } = round(name);
      const steps: [string, string][] = [
        [UserTask.ApproveReport.elementId, chairUser.id],
        [UserTask.CheckReferral.elementId, chairUser.id],
        [UserTask.ConfirmParticipants.elementId, secretaryUser.id],
        [UserTask.DecideGiOnCall.elementId, chairUser.id],
        [UserTask.HoldMeeting.elementId, chairUser.id],
        [UserTask.PlanMeeting.elementId, secretaryUser.id],
      ];
      if (name === 'vijf') steps.push([UserTask.ApproveReport.elementId, chairUser.id], [UserTask.ChairDecides.elementId, chairUser.id], [UserTask.GiveRaadAdvice.elementId, raadUser.id]);
      return steps.sort();
    };
    for (const name of ['kwart', 'vijf'] as const) {
      const done = await prisma.userTask.findMany({ include: { events: { where: { kind: 'COMPLETED' } } }, where: { caseId: round(name).caseId } });
      expect(done.map((task) => [task.elementId, task.events[0]?.actorId]).sort()).toEqual(expected(name));
    }

    // And the case's chronology, beside its last task, shows the whole kwart-voor-twaalf round
    const { caseId, chair } = round('kwart');
    const last = await prisma.userTask.findFirstOrThrow({ where: { caseId, elementId: UserTask.ApproveReport.elementId } });
    await chair.goto(`/taken/${last.id}`);
    const casePanel = chair.getByRole('complementary', { name: 'De casus' });
    await casePanel.getByText('Casus afgesloten').waitFor();
    for (const step of ['Verzoek tot bespreking ingediend', 'Tafelgesprek gepland', 'Besluit vastgelegd', 'Verslag verzonden (versie 1)']) expect(await casePanel.getByText(step).count()).toBeGreaterThan(0);
    await saveScreenshot(chair, 'kwart 7 casus afgesloten');

    // And a chair of another region can open neither case nor their tasks
    for (const name of ['kwart', 'vijf'] as const) {
      const task = await prisma.userTask.findFirstOrThrow({ where: { caseId: round(name).caseId } });
      await expectHiddenFromOtherRegion(round(name).caseId, task.id);
    }
  }, ROUND_TIMEOUT_MS);

  /** A chair of another region gets "not found" for the task page, the case and the case's comments. */
  async function expectHiddenFromOtherRegion(caseId: string, taskId: string): Promise<void> {
    const elsewhere = await createRegion(prisma);
    const outsider = await signedIn(await createUser(prisma, elsewhere, Role.CHAIR));
    await outsider.goto(`/taken/${taskId}`);
    await outsider.getByRole('heading', { level: 1, name: 'Deze taak bestaat niet, of u mag haar niet zien.' }).waitFor();
    for (const path of [`/api/tasks/${taskId}`, `/api/cases/${caseId}`, `/api/cases/${caseId}/comments`]) {
      expect({ path, status: (await outsider.request.get(path)).status() }).toEqual({ path, status: 404 });
    }
    await saveScreenshot(outsider, `${caseId.slice(0, 8)} andere regio`);
  }
});
