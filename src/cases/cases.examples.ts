/** Examples for the OpenAPI document: fictional data only. */
const person = { displayName: 'Lokaal team Twente (demo)', id: '3c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5' };

export const CASE_SUMMARY_EXAMPLE = {
  caseNumber: 'JBT-2026-000123',
  childrenCount: 2,
  createdAt: '2026-11-02T09:14:03.120Z',
  entryType: 'REFERRAL',
  id: '8a4c6e1f-2b3d-4e5f-9a8b-7c6d5e4f3a2b',
  municipality: { id: '6d5c4b3a-2918-4776-8554-43322110ffee', name: 'Enschede' },
  referredAt: '2026-11-02T09:14:03.120Z',
  region: { id: '1f9e2d3c-4b5a-4698-8776-a5b4c3d2e1f0', name: 'Twente' },
  status: 'FILED',
  table: { id: '2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b', name: 'Jeugdbeschermingstafel Twente' },
  track: 'QUARTER_TO_TWELVE',
};

/** What happens next in a case (GET /api/cases/{caseId}/next-step; the list shows the first step). */
export const NEXT_STEP_EXAMPLE = {
  settled: true,
  steps: [
    { assignee: null, dueAt: '2026-11-16T22:59:59.000Z', elementId: 'UserTask_PlanMeeting', kind: 'TASK', name: 'Tafelgesprek inplannen', role: 'SECRETARY', taskId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b' },
  ],
};

export const CASE_LIST_EXAMPLE = {
  items: [{ ...CASE_SUMMARY_EXAMPLE, meetingAt: null, nextStep: NEXT_STEP_EXAMPLE.steps[0], norm: { dueAt: '2026-11-16T22:59:59.000Z', metAt: null } }],
  limit: 50,
  offset: 0,
  total: 1,
};

export const CASE_DETAIL_EXAMPLE = {
  ...CASE_SUMMARY_EXAMPLE,
  children: [{ age: 13, birthDate: '2013-05-04', familyName: 'Voorbeeld', givenName: 'Sam', hearingMode: 'AT_TABLE', hearingNote: null, id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', oldEnoughToBeHeard: true }],
  chronology: [
    { actor: person, at: '2026-11-02T09:14:03.120Z', detail: { caseNumber: 'JBT-2026-000123', entryType: 'REFERRAL', track: 'QUARTER_TO_TWELVE' }, kind: 'REFERRAL_FILED', ref: { id: 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9', type: 'referral' } },
    { actor: null, at: '2026-11-02T09:14:03.480Z', detail: { processInstanceKey: '2251799813685249' }, kind: 'PROCESS_STARTED', ref: { id: '8a4c6e1f-2b3d-4e5f-9a8b-7c6d5e4f3a2b', type: 'case' } },
  ],
  decisions: [],
  informationRequests: [],
  meetings: [],
  parents: [{ city: 'Enschede', email: 'ouder@example.org', familyName: 'Voorbeeld', givenName: 'Robin', hasParentalAuthority: true, id: 'd2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a', phone: null, postalCode: '7511 AA', relation: 'MOTHER', street: 'Voorbeeldstraat 1' }],
  participants: [{ addedAt: '2026-11-02T09:14:03.120Z', id: 'e3f4a5b6-c7d8-4e9f-8a1b-2c3d4e5f6a7b', organisation: { id: '5b0c1d4e-2f7a-4c1b-9a55-0d4e8f1a2b3c', kind: 'LOCAL_TEAM', name: 'Wijkteam Enschede' }, role: 'REFERRER', user: person }],
  processInstanceKey: '2251799813685249',
  referral: {
    childVoice: 'Sam zegt dat het thuis vaak onrustig is.',
    familySituation: 'Twee kinderen, moeder en vader wonen gescheiden.',
    filedAt: '2026-11-02T09:14:03.120Z',
    helpSoFar: 'Gezinscoaching sinds maart.',
    id: 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9',
    parentsCoWrote: false,
    parentsReadReferral: true,
    parentsView: 'Moeder herkent de zorgen deels.',
    referrer: person,
    safetyPlan: { agreements: 'Vader haalt de kinderen niet zonder afspraak op.', noAgreementsReason: null, stepsIfNotKept: 'Melding bij Veilig Thuis.' },
    worries: 'Aanhoudende ruzies waar de kinderen bij zijn.',
  },
  reports: [],
};

/** The answer for a case that does not exist and for one the user may not see alike. */
export const CASE_NOT_FOUND_EXAMPLE = { code: 'CASE_NOT_FOUND', error: 'Not Found', message: 'No case with this id, or not one you may see', statusCode: 404 };
