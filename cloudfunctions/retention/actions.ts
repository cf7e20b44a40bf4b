/** The retention function's on-demand action for administrators (its timer is in index.ts). */
import { retentionApi } from '../../src/domain/api/timers'
import { auditAfter } from '../_shared/audit'
import { action } from '../_shared/router'
import { purgeExpired } from './purge'

export const actions = {
  purge: action({
    ...retentionApi.purge,
    summary: '立即清理超过保存期限的数据（与每日定时任务相同），并记入审计',
    roles: ['admin'],
    write: true,
    async run(_input, ctx) {
      const removed = await purgeExpired(ctx.db, new Date())
      await auditAfter(ctx, { collection: '*', id: '-' }, { removed })
      return { removed }
    }
  })
}
