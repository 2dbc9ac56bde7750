// Runs the test files that move the engine clock after all others. Zeebe 8.6 marks its partition
// unhealthy ("actor appears blocked") for good once its controlled clock jumps forward, although it
// keeps processing; health checks of the shared broker must therefore come first. Plain JS: Jest
// loads sequencers without transforming them.
const { readFileSync } = require('node:fs');
const Sequencer = require('@jest/test-sequencer').default;

const movesClock = (path) => /\.(advanceClock|pinClock)\(/.test(readFileSync(path, 'utf8'));

class ClockLastSequencer extends Sequencer {
  sort(tests) {
    return [...tests].sort((a, b) => Number(movesClock(a.path)) - Number(movesClock(b.path)) || a.path.localeCompare(b.path));
  }
}

module.exports = ClockLastSequencer;
