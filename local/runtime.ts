/**
 * The seam, local side: makes `require('wx-server-sdk')` inside the built function bundles
 * resolve to local/sdk, then loads those bundles exactly as CloudBase would.
 */
import fs from 'node:fs'
import path from 'node:path'
import Module from 'node:module'
import type { FunctionLoader, FunctionMain } from './gateway'

const SDK = require.resolve('./sdk')
const FUNCTIONS_ROOT = path.resolve(__dirname, '..', 'cloudfunctions')

let installed = false
export function installSdkSeam(): void {
  if (installed) return
  installed = true
  const mod = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string }
  const original = mod._resolveFilename
  mod._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'wx-server-sdk' ? SDK : original.call(this, request, ...rest)
  }
}

/** Loads cloudfunctions/<name>/index.js, the artefact that is deployed. */
export const loadBuiltFunction: FunctionLoader = (name) => {
  const file = path.join(FUNCTIONS_ROOT, name, 'index.js')
  if (name.startsWith('_') || !fs.existsSync(file)) return null
  installSdkSeam()
  // A built bundle is CommonJS and chosen at run time: only require can load it synchronously.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(file) as { main: FunctionMain }).main
}
