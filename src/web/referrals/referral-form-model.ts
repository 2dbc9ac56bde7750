import { format } from '../i18n/i18n';
import type { ReferralTexts } from './referral-texts';

/**
 * The referral form's values as the inputs hold them (strings; '' is empty, 'true'/'false' for
 * yes/no), and their translation to and from the referral's shape (FileReferralDto on the server).
 * The server checks everything; this file only words its answer in Dutch next to the right input.
 */

export interface ChildValues {
  birthDate: string;
  familyName: string;
  givenName: string;
  hearingMode: string;
  hearingNote: string;
}

export interface ParentValues {
  city: string;
  email: string;
  familyName: string;
  givenName: string;
  hasParentalAuthority: string;
  phone: string;
  postalCode: string;
  relation: string;
  street: string;
}

export interface SupportPersonValues {
  email: string;
  name: string;
  phone: string;
  relationToFamily: string;
  supports: string;
}

export interface ReferralValues {
  childVoice: string;
  children: ChildValues[];
  coReferrerOrganisationId: string;
  entryType: string;
  familySituation: string;
  helpSoFar: string;
  municipalityId: string;
  organisationId: string;
  otsIntendedEndDate: string;
  otsIntention: string;
  otsSupervisionEndsOn: string;
  parents: ParentValues[];
  parentsCoWrote: string;
  parentsReadReferral: string;
  parentsView: string;
  safetyAgreements: string;
  safetyHasAgreements: string;
  safetyNoAgreementsReason: string;
  safetyStepsIfNotKept: string;
  supportPersons: SupportPersonValues[];
  tableId: string;
  track: string;
  worries: string;
}

export const emptyChild = (): ChildValues => ({ birthDate: '', familyName: '', givenName: '', hearingMode: '', hearingNote: '' });
export const emptyParent = (): ParentValues => ({ city: '', email: '', familyName: '', givenName: '', hasParentalAuthority: '', phone: '', postalCode: '', relation: '', street: '' });
export const emptySupportPerson = (): SupportPersonValues => ({ email: '', name: '', phone: '', relationToFamily: '', supports: '' });

export function emptyReferral(): ReferralValues {
  return {
    childVoice: '', children: [emptyChild()], coReferrerOrganisationId: '', entryType: 'REFERRAL', familySituation: '', helpSoFar: '', municipalityId: '', organisationId: '',
    otsIntendedEndDate: '', otsIntention: '', otsSupervisionEndsOn: '', parents: [emptyParent()], parentsCoWrote: '', parentsReadReferral: '', parentsView: '', safetyAgreements: '',
    safetyHasAgreements: '', safetyNoAgreementsReason: '', safetyStepsIfNotKept: '', supportPersons: [], tableId: '', track: '', worries: '',
  };
}

/** The maximum lengths of the server's rules (FileReferralDto and its parts), for the Dutch message. */
export const MAX_LENGTH: Record<string, number> = {
  childVoice: 20000, familySituation: 20000, helpSoFar: 20000, hearingNote: 2000, otsIntention: 20000, parentsView: 20000, safetyAgreements: 20000,
  safetyNoAgreementsReason: 20000, safetyStepsIfNotKept: 20000, worries: 20000, familyName: 200, givenName: 200, name: 200, city: 200, street: 200, relationToFamily: 200,
};

type Plain = Record<string, unknown>;

/** Only what is filled in: an empty text is left out, so that a draft holds what was typed. */
function compact<T extends object>(entries: T): Plain {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== '' && value !== undefined && !(Array.isArray(value) && value.length === 0)));
}

const yesNo = (value: string) => (value === 'true' ? true : value === 'false' ? false : '');
const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'boolean' ? String(value) : '');

/** The form's values as the referral the server expects (and a draft holds). */
export function toContent(values: ReferralValues): Plain {
  const ots = values.entryType === 'OTS_CLOSURE_REVIEW';
  const safetyPlan = compact({
    agreements: values.safetyHasAgreements === 'false' ? '' : values.safetyAgreements,
    noAgreementsReason: values.safetyHasAgreements === 'false' ? values.safetyNoAgreementsReason : '',
    stepsIfNotKept: values.safetyStepsIfNotKept,
  });
  const otsClosure = ots ? compact({ intendedEndDate: values.otsIntendedEndDate, intention: values.otsIntention, supervisionEndsOn: values.otsSupervisionEndsOn }) : {};
  return compact({
    childVoice: values.childVoice,
    children: values.children.map((child) => compact({ ...child })).filter((child) => Object.keys(child).length > 0),
    coReferrerOrganisationId: values.coReferrerOrganisationId,
    entryType: values.entryType,
    familySituation: values.familySituation,
    helpSoFar: values.helpSoFar,
    municipalityId: values.municipalityId,
    organisationId: values.organisationId,
    otsClosure: Object.keys(otsClosure).length > 0 ? otsClosure : '',
    parents: values.parents.map((parent) => compact({ ...parent, hasParentalAuthority: yesNo(parent.hasParentalAuthority) })).filter((parent) => Object.keys(parent).length > 0),
    parentsCoWrote: yesNo(values.parentsCoWrote),
    parentsReadReferral: yesNo(values.parentsReadReferral),
    parentsView: values.parentsView,
    safetyPlan: Object.keys(safetyPlan).length > 0 ? safetyPlan : '',
    supportPersons: values.supportPersons.map((person) => compact({ ...person })).filter((person) => Object.keys(person).length > 0),
    tableId: values.tableId,
    // A track belongs to a REFERRAL; the other entry types have their own (or none).
    track: values.entryType === 'REFERRAL' ? values.track : '',
    worries: values.worries,
  });
}

function listOf(value: unknown): Plain[] {
  return Array.isArray(value) ? value.filter((item): item is Plain => item !== null && typeof item === 'object') : [];
}

/** A saved draft back in the form, as it was typed. */
export function fromContent(content: Plain): ReferralValues {
  const base = emptyReferral();
  const safety = (content.safetyPlan ?? {}) as Plain;
  const ots = (content.otsClosure ?? {}) as Plain;
  const children = listOf(content.children).map((child) => ({ ...emptyChild(), ...Object.fromEntries(Object.keys(emptyChild()).map((key) => [key, text(child[key])])) }) as ChildValues);
  const parents = listOf(content.parents).map((parent) => ({ ...emptyParent(), ...Object.fromEntries(Object.keys(emptyParent()).map((key) => [key, text(parent[key])])) }) as ParentValues);
  const supportPersons = listOf(content.supportPersons).map((person) => ({ ...emptySupportPerson(), ...Object.fromEntries(Object.keys(emptySupportPerson()).map((key) => [key, text(person[key])])) }) as SupportPersonValues);
  const scalars = Object.fromEntries(
    ['childVoice', 'coReferrerOrganisationId', 'entryType', 'familySituation', 'helpSoFar', 'municipalityId', 'organisationId', 'parentsCoWrote', 'parentsReadReferral', 'parentsView', 'tableId', 'track', 'worries']
      .filter((key) => content[key] !== undefined)
      .map((key) => [key, text(content[key])]),
  );
  return {
    ...base,
    ...scalars,
    children: children.length > 0 ? children : base.children,
    otsIntendedEndDate: text(ots.intendedEndDate),
    otsIntention: text(ots.intention),
    otsSupervisionEndsOn: text(ots.supervisionEndsOn),
    parents: parents.length > 0 ? parents : base.parents,
    safetyAgreements: text(safety.agreements),
    safetyHasAgreements: safety.noAgreementsReason ? 'false' : safety.agreements ? 'true' : '',
    safetyNoAgreementsReason: text(safety.noAgreementsReason),
    safetyStepsIfNotKept: text(safety.stepsIfNotKept),
    supportPersons,
  };
}

/** The id of the input a field path of the server's answer belongs to ('children.0.birthDate'). */
export function inputIdFor(path: string): string {
  const parts = path.replace(/^content\./, '').split('.');
  const [head, second, third] = parts;
  if (head === 'safetyPlan') return second === 'noAgreementsReason' ? 'verzoek-safetyNoAgreementsReason' : second === 'stepsIfNotKept' ? 'verzoek-safetyStepsIfNotKept' : second === 'agreements' ? 'verzoek-safetyAgreements' : 'verzoek-safetyHasAgreements';
  if (head === 'otsClosure') return second === 'intendedEndDate' ? 'verzoek-otsIntendedEndDate' : second === 'supervisionEndsOn' ? 'verzoek-otsSupervisionEndsOn' : 'verzoek-otsIntention';
  if ((head === 'children' || head === 'parents' || head === 'supportPersons') && second !== undefined) return third ? `verzoek-${head}-${second}-${third}` : `verzoek-${head}-${second}-givenName`;
  if (head === 'children' || head === 'parents' || head === 'supportPersons') return `verzoek-${head}-add`;
  return `verzoek-${head}`;
}

/** The field's name in the texts, and the value the user typed, for a field path. */
function fieldOf(path: string, values: ReferralValues): { index?: number; list?: 'children' | 'parents' | 'supportPersons'; name: string; value: string | undefined } {
  const parts = path.replace(/^content\./, '').split('.');
  const [head, second, third] = parts;
  if (head === 'safetyPlan') {
    const name = second === 'noAgreementsReason' ? 'safetyNoAgreementsReason' : second === 'stepsIfNotKept' ? 'safetyStepsIfNotKept' : second === 'agreements' ? 'safetyAgreements' : 'safetyHasAgreements';
    return { name, value: values[name as keyof ReferralValues] as string };
  }
  if (head === 'otsClosure') {
    const name = second === 'intendedEndDate' ? 'otsIntendedEndDate' : second === 'supervisionEndsOn' ? 'otsSupervisionEndsOn' : 'otsIntention';
    return { name, value: values[name as keyof ReferralValues] as string };
  }
  if (head === 'children' || head === 'parents' || head === 'supportPersons') {
    const index = second === undefined ? undefined : Number(second);
    const item = index === undefined ? undefined : (values[head][index] as unknown as Record<string, string> | undefined);
    return { index, list: head, name: third ?? head, value: third ? item?.[third] : undefined };
  }
  const value = values[head as keyof ReferralValues];
  return { name: head, value: typeof value === 'string' ? value : undefined };
}

const CHOICES = new Set(['coReferrerOrganisationId', 'entryType', 'hasParentalAuthority', 'hearingMode', 'municipalityId', 'organisationId', 'parentsCoWrote', 'parentsReadReferral', 'relation', 'safetyHasAgreements', 'supports', 'tableId', 'track']);
const DATES = new Set(['otsIntendedEndDate', 'otsSupervisionEndsOn']);

/** The label of a field path, with the child or parent it belongs to ("Kind 1: Geboortedatum"). */
export function labelFor(path: string, values: ReferralValues, t: ReferralTexts): string {
  const field = fieldOf(path, values);
  const own = t.fields[field.name]?.label ?? field.name;
  if (field.list && field.index !== undefined) {
    const item = field.list === 'children' ? t.child : field.list === 'parents' ? t.parent : t.supportPerson;
    return `${format(item, { number: field.index + 1 })}: ${own}`;
  }
  return own;
}

/**
 * The Dutch reason for a field the server refused, worked out from what was typed and the field's
 * rules (the server's own reasons are English and meant for developers).
 */
export function reasonFor(path: string, values: ReferralValues, t: ReferralTexts): string {
  const field = fieldOf(path, values);
  const label = labelFor(path, values, t);
  const bare = path.replace(/^content\./, '');
  if (bare === 'children') return t.errors.atLeastOneChild;
  if (bare === 'parents') return t.errors.atLeastOneParent;
  if (bare === 'safetyPlan' || bare === 'safetyPlan.agreements' || (bare === 'safetyPlan.noAgreementsReason' && !field.value)) return t.errors.safety;
  const empty = field.value === undefined || field.value.trim() === '';
  if (empty) return format(CHOICES.has(field.name) ? t.errors.choose : t.errors.required, { label });
  const max = MAX_LENGTH[field.name];
  if (max && field.value!.length > max) return format(t.errors.tooLong, { label, max });
  if (field.name === 'birthDate') return /^\d{4}-\d{2}-\d{2}$/.test(field.value!) ? format(t.errors.birthDate, { label }) : format(t.errors.date, { label });
  if (DATES.has(field.name)) return format(t.errors.date, { label });
  if (field.name === 'email') return format(t.errors.email, { label });
  if (field.name === 'phone') return format(t.errors.phone, { label });
  if (field.name === 'postalCode') return format(t.errors.postalCode, { label });
  if (CHOICES.has(field.name)) return format(t.errors.choose, { label });
  return format(t.errors.invalid, { label });
}
