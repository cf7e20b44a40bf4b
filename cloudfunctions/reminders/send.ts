import { addDays } from '../../src/domain/calendar/workdays'
import { hallDate } from '../../src/domain/time'
import type { Database } from '../_shared/cloud'
import { sendOnce } from '../_shared/messages'

/**
 * The day-before reminders: every booking for tomorrow (Shanghai) whose citizen asked for one.
 * Paged past any page size; each message has the booking's id in its own, so running twice
 * (a retried timer, an administrator's manual run) sends nothing twice.
 */
export async function sendReminders(db: Database, now: Date): Promise<{ date: string; sent: number; skipped: number }> {
  const date = addDays(hallDate(now), 1)
  const _ = db.command
  let sent = 0
  let skipped = 0
  let lastId = ''
  for (;;) {
    const { data } = await db.collection('appointments').where({ status: 'booked', date, subscribed: true, _id: _.gt(lastId) }).orderBy('_id', 'asc').limit(100).get()
    for (const a of data) {
      const fresh = await sendOnce(
        db,
        {
          id: `reminder|${a._id}|${a.sequence ?? 0}`,
          openid: a.openid,
          page: `appointment/pages/detail/index?id=${a._id}`,
          // Only what the citizen needs to turn up: no phone or ID number in a message.
          data: { thing1: String(a.serviceName).slice(0, 20), time2: `${a.date} ${a.start}`, thing3: String(a.hallName).slice(0, 20), thing4: '请携带办理材料，在窗口出示预约码' }
        },
        now
      )
      if (fresh) {
        sent++
        await db.collection('appointments').doc(a._id).update({ data: { reminderAt: now } })
      } else skipped++
    }
    if (data.length < 100) return { date, sent, skipped }
    lastId = data[data.length - 1]._id
  }
}
