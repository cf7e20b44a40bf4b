import fs from 'node:fs'
import path from 'node:path'

/**
 * One process per data folder: nedb's append-only files would interleave if two processes
 * wrote them. The pid file is removed on exit; a stale one (dead pid) is taken over.
 */
export function acquireDataDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, '_hall.pid')
  if (fs.existsSync(file)) {
    const pid = Number(fs.readFileSync(file, 'utf8'))
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(`数据目录 ${dir} 正被进程 ${pid} 使用；请先停止它（或用 HALL_DATA_DIR 指定另一个目录）`)
    }
  }
  fs.writeFileSync(file, String(process.pid))
  process.on('exit', () => {
    try {
      if (Number(fs.readFileSync(file, 'utf8')) === process.pid) fs.rmSync(file)
    } catch {
      // already gone
    }
  })
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
