/** Examples for the OpenAPI document: fictional data only. */
export const FORBIDDEN_EXAMPLE = { code: 'MONITORING_FORBIDDEN', error: 'Forbidden', message: 'Your roles do not open monitoring for instances', statusCode: 403 };

export const SHARE_EXAMPLE = { part: 41, share: 82, whole: 50 };

export const DASHBOARD_EXAMPLE = {
  figures: {
    childrenHeard: { part: 30, share: 75, whole: 40 },
    evaluationsOnTime: { part: '<5', share: null, whole: '<5' },
    feedbackScores: { byRespondent: [{ average: 7.4, respondent: 'PARENT', responses: 12 }], marks: [{ mark: 1, responses: '<5' }] },
    normMet: [{ month: '2026-10', part: 41, regionId: '1f9e2d3c-4b5a-4698-8776-a5b4c3d2e1f0', share: 82, tableId: null, whole: 50 }],
    openEscalations: { bins: [{ cases: '<5', fromDays: 0, toDays: 7 }], medianAgeDays: null, total: '<5' },
    outcomeMix: { decisions: 50, outcomes: [{ decisions: 30, outcome: 'VOLUNTARY_LOCAL_TEAM', share: 60 }], raadAvoided: { part: 38, share: 76, whole: 50 } },
    parentsPresent: SHARE_EXAMPLE,
    reactionsReceived: { part: 12, reactions: 15, share: 24, whole: 50 },
    reportsOnTime: { part: 45, share: 90, whole: 50 },
    waitingTimes: { bins: [{ cases: 20, fromDays: 0, toDays: 7 }], cases: 50, medianDays: 9 },
  },
  generatedAt: '2026-11-23T09:00:00.000Z',
  period: { from: '2025-12-01', to: '2026-11-23' },
  regions: [{ id: '1f9e2d3c-4b5a-4698-8776-a5b4c3d2e1f0', name: 'Twente' }],
  tables: [{ id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', name: 'JBT Almelo', regionId: '1f9e2d3c-4b5a-4698-8776-a5b4c3d2e1f0' }],
};
