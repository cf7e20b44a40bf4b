/** The contracts of the timer functions' on-demand actions (administrators run them ahead of their timers). */
import { z } from '../schema'
import { contracts } from './define'

const count = z.number()

export const remindersApi = contracts({
  sendNow: {
    input: z.strictObject({}),
    output: z.strictObject({
      date: z.string().describe('提醒的是哪一天的预约'),
      closed: count.describe('当天闭厅、未提醒的预约'),
      queued: count,
      sent: count,
      failed: count,
      unsubscribed: count,
      local: count,
      skipped: count.describe('以前已发过、不再重复')
    })
  }
})

export const retentionApi = contracts({
  purge: { input: z.strictObject({}), output: z.strictObject({ removed: z.record(z.string(), z.number()).describe('各集合清理的条数') }) }
})
