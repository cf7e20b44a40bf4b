import { buildAudit } from '../../src/domain/audit'
import { rateKey, rateWindow, REFUSAL_BUDGET, REFUSALS, refusalSummaryId } from '../../src/domain/rate-limit'
import type { Database, Transaction } from './cloud'
import { isDuplicateKeyError } from './db'
import { takeToken } from './rate-limit'
import type { Caller } from '../../src/domain/roles'
import type { ActionContext } from './context'

/**
 * Writes an audit record inside the caller's transaction, so the record and the change it
 * describes land together or not at all.
 */
export async function auditIn(
  transaction: Transaction,
  ctx: ActionContext,
  target: { collection: string; id: string },
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null
): Promise<void> {
  const record = buildAudit({
    actor: ctx.caller.openid as string,
    role: ctx.caller.role,
    action: `${ctx.fn}.${ctx.action}`,
    target,
    before,
    after,
    requestId: ctx.requestId,
    at: new Date()
  })
  await transaction.collection('audit').add({ data: record })
}

/**
 * The audit record of a run that no one transaction can hold (a purge across collections, a
 * batch of outbox messages each written once): written right after the run, describing what it
 * did. Use auditIn wherever the change is one transaction.
 */
export async function auditAfter(ctx: ActionContext, target: { collection: string; id: string }, after: Record<string, unknown>): Promise<void> {
  const record = buildAudit({
    actor: ctx.caller.openid as string,
    role: ctx.caller.role,
    action: `${ctx.fn}.${ctx.action}`,
    target,
    before: null,
    after,
    requestId: ctx.requestId,
    at: new Date()
  })
  await ctx.db.collection('audit').add({ data: record })
}

/**
 * A refused attempt (a known identity calling an action its role does not allow) is audited
 * too, so probing of staff or admin actions shows up in the admin console. Audit records are
 * kept for years and cannot be erased, so refusals have a budget: the first few of an hour get
 * a record each, the rest of that hour are counted on one summary record per identity.
 */
export async function auditRefusal(db: Database, caller: Caller, action: string, requestId: string, at = new Date()): Promise<void> {
  const openid = caller.openid as string
  const { start, end } = rateWindow(at.getTime(), REFUSAL_BUDGET)
  const detailed = await takeToken(db, { _id: rateKey(openid, REFUSALS, start), openid, action: REFUSALS, expiresAt: new Date(end) }, REFUSAL_BUDGET.detailed)
  const record = buildAudit({ actor: openid, role: caller.role, action, target: { collection: '-', id: '-' }, before: null, after: null, requestId, at, outcome: 'refused' })
  if (detailed) {
    await db.collection('audit').add({ data: record })
    return
  }
  const _id = refusalSummaryId(openid, start)
  const audit = db.collection('audit')
  const more = { count: db.command.inc(1), lastAction: action, lastAt: at, requestId }
  if ((await audit.where({ _id }).update({ data: more })).stats.updated === 1) return
  try {
    await audit.add({ data: { _id, ...record, action: 'router.refusals', count: 1, lastAction: action, lastAt: at, windowEnd: new Date(end) } })
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
    await audit.where({ _id }).update({ data: more })
  }
}
