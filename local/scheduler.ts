/**
 * The local hall's timer triggers: reads each built function's config.json as CloudBase does on
 * upload and fires its timer triggers at their cron time in Beijing time, through `fireTimer`
 * (the platform's timer mark for that invocation only). It is, with `npm run purge`, the only
 * way a timer runs locally; the HTTP gateway never marks an invocation as a timer.
 */
import fs from 'node:fs'
import path from 'node:path'
import { matches, parseCron, type Cron } from './cron'
import { fireTimer, type FunctionLoader } from './gateway'

export interface ScheduledTrigger {
  fn: string
  trigger: string
  config: string
  cron: Cron
}

/** Every timer trigger declared by the functions under `root` (folders starting with _ are shared code). */
export function declaredTriggers(root: string): ScheduledTrigger[] {
  const out: ScheduledTrigger[] = []
  for (const fn of fs.readdirSync(root).sort()) {
    const file = path.join(root, fn, 'config.json')
    if (fn.startsWith('_') || !fs.existsSync(file)) continue
    const { triggers = [] } = JSON.parse(fs.readFileSync(file, 'utf8')) as { triggers?: Array<{ name: string; type: string; config: string }> }
    for (const t of triggers) if (t.type === 'timer') out.push({ fn, trigger: t.name, config: t.config, cron: parseCron(t.config) })
  }
  return out
}

export interface Scheduler {
  triggers: ScheduledTrigger[]
  stop(): void
}

export function startScheduler(opts: {
  root: string
  load: FunctionLoader
  onRun?: (t: ScheduledTrigger, envelope: unknown) => void
  now?: () => number
}): Scheduler {
  const triggers = declaredTriggers(opts.root)
  const now = opts.now ?? Date.now
  const running = new Set<string>()
  let last = Math.floor(now() / 1000)
  let timer: NodeJS.Timeout | undefined
  let stopped = false

  const tick = () => {
    const current = Math.floor(now() / 1000)
    // Every second since the last tick (at most a minute back, if the machine slept), so a
    // late timer never skips a trigger's second and never fires one twice.
    for (let s = Math.max(last + 1, current - 60); s <= current; s++) {
      for (const t of triggers) {
        const key = `${t.fn}/${t.trigger}`
        if (running.has(key) || !matches(t.cron, new Date(s * 1000))) continue
        running.add(key)
        fireTimer(opts.load, t.fn, t.trigger, new Date(s * 1000))
          .then(({ envelope }) => opts.onRun?.(t, envelope))
          .catch((err) => opts.onRun?.(t, { ok: false, error: String((err as Error)?.message ?? err) }))
          .finally(() => running.delete(key))
      }
    }
    last = current
    if (!stopped) timer = setTimeout(tick, 1000 - (now() % 1000) + 5)
    timer?.unref()
  }
  timer = setTimeout(tick, 1000 - (now() % 1000) + 5)
  timer.unref()
  return {
    triggers,
    stop() {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }
}
