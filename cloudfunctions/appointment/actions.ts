/**
 * 在线预约 for citizens: what can be booked, booking with exactly the fields the service
 * declares, my appointments, cancel, reschedule, and the calendar file. The never-overbook
 * writes live in _shared/appointments.ts; this file is identity, schema and the domain checks.
 */
import { appointmentApi } from '../../src/domain/api/appointment'
import { checkCancel } from '../../src/domain/appointments/booking'
import { formatCode } from '../../src/domain/appointments/code'
import { toICalendar } from '../../src/domain/appointments/ical'
import { bookableDates, daySlots, slotStatus, slotId } from '../../src/domain/appointments/slots'
import { bookingView, type BookingRecord, type BookingView } from '../../src/domain/appointments/views'
import { AppError } from '../../src/domain/errors'
import { schemaFor } from '../../src/domain/personal-fields'
import { pageOf } from '../../src/domain/schema'
import { hallDate } from '../../src/domain/time'
import { book, bookingContext, changeStatus, loadRule, ownAppointment, reschedule, windowDates } from '../_shared/appointments'
import type { Doc } from '../_shared/cloud'
import { requireConsent } from '../_shared/consent'
import { maskedPersonal, type StoredPersonal } from '../_shared/personal'
import { action, type ActionTable } from '../_shared/router'

/** A booking as its owner sees it (src/domain/appointments/views.ts), personal fields masked. */
export function appointmentView(doc: Doc, now: Date): BookingView {
  return bookingView(doc as BookingRecord, maskedPersonal(doc as StoredPersonal), now)
}

export const actions: ActionTable = {
  availability: action({
    ...appointmentApi.availability,
    summary: '某事项在某大厅可预约的日期与时段（含余量；约满、已过、已截止、超出预约期、闭厅均标明原因）',
    errors: ['GUIDE.NOT_FOUND', 'APPOINTMENT.NOT_BOOKABLE'],
    roles: ['anonymous', 'citizen', 'staff', 'admin'],
    async run({ service, hall }, { db }) {
      const now = new Date()
      const ctx = await bookingContext(db, service, hall, hallDate(now))
      const { rule } = ctx
      const { from, to } = windowDates(now, rule.windowDays)
      const _ = db.command
      const { data: counters } = await db.collection('slots').where({ hall, service, date: _.gte(from).and(_.lte(to)) }).limit(1000).get()
      const byId = new Map(counters.map((c) => [c._id as string, c]))
      const dates = bookableDates(now, rule, ctx.hall, ctx.cal, ctx.closures).map((d) => ({
        ...d,
        slots: d.open
          ? daySlots(ctx.hall, rule, d.date, ctx.cal, ctx.closures).map((s) => {
              const counter = byId.get(slotId(hall, service, d.date, s.start))
              const capacity = (counter?.capacity as number) ?? rule.capacity
              const booked = (counter?.booked as number) ?? 0
              return { start: s.start, end: s.end, status: slotStatus({ startsAt: s.startsAt, booked, capacity }, rule, now), remaining: Math.max(0, capacity - booked) }
            })
          : []
      }))
      return {
        service: { code: ctx.item.code, name: ctx.item.name, fields: ctx.item.appointmentFields },
        hall: { code: ctx.hall.code, name: ctx.hall.name, address: ctx.hall.address, hoursText: ctx.hall.hoursText },
        rule,
        dates,
        serverTime: now.toISOString()
      }
    }
  }),

  book: action({
    ...appointmentApi.book,
    summary: '预约一个时段：只收该事项声明的个人信息（须已同意隐私政策）；同一幂等键重试得到同一预约；同一群众同一事项同一天只能有一个有效预约',
    errors: ['GUIDE.NOT_FOUND', 'APPOINTMENT.NOT_BOOKABLE', 'CONSENT.REQUIRED', 'CONSENT.OUTDATED', 'SLOT.FULL', 'SLOT.PAST', 'SLOT.CLOSED', 'SLOT.CUTOFF', 'SLOT.OUTSIDE_WINDOW', 'APPOINTMENT.DUPLICATE', 'APPOINTMENT.KEY_REUSED'],
    roles: ['citizen'],
    write: true,
    async run(input, { caller, db }) {
      const now = new Date()
      const ctx = await bookingContext(db, input.service, input.hall, hallDate(now))
      // Exactly the fields this service declares: anything more or less is refused, never stored.
      const parsed = schemaFor(ctx.item.appointmentFields).safeParse(input.fields)
      if (!parsed.success) {
        throw new AppError(
          'REQUEST.INVALID',
          undefined,
          parsed.error.issues.flatMap((i) =>
            i.code === 'unrecognized_keys'
              ? (i as { keys: string[] }).keys.map((k) => ({ path: `fields.${k}`, message: '该事项不需要此项信息' }))
              : [{ path: ['fields', ...i.path.map(String)].join('.'), message: i.message }]
          )
        )
      }
      if (ctx.item.appointmentFields.length > 0) await requireConsent(db, caller.openid as string, 'service')
      if (input.subscribe) await requireConsent(db, caller.openid as string, 'notify')
      const doc = await book(db, ctx, { openid: caller.openid as string, idempotencyKey: input.idempotencyKey, date: input.date, start: input.start, fields: parsed.data as Record<string, string>, subscribed: input.subscribe }, now)
      return appointmentView(doc, now)
    }
  }),

  myAppointments: action({
    ...appointmentApi.myAppointments,
    summary: '我的预约：即将到来的（按时间先后）或以往的（按时间倒序），分页',
    roles: ['citizen'],
    async run({ page, pageSize, scope }, { caller, db }) {
      const now = new Date()
      const _ = db.command
      // Past: over, or no longer booked (cancelled, verified, no-show) even if its time is ahead.
      const where =
        scope === 'upcoming'
          ? { openid: caller.openid, status: 'booked', endsAt: _.gt(now) }
          : _.or([{ openid: caller.openid, endsAt: _.lte(now) }, { openid: caller.openid, status: _.neq('booked') }])
      const query = db.collection('appointments').where(where)
      const [{ total }, { data }] = await Promise.all([
        query.count(),
        query.orderBy('startsAt', scope === 'upcoming' ? 'asc' : 'desc').orderBy('_id', 'asc').skip((page - 1) * pageSize).limit(pageSize).get()
      ])
      return pageOf(data.map((d) => appointmentView(d, now)), page, pageSize, total)
    }
  }),

  getAppointment: action({
    ...appointmentApi.getAppointment,
    summary: '本人一条预约的详情（到大厅出示的预约码；能否取消、改约）',
    errors: ['APPOINTMENT.NOT_FOUND'],
    roles: ['citizen'],
    async run({ id: appointmentId }, { caller, db }) {
      const now = new Date()
      const doc = await ownAppointment(db, caller.openid as string, appointmentId)
      const rule = await loadRule(db, doc.hall, doc.service)
      const hall = await db.collection('halls').where({ code: doc.hall }).limit(1).get()
      return { ...appointmentView(doc, now), canCancel: checkCancel(doc.status, doc.startsAt, rule, now) === null, cancelCutoffMinutes: rule.cancelCutoffMinutes, address: hall.data[0]?.address ?? '', phone: hall.data[0]?.phone ?? '' }
    }
  }),

  cancel: action({
    ...appointmentApi.cancel,
    summary: '取消本人的预约（截止时间前）；名额立即释放，可被再次预约',
    errors: ['APPOINTMENT.NOT_FOUND', 'APPOINTMENT.NOT_ACTIVE', 'APPOINTMENT.CANCEL_CUTOFF'],
    roles: ['citizen'],
    write: true,
    async run({ id: appointmentId }, { caller, db }) {
      const now = new Date()
      const mine = await ownAppointment(db, caller.openid as string, appointmentId)
      const rule = await loadRule(db, mine.hall, mine.service)
      const after = await changeStatus(db, appointmentId, 'cancel', now, (doc) => {
        const refusal = checkCancel(doc.status, doc.startsAt, rule, now)
        if (refusal) throw new AppError(refusal)
      })
      return appointmentView(after, now)
    }
  }),

  reschedule: action({
    ...appointmentApi.reschedule,
    summary: '改约到另一时段：先占新名额再释放原名额，同一事务完成；新时段约不到时原预约不变；改到原时段不作改动，答复无需改约',
    errors: ['APPOINTMENT.NOT_FOUND', 'APPOINTMENT.NOT_ACTIVE', 'APPOINTMENT.CANCEL_CUTOFF', 'APPOINTMENT.SAME_SLOT', 'APPOINTMENT.NOT_BOOKABLE', 'SLOT.FULL', 'SLOT.PAST', 'SLOT.CLOSED', 'SLOT.CUTOFF', 'SLOT.OUTSIDE_WINDOW', 'APPOINTMENT.DUPLICATE'],
    roles: ['citizen'],
    write: true,
    async run(input, { caller, db }) {
      const now = new Date()
      const before = await ownAppointment(db, caller.openid as string, input.id)
      const held = await loadRule(db, before.hall, before.service)
      const refusal = checkCancel(before.status, before.startsAt, held, now)
      if (refusal) throw new AppError(refusal)
      const hall = input.hall ?? before.hall
      // Within its own hall the booking moves under the rule just read; another hall has its own.
      const ctx = await bookingContext(db, before.service, hall, hallDate(now), undefined, hall === before.hall ? held : undefined)
      return appointmentView(await reschedule(db, ctx, before, input.date, input.start, now), now)
    }
  }),

  calendarFile: action({
    ...appointmentApi.calendarFile,
    summary: '本人预约的日历文件（RFC 5545 iCalendar，上海时区；改约时 SEQUENCE 递增，取消时 STATUS:CANCELLED）',
    errors: ['APPOINTMENT.NOT_FOUND'],
    roles: ['citizen'],
    async run({ id: appointmentId }, { caller, db }) {
      const doc = await ownAppointment(db, caller.openid as string, appointmentId)
      const hall = await db.collection('halls').where({ code: doc.hall }).limit(1).get()
      const text = toICalendar({
        uid: `${doc._id}@fingertip-hall`,
        sequence: doc.sequence ?? 0,
        status: doc.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
        startsAt: doc.startsAt,
        endsAt: doc.endsAt,
        summary: `${doc.serviceName}（预约）`,
        location: `${doc.hallName} ${hall.data[0]?.address ?? ''}`.trim(),
        description: `预约码 ${formatCode(doc.code)}。请携带办理材料按时到达，在窗口出示预约码。`,
        dtstamp: new Date()
      })
      return { filename: `预约-${doc.date}-${doc.start.replace(':', '')}.ics`, text }
    }
  })
}

