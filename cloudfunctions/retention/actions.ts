/** The retention function's on-demand action for administrators (its timer is in index.ts). */
import { z } from '../../src/domain/schema'
import { auditAfter } from '../_shared/audit'
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
      await auditAfter(ctx, { collection: '*', id: '-' }, { removed })
      return { removed }
    }
  })
}
