// A quicker jest set for `npx stryker run stryker.quick.mjs --mutate <file>` while iterating on
// one guard module: the domain tables, the functions' unit tests and the focused function suites
// (test/functions/mutants-*, guards, my-data, rate-limit), without the longer function suites
// (appointments, timers, closures, audit-writes). More mutants may survive here than in the full
// `npm run mutate`, never fewer: a score from this set is a lower bound.
const full = require('./jest.stryker.config.js')

module.exports = {
  ...full,
  testMatch: [
    '<rootDir>/src/domain/**/*.test.ts',
    '<rootDir>/cloudfunctions/**/*.test.ts',
    '<rootDir>/test/functions/{mutants-*,my-data,rate-limit,guards}.test.ts'
  ]
}
