// The jest configuration StrykerJS runs (npm run mutate): the unit project only (node
// environment, `wx-server-sdk` mapped to local/sdk as in jest.config.js), restricted to the
// suites that exercise the guard modules. Builds, docs and browser suites are left out: they
// do not test the guards and a mutant run would rebuild for nothing.
const base = require('./jest.config.js')
const unit = base.projects.find((p) => p.displayName === 'unit')

module.exports = {
  ...unit,
  rootDir: __dirname,
  testMatch: [
    '<rootDir>/src/domain/**/*.test.ts',
    '<rootDir>/cloudfunctions/**/*.test.ts',
    '<rootDir>/test/{functions,compliance}/**/*.test.ts'
  ],
  // The sandbox is a copy of the project; its node_modules is a link back to this one.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/', '<rootDir>/dist/', '<rootDir>/dist-h5/']
}
