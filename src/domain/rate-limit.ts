/**
 * Per-identity limits on write actions: at most `max` writes of one action, and at most
 * `totalMax` writes of all actions together, per fixed window. Refused calls have a budget of
 * their own, so probing cannot grow the (non-erasable) audit log without bound.
 * Pure: the function layer stores the counters; this decides the windows and reads the config.
 */
export interface RateLimit {
  max: number
  windowSeconds: number
  /** Writes of every action together by one identity in one window. */
  totalMax: number
}

export const DEFAULT_WRITE_LIMIT: RateLimit = { max: 20, windowSeconds: 60, totalMax: 40 }

/**
 * `HALL_WRITE_LIMIT=20/60` means 20 writes of one action per 60 seconds and, unless a total is
 * given after a comma (`20/60,50`), twice that of all actions together. Anything malformed
 * keeps the default.
 */
export function parseRateLimit(value: string | undefined, fallback = DEFAULT_WRITE_LIMIT): RateLimit {
  // Stryker disable next-line StringLiteral: an unset value and any text that is not a limit both fail the pattern alike
  const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*(?:,\s*(\d{1,7})\s*)?$/.exec(value ?? '')
  if (!m) return fallback
  const max = Number(m[1])
  const windowSeconds = Number(m[2])
  const totalMax = m[3] === undefined ? max * 2 : Number(m[3])
  return max >= 1 && windowSeconds >= 1 && totalMax >= 1 ? { max, windowSeconds, totalMax } : fallback
}

export function rateWindow(now: number, limit: Pick<RateLimit, 'windowSeconds'>): { start: number; end: number } {
  const size = limit.windowSeconds * 1000
  const start = Math.floor(now / size) * size
  return { start, end: start + size }
}

/** The counter of all writes by one identity shares the key space under this action name. */
export const ALL_WRITES = '*'

export function rateKey(openid: string, action: string, windowStart: number): string {
  return `${openid}|${action}|${windowStart}`
}

/**
 * Refused calls by one identity: the first `detailed` in an hour each get an audit record of
 * their own; the rest of that hour are counted on one summary record.
 */
export const REFUSAL_BUDGET = { detailed: 5, windowSeconds: 3600 } as const

export const REFUSALS = 'refused'

export function refusalSummaryId(openid: string, windowStart: number): string {
  return `refusals|${openid}|${windowStart}`
}
