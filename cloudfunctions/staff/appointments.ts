/**
 * The counter's side of appointments: today's bookings at the staff member's own hall, 到场核验
 * by appointment code (typed or scanned), and no-shows. Both changes are audited in the same
 * transaction. Least necessary: the list shows masked names and phones; the full name comes
 * only in the answer to verifying that booking's code, when the person stands at the counter
 * and staff compare it with their ID. Sealed values never leave the store.
 */
import { staffApi } from '../../src/domain/api/staff'
import { checkNoShow, checkVerify, inactiveMessage, verifiedMessage } from '../../src/domain/appointments/booking'
import { isValidAppointmentCode, normalizeCode } from '../../src/domain/appointments/code'
import { counterRow, type BookingRecord, type CounterRow } from '../../src/domain/appointments/views'
import { AppError } from '../../src/domain/errors'
import { pageOf } from '../../src/domain/schema'
import { hallDate } from '../../src/domain/time'
import { changeStatus } from '../_shared/appointments'
import { auditIn } from '../_shared/audit'
import type { Database, Doc } from '../_shared/cloud'
import { findById } from '../_shared/db'
import { maskedPersonal, type StoredPersonal } from '../_shared/personal'
import { action, type ActionContext, type ActionTable } from '../_shared/router'

async function myHall(db: Database, openid: string): Promise<{ code: string; name: string }> {
  const me = await findById(db, 'members', openid)
  if (!me?.hall) throw new AppError('STAFF.NO_HALL')
  const hall = await findById(db, 'halls', me.hall)
  return { code: me.hall, name: hall?.name ?? me.hall }
}

/** One booking as the counter sees it (src/domain/appointments/views.ts); `reveal` only in the answer to verifying its own code. */
function counterView(doc: Doc, now: Date, reveal = false): CounterRow {
  return counterRow(doc as BookingRecord, maskedPersonal(doc as StoredPersonal), now, reveal)
}

/** Records a counter event on a booking at the caller's hall, with its audit record in the same write. */
async function counterEvent(ctx: ActionContext, doc: Doc, event: 'verify' | 'no-show', now: Date, guard: (d: Doc) => void) {
  const extra = event === 'verify' ? { verifiedAt: now, verifiedBy: ctx.caller.openid } : {}
  return changeStatus(ctx.db, doc._id, event, now, guard, extra, (tx, before, after) =>
    auditIn(tx, ctx, { collection: 'appointments', id: doc._id }, { status: before.status }, { status: after.status })
  )
}

export const appointmentActions: ActionTable = {
  todayAppointments: action({
    ...staffApi.todayAppointments,
    summary: '本大厅今天（上海时间）的预约，按时段先后，分页；可按状态筛选',
    errors: ['STAFF.NO_HALL'],
    roles: ['staff'],
    async run({ page, pageSize, status }, { caller, db }) {
      const now = new Date()
      const hall = await myHall(db, caller.openid as string)
      const date = hallDate(now)
      const query = db.collection('appointments').where({ hall: hall.code, date, ...(status ? { status } : {}) })
      const count = (s: string) => db.collection('appointments').where({ hall: hall.code, date, status: s }).count()
      const [{ total }, { data }, booked, verified, noShow] = await Promise.all([
        query.count(),
        query.orderBy('start', 'asc').orderBy('_id', 'asc').skip((page - 1) * pageSize).limit(pageSize).get(),
        count('booked'),
        count('verified'),
        count('no-show')
      ])
      return { hall, date, counts: { booked: booked.total, verified: verified.total, noShow: noShow.total }, ...pageOf(data.map((doc) => counterView(doc, now)), page, pageSize, total) }
    }
  }),

  verifyArrival: action({
    ...staffApi.verifyArrival,
    summary: '到场核验：输入或扫描群众出示的预约码；只限本大厅、预约当天（开始前30分钟起）；与审计记录同一事务写入',
    errors: ['STAFF.NO_HALL', 'APPOINTMENT.CODE_INVALID', 'APPOINTMENT.NOT_FOUND', 'APPOINTMENT.WRONG_HALL', 'APPOINTMENT.NOT_TODAY', 'APPOINTMENT.ALREADY_VERIFIED', 'APPOINTMENT.NOT_ACTIVE'],
    roles: ['staff'],
    write: true,
    async run({ code: typed }, ctx) {
      const now = new Date()
      const code = normalizeCode(typed)
      if (!code || !isValidAppointmentCode(code)) throw new AppError('APPOINTMENT.CODE_INVALID')
      const hall = await myHall(ctx.db, ctx.caller.openid as string)
      const { data } = await ctx.db.collection('appointments').where({ code }).limit(1).get()
      if (!data[0]) throw new AppError('APPOINTMENT.NOT_FOUND')
      const after = await counterEvent(ctx, data[0], 'verify', now, (doc) => {
        if (doc.hall !== hall.code) throw new AppError('APPOINTMENT.WRONG_HALL')
        const refusal = checkVerify(doc.status, doc.startsAt, now)
        if (refusal === 'APPOINTMENT.ALREADY_VERIFIED') throw new AppError(refusal, verifiedMessage(doc.verifiedAt, now))
        if (refusal === 'APPOINTMENT.NOT_ACTIVE') throw new AppError(refusal, inactiveMessage(doc.status))
        if (refusal) throw new AppError(refusal)
      })
      return counterView(after, now, true)
    }
  }),

  markNoShow: action({
    ...staffApi.markNoShow,
    summary: '标记未到场（仅待核验且预约时段已结束；列表每行的 canMarkNoShow 按同一规则给出）；与审计记录同一事务写入',
    errors: ['STAFF.NO_HALL', 'APPOINTMENT.NOT_FOUND', 'APPOINTMENT.WRONG_HALL', 'APPOINTMENT.NOT_ACTIVE', 'APPOINTMENT.NOT_ENDED'],
    roles: ['staff'],
    write: true,
    async run({ id: appointmentId }, ctx) {
      const now = new Date()
      const hall = await myHall(ctx.db, ctx.caller.openid as string)
      const doc = await findById(ctx.db, 'appointments', appointmentId)
      if (!doc) throw new AppError('APPOINTMENT.NOT_FOUND')
      const after = await counterEvent(ctx, doc, 'no-show', now, (d) => {
        if (d.hall !== hall.code) throw new AppError('APPOINTMENT.WRONG_HALL')
        const refusal = checkNoShow(d.status, d.endsAt, now)
        if (refusal === 'APPOINTMENT.NOT_ACTIVE') throw new AppError(refusal, inactiveMessage(d.status))
        if (refusal) throw new AppError(refusal)
      })
      return counterView(after, now)
    }
  })
}
