// A Jest reporter that ends the output with the plain line "N passed, N failed" (CI reads it) and
// writes the counts to test-output/jest-summary-<projects>.json. Plain JS: Jest loads reporters
// without transforming them.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.globalConfig = globalConfig;
  }

  onRunComplete(_contexts, results) {
    const projects = selectedProjects().join('-') || 'all';
    const summary = {
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      passed: results.numPassedTests,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    const dir = join(__dirname, '..', '..', 'test-output');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `jest-summary-${projects}.json`), JSON.stringify(summary));
    process.stdout.write(`\n${summary.passed} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''}\n`);
  }
}

/** The names after --selectProjects on the command line (Jest keeps them out of globalConfig). */
function selectedProjects() {
  const args = process.argv;
  const start = args.indexOf('--selectProjects');
  if (start < 0) return [];
  const names = [];
  for (const arg of args.slice(start + 1)) {
    if (arg.startsWith('-') || arg.includes('/') || arg.includes('.')) break;
    names.push(arg);
  }
  return names;
}

module.exports = SummaryReporter;
