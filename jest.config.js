// One runner, four kinds of suite. `wx-server-sdk` maps to the local SDK because the real one
// reaches for WeChat's servers on its first call; that mapping is the same seam the local hall uses.
const shared = {
  transform: { '^.+\\.[jt]sx?$': 'babel-jest' },
  moduleNameMapper: { '^wx-server-sdk$': '<rootDir>/local/sdk/index.ts' },
  setupFiles: ['<rootDir>/test/setup/env.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/dist-h5/']
}

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/domain/**/*.test.ts', '<rootDir>/config/**/*.test.ts', '<rootDir>/local/**/*.test.ts', '<rootDir>/test/{contract,functions,compliance}/**/*.test.ts']
    },
    {
      ...shared,
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/components/**/*.test.tsx'],
      moduleNameMapper: {
        ...shared.moduleNameMapper,
        '^@tarojs/taro$': '@tarojs/taro-h5',
        '^@tarojs/components$': '@tarojs/components-react',
        '\\.css$': '<rootDir>/test/setup/style-stub.js'
      },
      transformIgnorePatterns: ['/node_modules/(?!(@tarojs|@stencil|swiper|ssr-window|dom7)/)']
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
