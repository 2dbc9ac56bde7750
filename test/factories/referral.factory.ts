import { FileReferralDto } from '../../src/referrals/dto/file-referral.dto';

/** Names and texts that the no-personal-data-in-the-engine test can search for. */
export const FICTIONAL = {
  childGivenName: 'Fictiefkind',
  familyName: 'Verzonnenhuis',
  parentGivenName: 'Fictiefouder',
  street: 'Nergenslaan 99',
  worries: 'Zorgen die alleen in de testdata bestaan',
};

/** A complete, valid referral for a municipality; override what a test is about. */
export function aReferral(municipalityId: string, overrides: Partial<Record<keyof FileReferralDto, unknown>> = {}): Record<string, unknown> {
  return {
    childVoice: 'Het kind zegt dat het thuis vaak onrustig is.',
    children: [
      { birthDate: yearsAgo(13), familyName: FICTIONAL.familyName, givenName: FICTIONAL.childGivenName, hearingMode: 'AT_TABLE' },
      { birthDate: yearsAgo(6), familyName: FICTIONAL.familyName, givenName: 'Kleintje' },
    ],
    entryType: 'REFERRAL',
    familySituation: 'Twee kinderen; ouders wonen gescheiden.',
    helpSoFar: 'Gezinscoaching sinds maart.',
    municipalityId,
    parents: [
      { city: 'Nergensdorp', familyName: FICTIONAL.familyName, givenName: FICTIONAL.parentGivenName, hasParentalAuthority: true, postalCode: '1234 AB', relation: 'MOTHER', street: FICTIONAL.street },
    ],
    parentsCoWrote: false,
    parentsReadReferral: true,
    parentsView: 'Moeder herkent de zorgen deels.',
    safetyPlan: { agreements: 'Vader haalt de kinderen niet zonder afspraak op.', stepsIfNotKept: 'Melding bij Veilig Thuis.' },
    track: 'QUARTER_TO_TWELVE',
    worries: FICTIONAL.worries,
    ...overrides,
  };
}

/** A birth date `years` years and a month ago, as YYYY-MM-DD. */
export function yearsAgo(years: number): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCMonth(date.getUTCMonth() - 1);
  return date.toISOString().slice(0, 10);
}
