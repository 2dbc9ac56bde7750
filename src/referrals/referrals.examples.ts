/** Examples for the OpenAPI document: fictional data only. */
export const FILE_REFERRAL_EXAMPLE = {
  childVoice: 'Sam (13) zegt dat het thuis vaak onrustig is en wil bij een deel van het gesprek zijn.',
  children: [
    { birthDate: '2013-05-04', familyName: 'Voorbeeld', givenName: 'Sam', hearingMode: 'AT_TABLE' },
    { birthDate: '2019-09-21', familyName: 'Voorbeeld', givenName: 'Noa' },
  ],
  entryType: 'REFERRAL',
  familySituation: 'Twee kinderen; moeder en vader wonen gescheiden, de kinderen wonen bij moeder.',
  helpSoFar: 'Gezinscoaching sinds maart; afspraken over de omgang worden niet nagekomen.',
  municipalityId: '6d5c4b3a-2918-4776-8554-43322110ffee',
  parents: [
    { city: 'Enschede', email: 'ouder@example.org', familyName: 'Voorbeeld', givenName: 'Robin', hasParentalAuthority: true, postalCode: '7511 AA', relation: 'MOTHER', street: 'Voorbeeldstraat 1' },
    { familyName: 'Proef', givenName: 'Alex', hasParentalAuthority: true, relation: 'FATHER' },
  ],
  parentsCoWrote: false,
  parentsReadReferral: true,
  parentsView: 'Moeder herkent de zorgen deels; vader vindt dat het goed gaat.',
  safetyPlan: { agreements: 'Vader haalt de kinderen niet zonder afspraak van school.', stepsIfNotKept: 'De verzoeker doet een melding bij Veilig Thuis.' },
  supportPersons: [{ name: 'Kim de Steun', relationToFamily: 'tante', supports: 'PARENTS' }],
  track: 'QUARTER_TO_TWELVE',
  worries: 'Aanhoudende ruzies waar de kinderen bij zijn; Sam verzuimt school.',
};

export const FILED_REFERRAL_EXAMPLE = {
  caseId: '8a4c6e1f-2b3d-4e5f-9a8b-7c6d5e4f3a2b',
  caseNumber: 'JBT-2026-000123',
  processInstanceKey: '2251799813685249',
  regionId: '1f9e2d3c-4b5a-4698-8776-a5b4c3d2e1f0',
  status: 'FILED',
  tableId: '2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b',
};

export const BAD_REQUEST_EXAMPLE = {
  error: 'Bad Request',
  message: ['children.0.birthDate: birthDate must be a date written YYYY-MM-DD', 'safetyPlan.agreements: agreements must not be empty: every safety plan has agreements, or says in noAgreementsReason why none could be made'],
  problems: [
    { field: 'children.0.birthDate', reason: 'birthDate must be a date written YYYY-MM-DD' },
    { field: 'safetyPlan.agreements', reason: 'agreements must not be empty: every safety plan has agreements, or says in noAgreementsReason why none could be made' },
  ],
  statusCode: 400,
};

export const OTS_REFUSED_EXAMPLE = {
  code: 'OTS_REVIEW_NOT_OFFERED',
  details: { regionName: 'Gelderland-Zuid' },
  error: 'Unprocessable Entity',
  message: 'Region Gelderland-Zuid does not review the closure of a supervision order (OTS) at the table; discuss the intention with the Raad directly',
  statusCode: 422,
};

export const FILING_FORBIDDEN_EXAMPLE = {
  code: 'FILING_NOT_PERMITTED',
  error: 'Forbidden',
  message: 'Filing a referral needs a local team, Veilig Thuis or GI role in the region of the municipality (and in organisationId, when given)',
  statusCode: 403,
};

export const INFORMATION_REQUEST_EXAMPLE = {
  answer: null,
  answeredAt: null,
  dueAt: '2026-11-06T12:00:00.000Z',
  id: '4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8',
  question: 'Welke afspraken zijn er met school gemaakt over het ophalen?',
  requestedAt: '2026-11-03T08:30:00.000Z',
};

export const INFORMATION_SUPPLIED_EXAMPLE = {
  ...INFORMATION_REQUEST_EXAMPLE,
  answer: 'Met school is afgesproken dat alleen moeder de kinderen ophaalt.',
  answeredAt: '2026-11-04T10:02:00.000Z',
};

export const WITHDRAWN_EXAMPLE = { caseId: '8a4c6e1f-2b3d-4e5f-9a8b-7c6d5e4f3a2b', status: 'WITHDRAWN', withdrawnAt: '2026-11-05T14:20:00.000Z' };

export const CONFLICT_EXAMPLE = { code: 'CASE_NOT_OPEN', details: { status: 'WITHDRAWN' }, error: 'Conflict', message: 'The case is WITHDRAWN; withdrawing the referral is no longer possible', statusCode: 409 };

export const REFERRAL_OPTIONS_EXAMPLE = {
  coReferrers: [{ id: '7c6d5e4f-3a2b-4c1d-8e9f-a0b1c2d3e4f5', kind: 'SCHOOL', name: 'Demoschool Enschede', regionId: '1f9e2d3c-4b5a-4698-8776-a5b4c3d2e1f0' }],
  organisations: [{ id: '5b0c1d4e-2f7a-4c1b-9a55-0d4e8f1a2b3c', kind: 'LOCAL_TEAM', name: 'Sociaal wijkteam Enschede' }],
  regions: [
    {
      entryTypes: ['REFERRAL', 'CONSULT', 'PROTECTION_REQUEST'],
      id: '1f9e2d3c-4b5a-4698-8776-a5b4c3d2e1f0',
      municipalities: [{ id: '6d5c4b3a-2918-4776-8554-43322110ffee', name: 'Enschede', tableId: '2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b' }],
      name: 'Twente',
      tables: [{ id: '2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b', name: 'Jeugdbeschermingstafel Twente' }],
    },
  ],
};
