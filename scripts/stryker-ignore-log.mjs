// StrykerJS ignore plugin (npm run mutate): calls of the project's `log(level, event, fields)`
// only describe what happened. Changing their text or fields cannot let a refused request
// through, so their mutants say nothing about the guards and are left out.
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin'

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'log-calls', {
    shouldIgnore(path) {
      if (path.isCallExpression() && path.get('callee').isIdentifier({ name: 'log' })) return 'log line: describes, does not guard'
      return undefined
    }
  })
]
