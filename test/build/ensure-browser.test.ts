/**
 * The README's test command sets up a bare machine: Debian's Chromium and CJK fonts are
 * installed when absent and permitted, or the command stops at once with the exact command to
 * run (issue 8: 15 browser tests used to fail with Playwright's raw "executable doesn't exist").
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..', '..')
const SCRIPT = path.join(ROOT, 'scripts', 'ensure-browser.mjs')

describe('the test command on a machine without Chromium', () => {
  it('should stop at once with the exact apt-get command when it may not install', () => {
    const r = spawnSync(process.execPath, [SCRIPT], { env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', HALL_BROWSER_INSTALL: 'never' }, encoding: 'utf8' })
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/apt-get install -y --no-install-recommends chromium/)
    expect(r.stderr).toContain('npm test')
  })

  it('should decide install, stop or ready from what the machine has', () => {
    // The script is plain ESM run by node before anything is installed; ask node itself.
    const plan = (machine: object) => {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', `import { plan } from ${JSON.stringify(SCRIPT)}; console.log(JSON.stringify(plan(${JSON.stringify(machine)})))`], { encoding: 'utf8' })
      return JSON.parse(r.stdout)
    }
    const base = { chromium: false, fonts: true, root: true, sudo: false, apt: true, allowed: true }
    expect(plan(base)).toMatchObject({ action: 'install', missing: ['chromium'], sudo: false })
    expect(plan({ ...base, root: false, sudo: true })).toMatchObject({ action: 'install', sudo: true })
    expect(plan({ ...base, root: false })).toMatchObject({ action: 'stop', command: expect.stringContaining('sudo apt-get install') })
    expect(plan({ ...base, apt: false })).toMatchObject({ action: 'stop' })
    expect(plan({ ...base, allowed: false })).toMatchObject({ action: 'stop' })
    expect(plan({ ...base, fonts: false })).toMatchObject({ action: 'install', missing: ['chromium', 'fonts-noto-cjk'] })
    expect(plan({ ...base, chromium: true })).toMatchObject({ action: 'ready', missing: [] })
  })

  it('should be the first step of npm test, and .ci/run should run exactly the README command', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
    expect(pkg.scripts.test.startsWith('node scripts/ensure-browser.mjs && ')).toBe(true)
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    expect(readme).toContain('npm install && npm test')
    expect(fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8')).toContain("bash -c 'npm install && npm test'")
  })
})
