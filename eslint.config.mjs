// @ts-check
/**
 * Lint rules for the app, the functions, the local runtime and the tests (npm run lint, part of
 * npm test): typescript-eslint's recommended set and React's rules of hooks, which the type
 * checker cannot see (a hook called conditionally, an effect missing a dependency).
 */
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'cloudfunctions/*/index.js', 'cloudfunctions/*/node_modules/**', '.stryker-tmp/**', '.temp/**', '.swc/**', 'reports/**', 'coverage/**', 'test-results/**', '.hall-data/**', '**/*.cjs', '**/*.mjs', 'config/**/*.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error'
    }
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      '@typescript-eslint/no-explicit-any': 'off'
    }
  },
  {
    files: ['test/**/*.{ts,tsx}', '**/*.test.{ts,tsx}', 'jest.*.js', 'scripts/**'],
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
)
