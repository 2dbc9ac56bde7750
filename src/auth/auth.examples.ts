/** Examples for the OpenAPI document: fictional data only. */
export const USER_EXAMPLE = {
  displayName: 'Voorzitter Twente (demo)',
  id: '0b7f8e9d-1c2b-4a3f-8e7d-6c5b4a392817',
  memberships: [{ organisationId: '5b0c1d4e-2f7a-4c1b-9a55-0d4e8f1a2b3c', organisationName: 'Gemeenten Twente', regionId: '1f9e2d3c-4b5a-4698-8776-a5b4c3d2e1f0', regionName: 'Twente', role: 'CHAIR' }],
  username: 'voorzitter.twente',
};

/** The answer of every API route without a valid session. */
export const UNAUTHORIZED_EXAMPLE = { code: 'NOT_AUTHENTICATED', error: 'Unauthorized', message: 'Sign in first: send the session cookie or an Authorization: Bearer token', statusCode: 401 };

/** The answer of a sign-in refused by the throttle (with the header Retry-After: 4). */
export const THROTTLED_EXAMPLE = { code: 'SIGN_IN_THROTTLED', details: { retryAfterSeconds: 4 }, error: 'Too Many Requests', message: 'Too many failed sign-ins for this account: wait before trying again', statusCode: 429 };
