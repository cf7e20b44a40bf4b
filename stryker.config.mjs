// @ts-check
/**
 * Mutation testing of the guard modules (issue 16): StrykerJS changes one rule at a time in a
 * copy of the code and runs the unit tests that cover it; a mutant no test notices is a rule
 * nothing guards. `npm run mutate` (slow: run it before merging a change to a guard module).
 * One file while iterating: `npm run mutate -- --mutate src/domain/mask.ts`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.stryker.config.js', enableFindRelatedTests: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // Only TypeScript sources carry type checks to switch off (src/index.html is a template).
  disableTypeChecks: '{src,cloudfunctions,local,config,test}/**/*.{ts,tsx}',
  // The guard modules: identity and roles, the router, appointments, consent, masking, sealing,
  // the sanitizer, audit, citizens' data rights and the write rate limit.
  mutate: [
    'cloudfunctions/_shared/router.ts',
    'src/domain/roles.ts',
    'cloudfunctions/_shared/appointments.ts',
    'cloudfunctions/appointment/actions.ts',
    'src/domain/consent.ts',
    'cloudfunctions/_shared/consent.ts',
    'src/domain/mask.ts',
    'cloudfunctions/_shared/crypto.ts',
    'cloudfunctions/_shared/personal.ts',
    'src/domain/notices/sanitize.ts',
    'cloudfunctions/_shared/audit.ts',
    'src/domain/audit.ts',
    'cloudfunctions/_shared/my-data.ts',
    'cloudfunctions/_shared/rate-limit.ts',
    'src/domain/rate-limit.ts'
  ],
  // Built bundles and data folders are not sources; copying them into the sandbox is waste.
  ignorePatterns: ['dist', 'dist-h5', 'dist-*', '.hall-data', 'coverage', 'test-results', '.swc', '.temp', 'reports', 'cloudfunctions/*/index.js', 'cloudfunctions/*/index.js.map', 'cloudfunctions/*/node_modules'],
  // Log calls only describe what happened; changing their text or fields cannot break a guard.
  plugins: ['@stryker-mutator/*', './scripts/stryker-ignore-log.mjs'],
  ignorers: ['log-calls'],
  thresholds: { high: 90, low: 80, break: 80 },
  concurrency: 2,
  timeoutMS: 20000,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true
}
