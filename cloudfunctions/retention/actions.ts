/** The retention function's on-demand action for administrators (its timer is in index.ts). */
import { z } from '../../src/domain/schema'
import { action } from '../_shared/router'
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
