/** Examples for the OpenAPI document of the models API. */
export const NOT_PROCESS_OWNER_EXAMPLE = {
  code: 'NOT_PROCESS_OWNER',
  error: 'Forbidden',
  message: 'Only process owners and administrators may work on the models',
  statusCode: 403,
};

const PROBLEM = {
  category: 'error',
  elementId: 'send-reminder',
  message: 'Task type "jbt-send-remindr" has no worker in this service',
  rule: 'jbt/known-task-types',
};

export const VALIDATION_REPORT_EXAMPLE = { errorCount: 1, problems: [PROBLEM], processName: 'Verslag', readable: true, warningCount: 0 };

export const MODEL_REJECTED_EXAMPLE = {
  code: 'MODEL_INVALID',
  error: 'Bad Request',
  message: 'Version 4 was refused: send-reminder: jbt/known-task-types: Task type "jbt-send-remindr" has no worker in this service',
  problems: [PROBLEM],
  statusCode: 400,
};

export const APPROVAL_SCOPE_EXAMPLE = {
  code: 'APPROVAL_SCOPE_REQUIRED',
  details: { proposerRegions: ['Twente'] },
  error: 'Forbidden',
  message: "Every region uses this model: it needs approval by a process owner with national scope or of another region than the proposer's (Twente)",
  statusCode: 403,
};
