import { AppError } from '../../src/domain/errors'
import { parseRateLimit, rateKey, rateWindow, type RateLimit } from '../../src/domain/rate-limit'
import type { Database } from './cloud'
import { isDuplicateKeyError } from './db'

export function writeLimit(): RateLimit {
  return parseRateLimit(process.env.HALL_WRITE_LIMIT)
}

/**
 * Counts one write by `openid` of `action` and refuses it past the limit. The counter moves by
 * an atomic conditional update, so concurrent writes cannot slip past the limit together.
 */
export async function takeWriteToken(db: Database, openid: string, action: string, now = Date.now(), limit = writeLimit()): Promise<void> {
  const { start, end } = rateWindow(now, limit)
  const _id = rateKey(openid, action, start)
  const counters = db.collection('rate_limits')
  const bump = async () => (await counters.where({ _id, count: db.command.lt(limit.max) }).update({ data: { count: db.command.inc(1) } })).stats.updated
  if ((await bump()) === 1) return
  try {
    await counters.add({ data: { _id, openid, action, count: 1, expiresAt: new Date(end) } })
    return
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
  }
  // Another request created this window's counter first: count against it.
  if ((await bump()) === 1) return
  throw new AppError('RATE.LIMITED', `操作过于频繁，请 ${Math.ceil((end - now) / 1000)} 秒后再试`)
}
