// Runs the test files that move the engine clock after all others, and marked files after those.
// The run shares one engine, and its clock is the engine's own: a file that moves it (and resets it
// afterwards) must not overlap the timers and due dates of files that expect the real time. Plain JS:
// Jest loads sequencers without transforming them.
const { readFileSync } = require('node:fs');
const Sequencer = require('@jest/test-sequencer').default;

// A file that checks what all the others left behind (e.g. that no personal data reached the engine)
// says so with this marker and runs after everything, also after the files that move the clock.
const RUNS_LAST = '@jest-sequencer runs-last';

// A file moves the engine clock when it calls the clock itself, or through the shared helpers that do
// it for it (test/integration/processes/support/scenario-suite.ts, test/e2e/support/people-at-work.ts).
const MOVES_THE_CLOCK = /clock\.(advance|pin)\(|scenarioSuite\(|engineClockTo\(/;

/** 0: ordinary files, 1: files that move the engine clock, 2: files marked to run last. */
const rank = (path) => {
  const source = readFileSync(path, 'utf8');
  if (source.includes(RUNS_LAST)) return 2;
  return MOVES_THE_CLOCK.test(source) ? 1 : 0;
};

class ClockLastSequencer extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path));
  }
}

module.exports = ClockLastSequencer;
