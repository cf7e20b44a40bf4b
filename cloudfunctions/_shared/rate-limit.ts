import { AppError } from '../../src/domain/errors'
import { ALL_WRITES, parseRateLimit, rateKey, rateWindow, type RateLimit } from '../../src/domain/rate-limit'
import type { Database } from './cloud'
import { isDuplicateKeyError } from './db'

export function writeLimit(): RateLimit {
  return parseRateLimit(process.env.HALL_WRITE_LIMIT)
}

/**
 * Counts one use of counter `_id` and answers whether it was still under `max`. The counter
 * moves by an atomic conditional update, so concurrent requests cannot slip past together.
 */
export async function takeToken(db: Database, counter: { _id: string; openid: string; action: string; expiresAt: Date }, max: number): Promise<boolean> {
  const counters = db.collection('rate_limits')
  const bump = async () => (await counters.where({ _id: counter._id, count: db.command.lt(max) }).update({ data: { count: db.command.inc(1) } })).stats.updated
  if ((await bump()) === 1) return true
  try {
    await counters.add({ data: { ...counter, count: 1 } })
    return true
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
  }
  // Another request created this window's counter first: count against it.
  return (await bump()) === 1
}

/**
 * Counts one write by `openid` of `action` and refuses it past the per-action limit or past
 * the identity's total over all actions (so eight actions cannot give eight times the limit).
 */
export async function takeWriteToken(db: Database, openid: string, action: string, now = Date.now(), limit = writeLimit()): Promise<void> {
  const { start, end } = rateWindow(now, limit)
  const expiresAt = new Date(end)
  const ok =
    (await takeToken(db, { _id: rateKey(openid, action, start), openid, action, expiresAt }, limit.max)) &&
    (await takeToken(db, { _id: rateKey(openid, ALL_WRITES, start), openid, action: ALL_WRITES, expiresAt }, limit.totalMax))
  if (!ok) throw new AppError('RATE.LIMITED', `操作过于频繁，请 ${Math.ceil((end - now) / 1000)} 秒后再试`)
}
