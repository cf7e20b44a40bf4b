// StrykerJS ignore plugin (npm run mutate): calls of the project's `log(level, event, fields)`
// only describe what happened. Changing their text or fields cannot let a refused request
// through, so their mutants say nothing about the guards and are left out.
// The same holds for what an action table says for docs/api.md only: `summary`, `returns` and
// `errors` of an `action({...})` are read by scripts/render-docs.ts and by nothing at run time
// (the docs suite checks them against docs/api.md). `roles`, `write` and `input` do guard and
// stay mutated.
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin'

const DOCS_ONLY = new Set(['summary', 'returns', 'errors'])

function isDocsOnlyProperty(path) {
  if (!path.isObjectProperty() || path.node.computed) return false
  const key = path.node.key
  const name = key.type === 'Identifier' ? key.name : key.type === 'StringLiteral' ? key.value : null
  if (!name || !DOCS_ONLY.has(name)) return false
  const object = path.parentPath
  const call = object?.parentPath
  return Boolean(object?.isObjectExpression() && call?.isCallExpression() && call.node.arguments[0] === object.node && call.get('callee').isIdentifier({ name: 'action' }))
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'log-calls', {
    shouldIgnore(path) {
      if (path.isCallExpression() && path.get('callee').isIdentifier({ name: 'log' })) return 'log line: describes, does not guard'
      if (isDocsOnlyProperty(path)) return 'docs/api.md text of an action: read only by the docs renderer'
      return undefined
    }
  })
]
