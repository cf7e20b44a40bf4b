/**
 * Per-identity limits on write actions: at most `max` writes of one action per fixed window.
 * Pure: the function layer stores the counters; this decides the window and reads the config.
 */
export interface RateLimit {
  max: number
  windowSeconds: number
}

export const DEFAULT_WRITE_LIMIT: RateLimit = { max: 20, windowSeconds: 60 }

/** `HALL_WRITE_LIMIT=20/60` means 20 writes per 60 seconds; anything malformed keeps the default. */
export function parseRateLimit(value: string | undefined, fallback = DEFAULT_WRITE_LIMIT): RateLimit {
  const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(value ?? '')
  if (!m) return fallback
  const max = Number(m[1])
  const windowSeconds = Number(m[2])
  return max >= 1 && windowSeconds >= 1 ? { max, windowSeconds } : fallback
}

export function rateWindow(now: number, limit: RateLimit): { start: number; end: number } {
  const size = limit.windowSeconds * 1000
  const start = Math.floor(now / size) * size
  return { start, end: start + size }
}

export function rateKey(openid: string, action: string, windowStart: number): string {
  return `${openid}|${action}|${windowStart}`
}
