/**
 * The reminder timer (config.json: every day at 18:00; CloudBase timer cron runs in Beijing time)
 * and its on-demand form for administrators. Only an invocation the platform marks as this
 * function's own trigger runs the timer (withTimer); a client that sends a timer event is refused.
 */
import { z } from 'zod'
import { action, createFunction, withTimer } from '../_shared/router'
import { sendReminders } from './send'
import config from './config.json'

export const actions = {
  sendNow: action({
    summary: '立即发送明天预约的提醒（与每日定时任务相同；已发过的不重复发送）',
    returns: '{ date, sent, skipped }',
    roles: ['admin'],
    write: true,
    input: z.strictObject({}),
    async run(_input, ctx) {
      return sendReminders(ctx.db, new Date())
    }
  })
}

export const main = withTimer(createFunction('reminders', actions), config, sendReminders)
