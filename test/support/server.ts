/** Starts the real local hall (`tsx local/main.ts`) on a free loopback port for browser tests. */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..', '..')

export interface RunningHall {
  url: string
  dataDir: string
  output: () => string
  stop(): Promise<void>
}

export function requireBuilt(): void {
  const missing = [
    ['dist-h5/index.html', 'npm run build:h5'],
    ['cloudfunctions/user/index.js', 'npm run build:functions']
  ].filter(([file]) => !fs.existsSync(path.join(ROOT, file)))
  if (missing.length) throw new Error(`build first: ${missing.map(([, cmd]) => cmd).join(' && ')}`)
}

export async function startHall(dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hall-e2e-'))): Promise<RunningHall> {
  requireBuilt()
  // One process (tsx as a loader, not its CLI, which forks a second one that a kill would orphan).
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'local/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', HALL_DATA_DIR: dataDir, HALL_LOG: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let out = ''
  child.stdout?.on('data', (d) => (out += d))
  child.stderr?.on('data', (d) => (out += d))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`local hall did not start:\n${out}`)), 60_000)
    const check = () => {
      const m = /打开：(http:\/\/[^\s]+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(m[1].replace(/\/$/, ''))
      }
    }
    child.stdout?.on('data', check)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`local hall exited with ${code}:\n${out}`))
    })
  })
  return {
    url,
    dataDir,
    output: () => out,
    // SIGTERM first (the hall closes its connections and exits); SIGKILL if it has not gone
    // within 10 s, so a stuck hall can never hold the suite open.
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        const kill = setTimeout(() => child.kill('SIGKILL'), 10_000)
        child.once('exit', () => {
          clearTimeout(kill)
          resolve()
        })
        child.kill('SIGTERM')
      })
  }
}
