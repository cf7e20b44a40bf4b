/**
 * A production build must not ship without the sponsor and filing numbers. This runs Taro's
 * real CLI with a config whose values are missing or placeholders; it stops before compiling.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import hall from '../../config/hall.json'

jest.setTimeout(120_000)
const ROOT = path.resolve(__dirname, '..', '..')

function buildWeapp(config: object, env: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hall-build-'))
  const file = path.join(dir, 'hall.json')
  fs.writeFileSync(file, JSON.stringify(config))
  const result = spawnSync(process.execPath, [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'weapp'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', HALL_CONFIG: file, TARO_OUTPUT_ROOT: path.join(dir, 'out'), ...env },
    encoding: 'utf8'
  })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, built: fs.existsSync(path.join(dir, 'out', 'app.json')) }
}

describe('production weapp build', () => {
  it('should refuse placeholders with a message naming each field', () => {
    const { status, output, built } = buildWeapp({ ...hall, sponsor: '待填写', icpFilingNo: 'XXX' })
    expect(status).not.toBe(0)
    expect(built).toBe(false)
    expect(output).toContain('主办单位与备案信息不完整，拒绝构建')
    expect(output).toContain('sponsor')
    expect(output).toContain('icpFilingNo')
  })

  it('should refuse a missing filing number', () => {
    const { govAppFilingNo: _dropped, ...rest } = hall
    const { status, output } = buildWeapp(rest)
    expect(status).not.toBe(0)
    expect(output).toContain('govAppFilingNo：缺失')
  })

  it('should refuse the demo hall for a release', () => {
    const { status, output } = buildWeapp(hall, { HALL_RELEASE: '1' })
    expect(status).not.toBe(0)
    expect(output).toContain('正式发布不能使用演示配置')
  })
})
