/**
 * Test-only hook of the exactly-once proof (test/integration/exactly-once-processes.test.ts): a worker
 * process started with JBT_TEST_CRASH_AFTER_EFFECT="<task type>@<case id>[,...]" kills itself with
 * SIGKILL right after that effect has committed and before the job is completed, as a power cut
 * would. Inert when the variable is not set, which is always the case outside that test.
 */
export function crashAfterEffectIfAsked(taskType: string, caseId: string | null): void {
  const wanted = process.env.JBT_TEST_CRASH_AFTER_EFFECT;
  if (!wanted || !wanted.split(',').includes(`${taskType}@${caseId}`)) return;
  process.kill(process.pid, 'SIGKILL');
}
