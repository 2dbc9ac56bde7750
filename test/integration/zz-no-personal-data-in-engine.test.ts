// @jest-sequencer runs-last: this file checks what every other test file left in the engine.
import { ALL_PROCESS_IDS, ENUM_VARIABLE_VALUES, VARIABLE_KINDS, VariableKind, VariableName } from '../../src/engine/process-catalog';
import { VariableRecord } from '../../src/engine/engine.types';
import { FICTIONAL } from '../factories/referral.factory';
import { startTestApp, TestApp } from '../support/test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** Shorter strings (initials, "Bo") would match by chance; every name and text of the fixtures is longer. */
const MIN_LENGTH = 5;
/** Variables the engine sets itself on a multi-instance element: the current instance's index, and the counts. */
const ENGINE_VARIABLES: Readonly<Record<string, VariableKind>> = {
  loopCounter: 'count',
  nrOfActiveInstances: 'count',
  nrOfCompletedInstances: 'count',
  nrOfInstances: 'count',
};

/** Whether a value (parsed JSON) is of the kind the catalog gives its variable. */
function hasKind(kind: VariableKind, name: VariableName, value: unknown): boolean {
  if (value === null) return true;
  const allowed = ENUM_VARIABLE_VALUES[name] ?? [];
  switch (kind) {
    case 'boolean': return typeof value === 'boolean';
    case 'count': return Number.isInteger(value) && (value as number) >= 0;
    case 'enum': return typeof value === 'string' && allowed.includes(value);
    case 'enum[]': return Array.isArray(value) && value.every((item) => allowed.includes(item));
    case 'isoDateTime': return typeof value === 'string' && ISO_DATE_TIME.test(value);
    case 'uuid': return typeof value === 'string' && UUID.test(value);
    case 'uuid[]': return Array.isArray(value) && value.every((item) => typeof item === 'string' && UUID.test(item));
  }
}

/**
 * design.md decision 3: names, BSN, addresses, dates of birth and free text stay in PostgreSQL. After
 * the whole integration suite (this file runs last: see test/support/clock-last-sequencer.js), every
 * variable of every instance the engine holds is read through the ProcessEngine port and searched
 * for every piece of personal data the suite put in the case record.
 */
describe('No personal data in the engine', () => {
  let subject: TestApp;
  let variables: VariableRecord[];

  beforeAll(async () => {
    subject = await startTestApp();
    variables = await subject.history.searchVariables({});
  });
  afterAll(() => subject.close());

  it('finds none of the fixtures’ names, dates of birth, addresses or free texts in any variable of any instance', async () => {
    // Given everything personal that the test files wrote into the case record
    const prisma = subject.prisma;
    const [children, parents, supportPersons, referrals, requests, reactions, decisions, reviews, comments, users] = await Promise.all([
      prisma.child.findMany({ select: { familyName: true, givenName: true, hearingNote: true } }),
      prisma.parent.findMany({ select: { city: true, email: true, familyName: true, givenName: true, phone: true, postalCode: true, street: true } }),
      prisma.supportPerson.findMany({ select: { email: true, name: true, phone: true } }),
      prisma.referral.findMany({ select: { childVoice: true, familySituation: true, helpSoFar: true, parentsView: true, safetyAgreements: true, safetyNoAgreementsReason: true, safetyStepsIfNotKept: true, withdrawalReason: true, worries: true } }),
      prisma.informationRequest.findMany({ select: { answer: true, question: true } }),
      prisma.reportReaction.findMany({ select: { text: true } }),
      prisma.decision.findMany({ select: { decisionHelp: true, decisionRoute: true, decisionSafety: true } }),
      prisma.otsClosureReview.findMany({ select: { agreements: true, intention: true } }),
      prisma.caseComment.findMany({ select: { text: true } }),
      prisma.user.findMany({ select: { displayName: true, email: true } }),
    ]);
    const texts = new Set<string>(Object.values(FICTIONAL));
    for (const row of [...children, ...parents, ...supportPersons, ...referrals, ...requests, ...reactions, ...decisions, ...reviews, ...comments, ...users]) {
      for (const value of Object.values(row)) if (typeof value === 'string' && value.trim().length >= MIN_LENGTH) texts.add(value.trim());
    }
    // A date of birth would reach the engine as a date alone; the engine's own dates are date-times.
    const birthDates = new Set((await prisma.child.findMany({ select: { birthDate: true } })).map((child) => child.birthDate.toISOString().slice(0, 10)));
    expect(children.length).toBeGreaterThan(0);
    expect(texts.size).toBeGreaterThan(Object.keys(FICTIONAL).length);

    // When every variable of every instance is searched
    expect(variables.length).toBeGreaterThan(0);
    process.stdout.write(`[no personal data] ${variables.length} variables of ${new Set(variables.map((variable) => variable.processInstanceKey)).size} instances searched for ${texts.size} texts and ${birthDates.size} dates of birth\n`);
    const found = variables.flatMap((variable) => [
      ...[...texts].filter((text) => variable.value.includes(text)).map((text) => `${variable.name} of ${variable.processInstanceKey} holds "${text}"`),
      ...[...birthDates].filter((date) => new RegExp(`${date}(?!T)`).test(variable.value)).map((date) => `${variable.name} of ${variable.processInstanceKey} holds the date of birth ${date}`),
    ]);

    // Then nothing personal is there
    expect(found).toEqual([]);
  });

  it('holds in the instances of the JBT models only catalog variables with ids, enums, dates, booleans and counts', async () => {
    // Given the instances of the models in bpmn/ (test fixtures have variables of their own)
    const instances = await subject.history.searchProcessInstances({});
    const jbt = new Set(instances.filter((instance) => (ALL_PROCESS_IDS as readonly string[]).includes(instance.bpmnProcessId)).map((instance) => instance.key));
    const ofModels = variables.filter((variable) => jbt.has(variable.processInstanceKey));
    expect(ofModels.length).toBeGreaterThan(0);

    // Then every variable is one the catalog knows, with a value of its kind
    const wrong = ofModels
      .filter((variable) => {
        const kind = (VARIABLE_KINDS as Record<string, VariableKind>)[variable.name] ?? ENGINE_VARIABLES[variable.name];
        return !kind || !hasKind(kind, variable.name as VariableName, JSON.parse(variable.value));
      })
      .map((variable) => `${variable.name}=${variable.value}`);
    expect([...new Set(wrong)].sort()).toEqual([]);
  });
});
