/** The reminders function's on-demand action for administrators (its timer is in index.ts). */
import { remindersApi } from '../../src/domain/api/timers'
import { auditAfter } from '../_shared/audit'
import { action } from '../_shared/router'
import { sendReminders } from './send'

export const actions = {
  sendNow: action({
    ...remindersApi.sendNow,
    summary: '立即发送明天预约的提醒（与每日定时任务相同；已发过的不重复发送），并记入审计',
    roles: ['admin'],
    write: true,
    async run(_input, ctx) {
      const result = await sendReminders(ctx.db, new Date())
      // Who sent tomorrow's reminders ahead of the 18:00 run, and what went out.
      await auditAfter(ctx, { collection: 'outbox', id: result.date }, { ...result })
      return result
    }
  })
}
