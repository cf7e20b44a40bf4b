/**
 * Loads the hall's sponsor and filing facts for builds and the local runtime. HALL_CONFIG may
 * point at another file (a deployment's own, or a test's placeholder file).
 */
import fs from 'node:fs'
import path from 'node:path'
import { checkHallConfig, describeHallConfigProblems, type HallConfig } from './hall-check'

export function hallConfigPath(): string {
  return path.resolve(process.env.HALL_CONFIG || path.join(__dirname, 'hall.json'))
}

export function loadHallConfig(opts: { release?: boolean; strict?: boolean } = {}): HallConfig {
  const file = hallConfigPath()
  let config: HallConfig | null = null
  try {
    const { $comment: _comment, ...rest } = JSON.parse(fs.readFileSync(file, 'utf8'))
    config = rest as HallConfig
  } catch (err) {
    if (opts.strict) throw new Error(`无法读取主办单位与备案配置 ${file}：${(err as Error).message}`)
  }
  const problems = checkHallConfig(config, { release: opts.release })
  if (problems.length && opts.strict) throw new Error(describeHallConfigProblems(problems, file))
  return config as HallConfig
}
