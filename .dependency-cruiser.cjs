/**
 * The layering docs/architecture.md states, enforced (npm run lint:deps, part of npm test):
 * the domain is pure, pages reach the cloud only through src/services, functions never reach
 * pages, nothing imports back in a circle.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes load order matter and hides which module owns what.',
      from: {},
      to: { circular: true }
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain holds the rules both sides share: only zod, dayjs and xss, and itself.',
      from: { path: '^src/domain/', pathNot: '\\.test\\.tsx?$' },
      to: { pathNot: ['^src/domain/', '^node_modules/(zod|dayjs|xss)/', '^config/hall\\.json$'], dependencyTypesNot: ['type-only'] }
    },
    {
      name: 'app-never-imports-server',
      severity: 'error',
      comment: 'Pages run on phones: functions, the local runtime and the server SDK stay on the server.',
      from: { path: '^src/' },
      to: { path: ['^cloudfunctions/', '^local/', '^node_modules/wx-server-sdk/'] }
    },
    {
      name: 'functions-never-import-pages',
      severity: 'error',
      comment: 'Functions share the domain with pages, nothing else of src.',
      from: { path: '^cloudfunctions/' },
      to: { path: '^src/', pathNot: '^src/domain/' }
    },
    {
      name: 'functions-never-import-local-runtime',
      severity: 'error',
      comment: 'The same function code runs on CloudBase: the local runtime is reached only through the SDK seam.',
      from: { path: '^cloudfunctions/' },
      to: { path: '^local/' }
    },
    {
      name: 'no-imports-of-tests',
      severity: 'error',
      from: { pathNot: '(^test/|\\.test\\.tsx?$|^scripts/)' },
      to: { path: '(^test/|\\.test\\.tsx?$)' }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)index\\.js$', '^dist', '^\\.stryker-tmp', '^reports/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    moduleSystems: ['es6', 'cjs']
  }
}
