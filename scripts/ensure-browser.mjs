#!/usr/bin/env node
/**
 * The first step of `npm test`: the browser suites need Debian's Chromium and CJK fonts. On a
 * bare machine this installs them when it may (root, or sudo without a password, and apt-get
 * present); otherwise it stops at once with the exact command to run, instead of letting 15
 * browser tests fail with Playwright's "executable doesn't exist".
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'

export const PACKAGES = { chromium: 'chromium', fonts: 'fonts-noto-cjk' }

/** What to do, from what the machine has: pure, so the decision is table-tested. */
export function plan({ chromium, fonts, root, sudo, apt, allowed }) {
  const missing = [...(chromium ? [] : [PACKAGES.chromium]), ...(fonts ? [] : [PACKAGES.fonts])]
  if (!missing.length) return { action: 'ready', missing }
  const command = `${root ? '' : 'sudo '}apt-get update && ${root ? '' : 'sudo '}apt-get install -y --no-install-recommends ${missing.join(' ')}`
  if (allowed && apt && (root || sudo)) return { action: 'install', missing, command, sudo: !root }
  return { action: 'stop', missing, command }
}

function has(cmd, args) {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

function probe() {
  const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  const fontList = spawnSync('fc-list', [], { encoding: 'utf8' })
  return {
    chromium: fs.existsSync(chromiumPath),
    fonts: process.env.HALL_SKIP_FONTS === '1' || (fontList.status === 0 && /Noto Sans CJK/i.test(fontList.stdout)),
    root: typeof process.getuid === 'function' && process.getuid() === 0,
    sudo: has('sudo', ['-n', 'true']),
    apt: has('apt-get', ['--version']),
    // HALL_BROWSER_INSTALL=never: only check, never install (a developer's own machine).
    allowed: process.env.HALL_BROWSER_INSTALL !== 'never'
  }
}

function main() {
  const step = plan(probe())
  if (step.action === 'ready') return
  if (step.action === 'stop') {
    console.error(`浏览器测试需要 Debian 的 ${step.missing.join(' 和 ')}，本机未安装且无权自动安装。请先运行：\n\n  ${step.command}\n\n然后再运行 npm test。`)
    process.exit(1)
  }
  console.log(`[test] installing ${step.missing.join(' ')} (Debian packages for the browser suites)`)
  const run = (args) => {
    const r = spawnSync(step.sudo ? 'sudo' : args[0], step.sudo ? ['-n', ...args] : args.slice(1), { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    if (r.status !== 0) {
      console.error(`安装失败。请手动运行：\n\n  ${step.command}\n`)
      process.exit(1)
    }
  }
  run(['apt-get', 'update', '-qq'])
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...step.missing])
}

if (import.meta.url === `file://${process.argv[1]}`) main()
