import fs from 'node:fs'
import path from 'node:path'

export const FUNCTIONS_ROOT = path.resolve(__dirname, '..', 'cloudfunctions')

/** Deployable functions: every folder under cloudfunctions/ except shared code (_shared). */
export function functionNames(): string[] {
  return fs
    .readdirSync(FUNCTIONS_ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_') && fs.existsSync(path.join(FUNCTIONS_ROOT, d.name, 'index.ts')))
    .map((d) => d.name)
    .sort()
}
