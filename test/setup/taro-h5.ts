// Constants Taro's webpack build defines for its H5 runtime; jest has no build step.
const g = globalThis as Record<string, unknown>
for (const flag of ['ENABLE_INNER_HTML', 'ENABLE_ADJACENT_HTML', 'ENABLE_SIZE_APIS', 'ENABLE_TEMPLATE_CONTENT', 'ENABLE_CLONE_NODE', 'ENABLE_CONTAINS', 'ENABLE_MUTATION_OBSERVER']) g[flag] = true
g.SUPPORT_TARO_POLYFILL = 'disabled'
g.DEPRECATED_ADAPTER_COMPONENT = false
