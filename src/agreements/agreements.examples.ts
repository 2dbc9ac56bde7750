/** Examples for the OpenAPI document of the agreements API (no real people). */
export const AGREEMENT_EXAMPLE = {
  decidedAt: '2027-01-12T10:30:00.000Z',
  decisionId: '5d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a',
  description: 'Vader gaat vier weken elke dinsdag naar de verslavingszorg.',
  dueOn: '2027-02-09',
  flaggedForEvaluationAt: null,
  id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  ifNotKept: 'De tafel bespreekt het gezin opnieuw, binnen twee weken.',
  markDueAt: '2027-02-12T23:59:59+01:00',
  marks: [],
  mayMark: true,
  norm: 'Afspraak beoordelen binnen 3 werkdagen na de afgesproken datum',
  overdue: false,
  performerKind: 'PARENT',
  responsible: 'vader Fictief Verzonnen',
  sequence: 1,
  state: 'OPEN',
  watcher: { id: '0b7f8e9d-1c2b-4a3f-8e7d-6c5b4a392817', name: 'Lokaal team Twente (demo)' },
};

export const AGREEMENT_NOT_FOUND_EXAMPLE = { code: 'AGREEMENT_NOT_FOUND', message: 'No agreement with this id, or not one you may see', statusCode: 404 };
export const AGREEMENT_SETTLED_EXAMPLE = { code: 'AGREEMENT_SETTLED', details: { state: 'KEPT' }, message: 'This agreement is settled (KEPT); a settled agreement is not marked again', statusCode: 409 };
