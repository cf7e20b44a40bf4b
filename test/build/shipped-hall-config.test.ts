/**
 * The shipped config/hall.json itself: it passes the hall config check the build runs, and a
 * production weapp build made from it (no HALL_CONFIG override) carries its sponsor and filing
 * numbers into the bundle every page's footer reads. The other build tests use throwaway files;
 * this one keeps the file the repository ships honest.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { checkHallConfig, type HallConfig } from '../../config/hall-check'
import { hallConfigPath, loadHallConfig } from '../../config/load-hall'

jest.setTimeout(300_000)
const ROOT = path.resolve(__dirname, '..', '..')
const SHIPPED = path.join(ROOT, 'config', 'hall.json')
const shipped = JSON.parse(fs.readFileSync(SHIPPED, 'utf8')) as HallConfig & { $comment?: string }

/** Every .js file under a folder, with \uXXXX escapes decoded (the minifier escapes Chinese). */
function bundleText(dir: string): string {
  const out: string[] = []
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name)
      if (e.isDirectory()) walk(full)
      else if (e.name.endsWith('.js')) out.push(fs.readFileSync(full, 'utf8'))
    }
  }
  walk(dir)
  return out.join('\n').replace(/\\u([0-9a-fA-F]{4})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

describe('the shipped config/hall.json', () => {
  const saved = process.env.HALL_CONFIG
  beforeAll(() => delete process.env.HALL_CONFIG)
  afterAll(() => {
    if (saved !== undefined) process.env.HALL_CONFIG = saved
  })

  it('should be the file builds load when HALL_CONFIG is not set', () => {
    expect(hallConfigPath()).toBe(SHIPPED)
  })

  it('should pass the hall config check as the production build runs it', () => {
    const { $comment: _comment, ...config } = shipped
    expect(checkHallConfig(config)).toEqual([])
    expect(loadHallConfig({ strict: true })).toEqual(config)
    // It is the demo city: a release build must refuse it until a deployment fills in its own.
    expect(checkHallConfig(config, { release: true })).toEqual([{ field: 'demo', problem: expect.stringContaining('演示配置') }])
  })

  it('should build for production into a bundle that carries its sponsor and filing numbers', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hall-shipped-')), 'out')
    const { HALL_CONFIG: _none, HALL_RELEASE: _release, ...env } = process.env
    const result = spawnSync(process.execPath, [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'weapp'], {
      cwd: ROOT,
      env: { ...env, NODE_ENV: 'production', TARO_OUTPUT_ROOT: out },
      encoding: 'utf8'
    })
    expect({ status: result.status, output: result.status === 0 ? '' : `${result.stdout}\n${result.stderr}`.slice(-2000) }).toEqual({ status: 0, output: '' })
    expect(fs.existsSync(path.join(out, 'app.json'))).toBe(true)
    const bundle = bundleText(out)
    // The build-time constant the footer and the About page read, with the shipped values.
    for (const field of ['sponsor', 'operator', 'govAppFilingNo', 'icpFilingNo'] as const) {
      expect(bundle).toContain(`${field}:${JSON.stringify(shipped[field])}`)
    }
  })
})
