/** Examples for the OpenAPI document: fictional data only. */
export const DRAFT_EXAMPLE = {
  content: { entryType: 'REFERRAL', municipalityId: '6d5c4b3a-2918-4776-8554-43322110ffee', track: 'QUARTER_TO_TWELVE', worries: 'Aanhoudende ruzies waar de kinderen bij zijn.' },
  createdAt: '2026-11-02T09:01:00.000Z',
  id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  updatedAt: '2026-11-02T09:12:40.000Z',
};

export const DRAFT_LIST_EXAMPLE = {
  items: [{ childrenNames: ['Sam', 'Noa'], createdAt: '2026-11-02T09:01:00.000Z', entryType: 'REFERRAL', id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', updatedAt: '2026-11-02T09:12:40.000Z' }],
};

export const DRAFT_BAD_REQUEST_EXAMPLE = {
  error: 'Bad Request',
  message: ['content.children.0.birthDate: birthDate must be a date written YYYY-MM-DD'],
  problems: [{ field: 'content.children.0.birthDate', reason: 'birthDate must be a date written YYYY-MM-DD' }],
  statusCode: 400,
};

export const DRAFT_NOT_FOUND_EXAMPLE = { code: 'REFERRAL_DRAFT_NOT_FOUND', error: 'Not Found', message: 'No draft with this id among your drafts', statusCode: 404 };

export const DRAFT_NOT_PERMITTED_EXAMPLE = {
  code: 'REFERRAL_DRAFT_NOT_PERMITTED',
  error: 'Forbidden',
  message: 'Drafts of a referral are kept for local team, Veilig Thuis and GI professionals only',
  statusCode: 403,
};
