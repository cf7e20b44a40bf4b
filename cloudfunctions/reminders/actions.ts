/** The reminders function's on-demand action for administrators (its timer is in index.ts). */
import { z } from '../../src/domain/schema'
import { auditAfter } from '../_shared/audit'
import { action } from '../_shared/router'
import { sendReminders } from './send'

export const actions = {
  sendNow: action({
    summary: '立即发送明天预约的提醒（与每日定时任务相同；已发过的不重复发送），并记入审计',
    returns: '{ date, closed, queued, sent, failed, unsubscribed, local, skipped }',
    roles: ['admin'],
    write: true,
    input: z.strictObject({}),
    async run(_input, ctx) {
      const result = await sendReminders(ctx.db, new Date())
      // Who sent tomorrow's reminders ahead of the 18:00 run, and what went out.
      await auditAfter(ctx, { collection: 'outbox', id: result.date }, { ...result })
      return result
    }
  })
}
