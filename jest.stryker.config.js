// The jest configuration StrykerJS runs (npm run mutate): the unit project only (node
// environment, `wx-server-sdk` mapped to local/sdk as in jest.config.js), restricted to the
// suites that test the guard modules. Each mutant runs the tests that cover it, and jest loads
// every matched file for that, so the list is kept to what guards: the pure domain tables, the
// focused function suites and the mutant-killing tests (test/functions/mutants-*.test.ts).
// Left out: the bad-request and authorization matrices (every mutant of the router would run
// their 969 cases, 30 s a run; and the authorization suite scans sources, which the sandbox
// holds instrumented), builds, docs, compliance scans and browser suites, which a mutant cannot change.
const base = require('./jest.config.js')
const unit = base.projects.find((p) => p.displayName === 'unit')

const FUNCTION_SUITES = [
  'appointments', 'audit-writes', 'closures', 'counter', 'functions', 'guards',
  'hardening', 'local-edge', 'my-data', 'rate-limit', 'retention', 'timers', 'mutants-*'
]

module.exports = {
  ...unit,
  rootDir: __dirname,
  testMatch: [
    '<rootDir>/src/domain/**/*.test.ts',
    '<rootDir>/cloudfunctions/**/*.test.ts',
    `<rootDir>/test/functions/{${FUNCTION_SUITES.join(',')}}.test.ts`
  ],
  // The sandbox is a copy of the project; its node_modules is a link back to this one.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/', '<rootDir>/dist/', '<rootDir>/dist-h5/']
}
