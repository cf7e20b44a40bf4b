/**
 * Hall appointments over the database: what a booking needs to know (service, hall, rule,
 * calendar, closures), and the writes that must never overbook. Each change of a booking and
 * its slot counter is one transaction: a failure anywhere leaves neither a counter without a
 * booking nor a booking without a counter.
 */
import { createHash, randomBytes } from 'node:crypto'
import { AppError } from '../../src/domain/errors'
import { activeKey, checkReschedule, transition, type SlotPlace } from '../../src/domain/appointments/booking'
import { generateAppointmentCode } from '../../src/domain/appointments/code'
import { checkBookable, DEFAULT_SLOT_RULE, hallInstant, slotId, slotRuleSchema, type SlotRule } from '../../src/domain/appointments/slots'
import { CALENDAR_2026_2027, addDays, type HolidayCalendar } from '../../src/domain/calendar/workdays'
import type { Hall } from '../../src/domain/halls/hall'
import type { PersonalFieldDeclaration } from '../../src/domain/personal-fields-meta'
import { hallDate } from '../../src/domain/time'
import type { Database, Doc, Transaction } from './cloud'
import { findById, findInTransaction, isDuplicateKeyError } from './db'
import { sealPersonal } from './personal'

export interface BookingContext {
  item: { code: string; name: string; appointmentFields: PersonalFieldDeclaration[] }
  hall: Hall & { code: string }
  rule: SlotRule
  cal: HolidayCalendar
  closures: string[]
}

export async function loadCalendar(db: Database): Promise<HolidayCalendar> {
  const doc = await findById(db, 'settings', 'calendar')
  return doc ? { holidays: doc.holidays, workdays: doc.workdays } : CALENDAR_2026_2027
}

export async function loadRule(db: Database, hall: string, service: string): Promise<SlotRule> {
  const doc = await findById(db, 'slot_rules', `${hall}|${service}`)
  if (!doc) return DEFAULT_SLOT_RULE
  const { slotMinutes, capacity, windowDays, cutoffMinutes, cancelCutoffMinutes } = doc
  return slotRuleSchema.parse({ slotMinutes, capacity, windowDays, cutoffMinutes, cancelCutoffMinutes })
}

/**
 * Everything a booking at this hall for this service is checked against; refuses what cannot be
 * booked. The slot rule is read here, once, and travels in the context (pass `known` when the
 * request already holds it); closures are read for `days` from `from`, the rule's window unless told.
 */
export async function bookingContext(db: Database, service: string, hallCode: string, from: string, days?: number, known?: SlotRule): Promise<BookingContext> {
  const [item, hall, rule] = await Promise.all([findById(db, 'service_items', service), findById(db, 'halls', hallCode), known ?? loadRule(db, hallCode, service)])
  if (!item || item.status !== 'published') throw new AppError('GUIDE.NOT_FOUND')
  if (!item.bookable || !hall || !(item.halls as string[]).includes(hallCode)) throw new AppError('APPOINTMENT.NOT_BOOKABLE')
  const _ = db.command
  const [cal, closures] = await Promise.all([
    loadCalendar(db),
    db.collection('closures').where({ hall: hallCode, date: _.gte(from).and(_.lte(addDays(from, days ?? rule.windowDays))) }).limit(1000).get()
  ])
  return {
    item: { code: item.code, name: item.name, appointmentFields: item.appointmentFields ?? [] },
    hall: hall as unknown as BookingContext['hall'],
    rule,
    cal,
    closures: closures.data.map((c) => c.date as string)
  }
}

/** The booking's id: the same citizen retrying the same request (same key) reaches the same document. */
export function appointmentId(openid: string, idempotencyKey: string): string {
  return createHash('sha256').update(`${openid}|${idempotencyKey}`).digest('hex').slice(0, 32)
}

/** The unique key of "one active booking per citizen, service and day", without the OPENID in it. */
export function activeKeyOf(openid: string, service: string, date: string): string {
  return activeKey(createHash('sha256').update(openid).digest('hex').slice(0, 24), service, date)
}

const released = (id: string) => `released|${id}`

async function slotIn(tx: Transaction, ctx: BookingContext, date: string, start: string): Promise<{ id: string; doc: Doc | null }> {
  const id = slotId(ctx.hall.code, ctx.item.code, date, start)
  return { id, doc: await findInTransaction(tx, 'slots', id) }
}

/** Takes one place in the slot inside the transaction, or refuses SLOT.FULL. */
async function takePlace(tx: Transaction, ctx: BookingContext, date: string, start: string, startsAt: Date, now: Date): Promise<void> {
  // A day closed after the pre-check read its closures: the transaction sees the closure
  // (local store: under the write lock) and refuses, so no booking slips in behind the sweep.
  if (await findInTransaction(tx, 'closures', `${ctx.hall.code}|${date}`)) throw new AppError('SLOT.CLOSED')
  const { id, doc } = await slotIn(tx, ctx, date, start)
  const booked = (doc?.booked as number) ?? 0
  const capacity = (doc?.capacity as number) ?? ctx.rule.capacity
  if (booked >= capacity) throw new AppError('SLOT.FULL')
  if (doc) await tx.collection('slots').doc(id).update({ data: { booked: booked + 1, updatedAt: now } })
  else await tx.collection('slots').doc(id).set({ data: { hall: ctx.hall.code, service: ctx.item.code, date, start, startsAt, capacity, booked: 1, updatedAt: now } })
}

async function releasePlace(tx: Transaction, id: string, now: Date): Promise<void> {
  const doc = await findInTransaction(tx, 'slots', id)
  if (doc && doc.booked > 0) await tx.collection('slots').doc(id).update({ data: { booked: doc.booked - 1, updatedAt: now } })
}

/**
 * The slot a citizen asked for, or the coded reason it cannot be booked now. A clear answer
 * before the transaction; the transaction itself still re-reads the counter before taking a place.
 */
async function requireBookable(db: Database, ctx: BookingContext, date: string, start: string, now: Date) {
  const counter = await findById(db, 'slots', slotId(ctx.hall.code, ctx.item.code, date, start))
  const answer = checkBookable({ hall: ctx.hall, rule: ctx.rule, cal: ctx.cal, closures: ctx.closures, date, start, booked: counter?.booked ?? 0, capacity: counter?.capacity }, now)
  if (!answer.ok) throw new AppError(answer.code)
  return answer.slot
}

export interface BookInput {
  openid: string
  idempotencyKey: string
  date: string
  start: string
  fields: Record<string, string>
  subscribed: boolean
}

/** Books a place: the slot's counter and the booking land together or not at all. */
export async function book(db: Database, ctx: BookingContext, input: BookInput, now: Date, faults: { afterCounter?: () => void } = {}): Promise<Doc> {
  const id = appointmentId(input.openid, input.idempotencyKey)
  const existing = await findById(db, 'appointments', id)
  if (existing) return replay(existing, ctx, input)
  const slot = await requireBookable(db, ctx, input.date, input.start, now)
  const doc = {
    openid: input.openid,
    code: generateAppointmentCode((n) => randomBytes(n)),
    service: ctx.item.code,
    serviceName: ctx.item.name,
    hall: ctx.hall.code,
    hallName: ctx.hall.name,
    date: input.date,
    start: slot.start,
    end: slot.end,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    status: 'booked',
    activeKey: activeKeyOf(input.openid, ctx.item.code, input.date),
    ...sealPersonal(input.fields),
    subscribed: input.subscribed,
    sequence: 0,
    createdAt: now,
    updatedAt: now
  }
  try {
    await db.runTransaction(async (tx) => {
      await takePlace(tx, ctx, input.date, slot.start, slot.startsAt, now)
      faults.afterCounter?.()
      await tx.collection('appointments').add({ data: { _id: id, ...doc } })
    })
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
    // Either the same request won a race (same id: answer as it was answered) or the citizen
    // already holds this service on this day.
    const raced = await findById(db, 'appointments', id)
    if (raced) return replay(raced, ctx, input)
    throw new AppError('APPOINTMENT.DUPLICATE')
  }
  return { _id: id, ...doc }
}

function replay(existing: Doc, ctx: BookingContext, input: BookInput): Doc {
  const same = existing.service === ctx.item.code && existing.hall === ctx.hall.code && existing.date === input.date && existing.start === input.start
  if (!same) throw new AppError('APPOINTMENT.KEY_REUSED')
  return existing
}

/** The citizen's own booking, or NOT_FOUND whoever else's it is. */
export async function ownAppointment(db: Database, openid: string, id: string): Promise<Doc> {
  const doc = await findById(db, 'appointments', id)
  if (!doc || doc.openid !== openid) throw new AppError('APPOINTMENT.NOT_FOUND')
  return doc
}

/**
 * Changes a booking's status (cancel, verify, no-show) and, for a cancellation, frees its
 * place; `guard` runs on the current document inside the transaction.
 */
export async function changeStatus(
  db: Database,
  id: string,
  event: 'cancel' | 'verify' | 'no-show',
  now: Date,
  guard: (doc: Doc) => void,
  extra: Doc = {},
  also?: (tx: Transaction, before: Doc, after: Doc) => Promise<void>
): Promise<Doc> {
  let after: Doc = {}
  await db.runTransaction(async (tx) => {
    const before = await findInTransaction(tx, 'appointments', id)
    if (!before) throw new AppError('APPOINTMENT.NOT_FOUND')
    guard(before)
    const next = transition(before.status, event)
    if (!next.ok) throw new AppError(next.code)
    const patch: Doc = { status: next.status, activeKey: released(id), updatedAt: now, ...extra }
    if (event === 'cancel') {
      patch.sequence = (before.sequence ?? 0) + 1
      await releasePlace(tx, slotId(before.hall, before.service, before.date, before.start), now)
    }
    await tx.collection('appointments').doc(id).update({ data: patch })
    after = { ...before, ...patch }
    await also?.(tx, before, after)
  })
  return after
}

const placeOf = (doc: Doc): SlotPlace => ({ hall: doc.hall, date: doc.date, start: doc.start })

/**
 * Moves a booking to another slot: the new place is taken before the old one is let go, in one
 * transaction. A move to the slot the booking already holds is refused (APPOINTMENT.SAME_SLOT)
 * before the target's counter is read, and again inside the transaction, where a concurrent
 * move may just have put the booking there: nothing is written, no SEQUENCE raised.
 */
export async function reschedule(db: Database, ctx: BookingContext, before: Doc, date: string, start: string, now: Date): Promise<Doc> {
  const target = { hall: ctx.hall.code, date, start }
  const same = checkReschedule(placeOf(before), target)
  if (same) throw new AppError(same)
  const slot = await requireBookable(db, ctx, date, start, now)
  const moved = {
    hall: ctx.hall.code,
    hallName: ctx.hall.name,
    date,
    start: slot.start,
    end: slot.end,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    activeKey: activeKeyOf(before.openid, before.service, date),
    reminderAt: null,
    updatedAt: now
  }
  let after: Doc = before
  try {
    await db.runTransaction(async (tx) => {
      const current = await findInTransaction(tx, 'appointments', before._id)
      if (!current || current.status !== 'booked') throw new AppError('APPOINTMENT.NOT_ACTIVE')
      const refusal = checkReschedule(placeOf(current), target)
      if (refusal) throw new AppError(refusal)
      await takePlace(tx, ctx, date, slot.start, slot.startsAt, now)
      await releasePlace(tx, slotId(current.hall, current.service, current.date, current.start), now)
      // The calendar version counts from the document as the transaction sees it: concurrent
      // reschedules are serialised here, so each one raises SEQUENCE once.
      const patch = { ...moved, sequence: (current.sequence ?? 0) + 1 }
      await tx.collection('appointments').doc(before._id).update({ data: patch })
      after = { ...current, ...patch }
    })
  } catch (err) {
    if (isDuplicateKeyError(err)) throw new AppError('APPOINTMENT.DUPLICATE')
    throw err
  }
  return after
}

/** The Shanghai date of `now` and the last date of a window of `days` days. */
export function windowDates(now: Date, days: number): { from: string; to: string } {
  const from = hallDate(now)
  return { from, to: addDays(from, days - 1) }
}

export { hallInstant }
