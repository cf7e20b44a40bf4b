/**
 * The retention timer (config.json: every day at 03:00; CloudBase timer cron runs in Beijing time) and its on-demand form for
 * administrators. A timer event carries no OPENID; one that does is a client pretending.
 */
import { z } from 'zod'
import { log } from '../_shared/log'
import { wxContext, database } from '../_shared/cloud'
import { action, createFunction, newRequestId } from '../_shared/router'
import { purgeExpired } from './purge'

export const actions = {
  purge: action({
    summary: '立即清理超过保存期限的数据（与每日定时任务相同），并记入审计',
    returns: '{ removed: { collection: count } }',
    roles: ['admin'],
    write: true,
    input: z.strictObject({}),
    async run(_input, ctx) {
      const removed = await purgeExpired(ctx.db, new Date())
      await ctx.db.collection('audit').add({
        data: { actor: ctx.caller.openid, role: ctx.caller.role, action: 'retention.purge', target: { collection: '*', id: '-' }, changes: { removed: { old: null, new: removed } }, requestId: ctx.requestId, at: new Date(), outcome: 'done' }
      })
      return { removed }
    }
  })
}

const fn = createFunction('retention', actions)

export async function main(event: unknown, context?: unknown) {
  const timer = event && typeof event === 'object' && (event as { Type?: string }).Type === 'Timer'
  if (timer && !wxContext().OPENID) {
    const requestId = newRequestId()
    const removed = await purgeExpired(database(), new Date())
    log('info', 'retention', { removed, requestId })
    return { ok: true as const, data: { removed }, requestId }
  }
  return fn.main(event, context)
}
