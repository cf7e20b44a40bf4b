/**
 * Administrators set how each hall takes appointments: per-service slot length and capacity,
 * closures, the holiday and adjusted-workday calendar; they see the booking load per day and
 * the reminder outbox. Every change is audited in the same transaction.
 */
import { appointmentAdminApi } from '../../src/domain/api/admin-halls'
import { slotRuleSchema, type SlotRule } from '../../src/domain/appointments/slots'
import { addDays } from '../../src/domain/calendar/workdays'
import { AppError } from '../../src/domain/errors'
import type { Hall } from '../../src/domain/halls/hall'
import { OUTBOX_STATE_LABELS, outboxStateOf } from '../../src/domain/outbox'
import { pageOf } from '../../src/domain/schema'
import { hallDate } from '../../src/domain/time'
import { randomBytes } from 'node:crypto'
import { loadCalendar } from '../_shared/appointments'
import { applyClosure, clearKeptNotes } from '../_shared/closures'
import { auditIn } from '../_shared/audit'
import { findById, findInTransaction } from '../_shared/db'
import { action, type ActionContext, type ActionTable } from '../_shared/router'

/** Sets (or, with null, removes) one settings document, audited in the same transaction. */
async function putAudited(ctx: ActionContext, collection: string, docId: string, data: Record<string, unknown> | null) {
  await ctx.db.runTransaction(async (tx) => {
    const before = await findInTransaction(tx, collection, docId)
    if (data === null && !before) throw new AppError('REQUEST.INVALID', '要删除的设置不存在')
    if (data === null) await tx.collection(collection).doc(docId).remove()
    else await tx.collection(collection).doc(docId).set({ data: { ...data, updatedAt: new Date() } })
    const { _id, updatedAt, ...old } = before ?? {}
    await auditIn(tx, ctx, { collection, id: docId }, before ? old : null, data)
  })
}

export const appointmentAdminActions: ActionTable = {
  getHall: action({
    ...appointmentAdminApi.getHall,
    summary: '一个大厅的全部信息（供编辑）：名称、地址、电话、开放的星期与时段、开放时间说明、交通指引',
    errors: ['HALL.NOT_FOUND'],
    roles: ['admin'],
    async run({ code }, { db }) {
      const doc = await findById(db, 'halls', code)
      if (!doc) throw new AppError('HALL.NOT_FOUND')
      const { _id, updatedAt, ...hall } = doc
      return hall as Hall
    }
  }),

  saveHall: action({
    ...appointmentAdminApi.saveHall,
    summary: '新建或修改大厅：地址、电话、开放的星期与时段（预约时段据此生成）；已有预约不受影响；与审计记录同一事务写入',
    roles: ['admin'],
    write: true,
    async run({ hall }, ctx) {
      const sorted = { ...hall, weekdays: [...new Set(hall.weekdays)].sort(), periods: [...hall.periods].sort((a, b) => a.from.localeCompare(b.from)) }
      const overlap = sorted.periods.findIndex((p, i) => i > 0 && p.from < sorted.periods[i - 1].to)
      if (overlap > 0) throw new AppError('REQUEST.INVALID', '开放时段不能重叠', [{ path: `hall.periods.${overlap}.from`, message: '与上一时段重叠' }])
      await putAudited(ctx, 'halls', hall.code, sorted)
      return sorted
    }
  }),

  listSlotRules: action({
    ...appointmentAdminApi.listSlotRules,
    summary: '某大厅已单独设置预约规则的事项（其余事项用默认规则）',
    roles: ['admin'],
    async run({ hall }, { db }) {
      const { data } = await db.collection('slot_rules').where({ hall }).orderBy('service', 'asc').limit(1000).get()
      const names = new Map<string, string>()
      if (data.length) {
        const items = await db.collection('service_items').where({ _id: db.command.in(data.map((r) => r.service)) }).field({ name: true }).limit(1000).get()
        for (const i of items.data) names.set(i._id, i.name)
      }
      return {
        defaults: slotRuleSchema.parse({}),
        rules: data.map(({ _id, hall: _h, updatedAt, ...rule }) => ({ ...(rule as SlotRule & { service: string }), serviceName: names.get(rule.service) ?? rule.service }))
      }
    }
  }),

  setSlotRule: action({
    ...appointmentAdminApi.setSlotRule,
    summary: '设置某大厅某事项的时段长度、每时段名额、可预约天数、预约截止与取消截止时间',
    errors: ['GUIDE.NOT_FOUND', 'APPOINTMENT.NOT_BOOKABLE'],
    roles: ['admin'],
    write: true,
    async run({ hall, service, rule }, ctx) {
      const item = await findById(ctx.db, 'service_items', service)
      if (!item) throw new AppError('GUIDE.NOT_FOUND')
      if (!item.bookable || !(item.halls as string[]).includes(hall)) throw new AppError('APPOINTMENT.NOT_BOOKABLE')
      await putAudited(ctx, 'slot_rules', `${hall}|${service}`, { hall, service, ...rule })
      return { hall, service, ...rule }
    }
  }),

  listClosures: action({
    ...appointmentAdminApi.listClosures,
    summary: '某大厅今天以后的闭厅日期（含当天已有预约的处理方式）',
    roles: ['admin'],
    async run({ hall }, { db }) {
      const { data } = await db.collection('closures').where({ hall, date: db.command.gte(hallDate(new Date())) }).orderBy('date', 'asc').limit(1000).get()
      return data.map((c) => ({ date: c.date, reason: c.reason, bookings: c.bookings ?? null }))
    }
  }),

  previewClosure: action({
    ...appointmentAdminApi.previewClosure,
    summary: '闭厅前查看：某大厅某天已有多少有效预约（其中多少人订阅了消息）、是否已闭厅',
    errors: ['HALL.NOT_FOUND'],
    roles: ['admin'],
    async run({ hall, date: day }, { db }) {
      if (!(await findById(db, 'halls', hall))) throw new AppError('HALL.NOT_FOUND')
      const where = { hall, date: day, status: 'booked' }
      const [{ total: booked }, { total: subscribed }, closure] = await Promise.all([
        db.collection('appointments').where(where).count(),
        db.collection('appointments').where({ ...where, subscribed: true }).count(),
        findById(db, 'closures', `${hall}|${day}`)
      ])
      return { hall, date: day, booked, subscribed, closed: closure ? { reason: closure.reason, bookings: closure.bookings ?? null } : null }
    }
  }),

  setClosure: action({
    ...appointmentAdminApi.setClosure,
    summary:
      '设置大厅某天闭厅。当天已有预约时须选择处理方式：cancel 取消这些预约（释放名额）或 keep 保留并请群众联系大厅；每个预约的变更、闭厅说明、审计记录和给群众的消息同一事务写入；重复提交不重复变更、不重复发送',
    errors: ['HALL.NOT_FOUND', 'CLOSURE.CHOICE_REQUIRED'],
    roles: ['admin'],
    write: true,
    async run({ hall, date: day, reason, bookings }, ctx) {
      const hallDoc = await findById(ctx.db, 'halls', hall)
      if (!hallDoc) throw new AppError('HALL.NOT_FOUND')
      const { total: bookedThatDay } = await ctx.db.collection('appointments').where({ hall, date: day, status: 'booked' }).count()
      // Refused before anything is written: the administrator must say what happens to them.
      if (bookedThatDay > 0 && !bookings) throw new AppError('CLOSURE.CHOICE_REQUIRED', `当天已有${bookedThatDay}个预约，请选择取消这些预约或保留并通知群众`)
      const docId = `${hall}|${day}`
      let closureId = ''
      await ctx.db.runTransaction(async (tx) => {
        const before = await findInTransaction(tx, 'closures', docId)
        // The same closure set again (a retry, a doubled tap) keeps its id, so its messages are not sent twice.
        closureId = (before?.closureId as string | undefined) ?? randomBytes(6).toString('hex')
        const data = { hall, date: day, reason, closureId, bookings: bookings ?? before?.bookings ?? null }
        if (before && before.reason === data.reason && before.closureId === closureId && (before.bookings ?? null) === data.bookings) return
        await tx.collection('closures').doc(docId).set({ data: { ...data, updatedAt: new Date() } })
        const { _id, updatedAt, ...old } = before ?? {}
        await auditIn(tx, ctx, { collection: 'closures', id: docId }, before ? old : null, data)
      })
      // A booking that raced the count is refused by its own transaction once the closure is
      // committed, or was committed before and is found here: it is kept and its citizen told.
      const run = await applyClosure(ctx, { hall, date: day, reason, closureId, phone: String(hallDoc.phone ?? '') }, bookings ?? 'keep', new Date())
      return { hall, date: day, reason, bookings: bookings ?? null, bookedThatDay, ...run }
    }
  }),

  removeClosure: action({
    ...appointmentAdminApi.removeClosure,
    summary: '取消某天的闭厅安排（保留的预约去掉闭厅说明；已因闭厅取消的预约仍为已取消）',
    roles: ['admin'],
    write: true,
    async run({ hall, date: day }, ctx) {
      const docId = `${hall}|${day}`
      const before = await findById(ctx.db, 'closures', docId)
      await putAudited(ctx, 'closures', docId, null)
      const cleared = before?.closureId ? await clearKeptNotes(ctx, hall, day, before.closureId as string, new Date()) : 0
      return { hall, date: day, cleared }
    }
  }),

  getCalendar: action({
    ...appointmentAdminApi.getCalendar,
    summary: '法定节假日与调休上班日历',
    roles: ['admin'],
    async run(_input, { db }) {
      return loadCalendar(db)
    }
  }),

  setCalendar: action({
    ...appointmentAdminApi.setCalendar,
    summary: '维护法定节假日与调休上班日（国务院办公厅每年公布）',
    roles: ['admin'],
    write: true,
    async run(cal, ctx) {
      const holidays = [...new Set(cal.holidays)].sort()
      const workdays = [...new Set(cal.workdays)].sort()
      await putAudited(ctx, 'settings', 'calendar', { holidays, workdays })
      return { holidays, workdays }
    }
  }),

  bookingLoad: action({
    ...appointmentAdminApi.bookingLoad,
    summary: '某大厅今后 14 天每天的预约量（已约 / 已开放名额）',
    roles: ['admin'],
    async run({ hall }, { db }) {
      const from = hallDate(new Date())
      const to = addDays(from, 13)
      const _ = db.command
      const byDay = new Map<string, { booked: number; capacity: number }>()
      let lastId = ''
      // Counters exist only for slots someone booked; paged past the 1000-per-read cap.
      for (;;) {
        const { data } = await db.collection('slots').where({ hall, date: _.gte(from).and(_.lte(to)), _id: _.gt(lastId) }).orderBy('_id', 'asc').limit(1000).get()
        for (const s of data) {
          const day = byDay.get(s.date) ?? { booked: 0, capacity: 0 }
          day.booked += s.booked
          day.capacity += s.capacity
          byDay.set(s.date, day)
        }
        if (data.length < 1000) break
        lastId = data[data.length - 1]._id
      }
      return { hall, days: Array.from({ length: 14 }, (_x, i) => addDays(from, i)).map((d) => ({ date: d, ...(byDay.get(d) ?? { booked: 0, capacity: 0 }) })) }
    }
  }),

  listOutbox: action({
    ...appointmentAdminApi.listOutbox,
    summary: '发给群众的消息（预约提醒、闭厅通知），最新在前，分页；state 如实说明：已写入待发送、已发送、发送失败、未订阅未发送、本地环境未发送',
    roles: ['admin'],
    async run({ page, pageSize }, { db }) {
      const query = db.collection('outbox').where({})
      const [{ total }, { data }] = await Promise.all([query.count(), query.orderBy('createdAt', 'desc').orderBy('_id', 'asc').skip((page - 1) * pageSize).limit(pageSize).get()])
      return pageOf(
        data.map((m) => {
          const state = outboxStateOf(m)
          const kind = String(m._id).startsWith('closure|') ? 'closure' : 'reminder'
          return { id: m._id, kind, template: m.template, page: m.page, data: m.data, state, stateLabel: OUTBOX_STATE_LABELS[state], createdAt: (m.createdAt as Date).toISOString() }
        }),
        page,
        pageSize,
        total
      )
    }
  })
}
