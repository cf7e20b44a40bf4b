/**
 * The retention timer (config.json: every day at 03:00; CloudBase timer cron runs in Beijing time)
 * and its on-demand form for administrators. Only an invocation the platform marks as this
 * function's own trigger runs the timer (withTimer); a client that sends a timer event is refused.
 */
import { createFunction, withTimer } from '../_shared/router'
import { actions } from './actions'
import { purgeExpired } from './purge'
import config from './config.json'

export const main = withTimer(createFunction('retention', actions), config, async (db, now) => ({ removed: await purgeExpired(db, now) }))
