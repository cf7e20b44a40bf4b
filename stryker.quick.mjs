// @ts-check
/**
 * `npm run mutate` with the quicker jest set of jest.stryker.quick.js, for iterating on one
 * module: `npx stryker run stryker.quick.mjs --mutate src/domain/mask.ts`. Its score is a lower
 * bound of the full run's; the full `npm run mutate` decides.
 */
import base from './stryker.config.mjs'

export default {
  ...base,
  jest: { ...base.jest, configFile: 'jest.stryker.quick.js' },
  incrementalFile: 'reports/stryker-incremental-quick.json'
}
