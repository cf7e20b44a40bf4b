/**
 * The reminder timer (config.json: every day at 18:00; CloudBase timer cron runs in Beijing time)
 * and its on-demand form for administrators. Only an invocation the platform marks as this
 * function's own trigger runs the timer (withTimer); a client that sends a timer event is refused.
 */
import { createFunction, withTimer } from '../_shared/router'
import { actions } from './actions'
import { sendReminders } from './send'
import config from './config.json'

export const main = withTimer(createFunction('reminders', actions), config, sendReminders)
