// One runner, four kinds of suite. `wx-server-sdk` maps to the local SDK because the real one
// reaches for WeChat's servers on its first call; that mapping is the same seam the local hall uses.
const shared = {
  // TypeScript sources first: a built cloudfunctions/<name>/index.js must not shadow index.ts.
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'jsx', 'json', 'node'],
  transform: { '^.+\\.(m?js|jsx|tsx?)$': 'babel-jest' },
  moduleNameMapper: { '^wx-server-sdk$': '<rootDir>/local/sdk/index.ts' },
  setupFiles: ['<rootDir>/test/setup/env.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/dist-h5/']
}

module.exports = {
  reporters: ['default', '<rootDir>/test/setup/summary-reporter.js'],
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/domain/**/*.test.ts', '<rootDir>/config/**/*.test.ts', '<rootDir>/local/**/*.test.ts', '<rootDir>/cloudfunctions/**/*.test.ts', '<rootDir>/test/{contract,functions,compliance,build}/**/*.test.ts']
    },
    {
      ...shared,
      displayName: 'components',
      testEnvironment: 'jsdom',
      setupFiles: [...shared.setupFiles, '<rootDir>/test/setup/taro-h5.ts'],
      testMatch: ['<rootDir>/test/components/**/*.test.tsx'],
      moduleNameMapper: {
        ...shared.moduleNameMapper,
        '^@tarojs/taro$': '@tarojs/taro-h5',
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '\\.css$': '<rootDir>/test/setup/style-stub.js'
      },
      // Taro's H5 runtime ships ES modules throughout; only known CommonJS packages skip Babel.
      transformIgnorePatterns: ['/node_modules/(react|react-dom|scheduler|@babel|core-js|core-js-pure|jsdom|@testing-library)/']
    },
    {
      ...shared,
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts']
    },
    {
      ...shared,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts']
    }
  ]
}
