import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// Build-time constants that Taro's defineConstants provides to the app.
const hall = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'config', 'hall.json'), 'utf8'))
const g = globalThis as Record<string, unknown>
g.HALL_CONFIG = hall
g.HALL_VERSION = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version
g.HALL_API_BASE = '/api'

// Every test file gets its own data folder unless it chooses one.
if (!process.env.HALL_DATA_DIR_FIXED) {
  process.env.HALL_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'hall-test-'))
}
process.env.HALL_LOG = process.env.HALL_LOG ?? 'silent'

// Taro's compile-time globals for app and page configs; tests see the H5 build's routes.
g.defineAppConfig = (config: unknown) => config
g.definePageConfig = (config: unknown) => config
process.env.TARO_ENV = process.env.TARO_ENV ?? 'h5'

// A throwaway data key, as the local hall would generate.
process.env.HALL_DATA_KEY = process.env.HALL_DATA_KEY ?? require('node:crypto').randomBytes(32).toString('hex')
