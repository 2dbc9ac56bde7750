/** Examples for the OpenAPI document: fictional data only. */
const chair = { displayName: 'Voorzitter Twente (demo)', id: '0b7f8e9d-1c2b-4a3f-8e7d-6c5b4a392817' };

export const TASK_SUMMARY_EXAMPLE = {
  actions: ['claim', 'complete'],
  assignee: null,
  candidateRole: 'CHAIR',
  case: { caseNumber: 'JBT-2026-000123', id: '8a4c6e1f-2b3d-4e5f-9a8b-7c6d5e4f3a2b' },
  createdAt: '2026-11-02T09:14:04.002Z',
  dueAt: '2026-11-04T16:00:00.000Z',
  dueStatus: 'DUE_SOON',
  formKey: 'jbt:report-approval',
  id: '4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8',
  name: 'Verslag goedkeuren',
  priority: 50,
  region: { id: '1f9e2d3c-4b5a-4698-8776-a5b4c3d2e1f0', name: 'Twente' },
  state: 'OPEN',
  table: { id: '2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b', name: 'Jeugdbeschermingstafel Twente' },
  taskType: 'UserTask_ApproveReport',
};

export const TASK_PAGE_EXAMPLE = { items: [TASK_SUMMARY_EXAMPLE], nextCursor: null, total: 1, totalCapped: false };

export const TASK_DETAIL_EXAMPLE = {
  ...TASK_SUMMARY_EXAMPLE,
  assignableTo: [chair],
  canceledAt: null,
  completedAt: null,
  completedBy: null,
  form: {
    defaults: {},
    fields: [
      { kind: 'boolean', name: 'reportApproved', required: true },
      { kind: 'textarea', maxLength: 5000, name: 'reportText', required: { equals: false, field: 'reportApproved' }, visibleWhen: { equals: false, field: 'reportApproved' } },
    ],
    key: 'jbt:report-approval',
    options: {},
  },
  history: [{ actor: null, assignee: null, at: '2026-11-02T09:14:04.002Z', kind: 'CREATED' }],
  submission: null,
};

export const COMPLETED_EXAMPLE = { completedAt: '2026-11-03T10:02:11.514Z', completedBy: chair, repeated: false, taskId: TASK_SUMMARY_EXAMPLE.id };

export const ALREADY_COMPLETED_EXAMPLE = {
  code: 'TASK_ALREADY_COMPLETED',
  details: { completedAt: '2026-11-03T10:02:11.514Z', completedBy: { displayName: 'Voorzitter 2 Twente (demo)', id: '7d6c5b4a-3928-4176-a5b4-c3d2e1f0a9b8' } },
  error: 'Conflict',
  message: 'Voorzitter 2 Twente (demo) completed this task meanwhile',
  statusCode: 409,
};

export const TASK_NOT_FOUND_EXAMPLE = { code: 'TASK_NOT_FOUND', error: 'Not Found', message: 'No task with this id, or not one you may see', statusCode: 404 };

export const FORM_PROBLEMS_EXAMPLE = {
  error: 'Bad Request',
  message: ['reportText: reportText should not be empty'],
  problems: [{ field: 'reportText', reason: 'reportText should not be empty' }],
  statusCode: 400,
};
