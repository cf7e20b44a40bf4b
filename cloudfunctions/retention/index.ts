/**
 * The retention timer (config.json: every day at 03:00; CloudBase timer cron runs in Beijing time)
 * and its on-demand form for administrators. Only an invocation the platform marks as this
 * function's own trigger runs the timer (withTimer); a client that sends a timer event is refused.
 */
import { z } from 'zod'
import { action, createFunction, withTimer } from '../_shared/router'
import { purgeExpired } from './purge'
import config from './config.json'

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

export const main = withTimer(createFunction('retention', actions), config, async (db, now) => ({ removed: await purgeExpired(db, now) }))
