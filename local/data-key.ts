import fs from 'node:fs'
import path from 'node:path'
import { newDataKey } from '../cloudfunctions/_shared/crypto'

/**
 * The local hall's stand-in for the HALL_DATA_KEY environment variable of the CloudBase
 * functions: generated once and kept in the data folder (so resetting the data also drops the
 * key). Returns where the key came from, for the start-up message.
 */
export function ensureLocalDataKey(dir: string): 'environment' | 'data folder' | 'generated' {
  if (process.env.HALL_DATA_KEY) return 'environment'
  const file = path.join(dir, '_data.key')
  const existed = fs.existsSync(file)
  if (!existed) fs.writeFileSync(file, newDataKey(), { mode: 0o600 })
  process.env.HALL_DATA_KEY = fs.readFileSync(file, 'utf8').trim()
  return existed ? 'data folder' : 'generated'
}
