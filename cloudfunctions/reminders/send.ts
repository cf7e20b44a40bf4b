import { addDays } from '../../src/domain/calendar/workdays'
import { emptyCounts, type DeliveryCounts } from '../../src/domain/outbox'
import { hallDate } from '../../src/domain/time'
import type { Database } from '../_shared/cloud'
import { forEachPage } from '../_shared/db'
import { sendOnce } from '../_shared/messages'

export interface ReminderRun extends DeliveryCounts {
  date: string
  /** Bookings at a hall closed tomorrow: never told to come in (their closure notice says what to do). */
  closed: number
}

/** The halls closed on a day, read in pages (a closure document per hall and day). */
async function closedHalls(db: Database, date: string): Promise<Set<string>> {
  const halls = new Set<string>()
  await forEachPage(db, 'closures', { date }, async (docs) => {
    for (const c of docs) halls.add(c.hall as string)
  })
  return halls
}

/**
 * The day-before reminders: every booking for tomorrow (Shanghai) whose citizen asked for one,
 * except at a hall closed that day. Paged past any page size; each message has the booking's
 * id and version in its own, so running twice (a retried timer, an administrator's manual run)
 * sends nothing twice. The counts say what really happened to each message (src/domain/outbox.ts).
 */
export async function sendReminders(db: Database, now: Date): Promise<ReminderRun> {
  const date = addDays(hallDate(now), 1)
  const closed = await closedHalls(db, date)
  const run: ReminderRun = { date, closed: 0, ...emptyCounts() }
  await forEachPage(db, 'appointments', { status: 'booked', date, subscribed: true }, async (docs) => {
    for (const a of docs) {
      if (closed.has(a.hall as string)) {
        run.closed++
        continue
      }
      const state = await sendOnce(
        db,
        {
          id: `reminder|${a._id}|${a.sequence ?? 0}`,
          openid: a.openid as string,
          page: `appointment/pages/detail/index?id=${a._id}`,
          // Only what the citizen needs to turn up: no phone or ID number in a message.
          data: { thing1: String(a.serviceName).slice(0, 20), time2: `${a.date} ${a.start}`, thing3: String(a.hallName).slice(0, 20), thing4: '请携带办理材料，在窗口出示预约码' },
          subscribed: true
        },
        now
      )
      if (state === null) {
        run.skipped++
        continue
      }
      run[state]++
      if (state === 'sent') await db.collection('appointments').doc(a._id).update({ data: { reminderAt: now } })
    }
  })
  return run
}
