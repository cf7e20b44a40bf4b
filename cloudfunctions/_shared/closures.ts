/**
 * What closing a hall day does to the bookings already made for it. One transaction per
 * booking: its status (for a cancellation, with its slot counter), its closure note, its audit
 * record and its outbox message land together or not at all. Every step checks what is already
 * there, so a retried or doubled submit changes nothing twice and sends nothing twice; the
 * bookings are read in pages by id, past any page size.
 */
import { closureMessageData, closureMessageId, outcomeOf, type ClosureChoice, type ClosureNote, type ClosureOutcome } from '../../src/domain/appointments/closure'
import { AppError } from '../../src/domain/errors'
import { emptyCounts, type DeliveryCounts, type OutboxState } from '../../src/domain/outbox'
import { changeStatus } from './appointments'
import { auditIn } from './audit'
import type { Doc, Transaction } from './cloud'
import { findInTransaction, forEachPage } from './db'
import { deliver, enqueueIn, type Message } from './messages'
import type { ActionContext } from './context'

export interface Closure {
  hall: string
  date: string
  reason: string
  closureId: string
  phone: string
}

export interface ClosureRun {
  /** Bookings changed by this run. */
  changed: number
  /** Bookings that already carried this closure's outcome (an earlier or concurrent run). */
  unchanged: number
  messages: DeliveryCounts
}

/** The booking as the audit record shows it: the fields a closure changes. */
function audited(doc: Doc): Record<string, unknown> {
  const note = doc.closure as ClosureNote | undefined
  return {
    status: doc.status,
    closure: note ? { id: note.id, reason: note.reason, outcome: note.outcome } : null
  }
}

function messageFor(doc: Doc, closure: Closure, outcome: ClosureOutcome): Message {
  return {
    id: closureMessageId(doc._id as string, closure.closureId, outcome),
    openid: doc.openid as string,
    page: `appointment/pages/detail/index?id=${doc._id}`,
    data: closureMessageData({ serviceName: String(doc.serviceName), date: String(doc.date), start: String(doc.start), hallName: String(doc.hallName) }, outcome, closure.reason),
    subscribed: Boolean(doc.subscribed)
  }
}

const NOT_THIS_DAY = new AppError('APPOINTMENT.NOT_ACTIVE')

/** Applies the closure to one booking; the outbox state of its message, or null when nothing changed. */
async function closeOne(ctx: ActionContext, id: string, closure: Closure, choice: ClosureChoice, now: Date): Promise<{ state: OutboxState | null; message: Message } | null> {
  const outcome = outcomeOf(choice)
  let result: { state: OutboxState | null; message: Message } | null = null
  const note = (): ClosureNote => ({ id: closure.closureId, reason: closure.reason, outcome, phone: closure.phone, at: now })
  const also = async (tx: Transaction, before: Doc, after: Doc) => {
    await auditIn(tx, ctx, { collection: 'appointments', id }, audited(before), audited(after))
    const message = messageFor(before, closure, outcome)
    result = { state: await enqueueIn(tx, message, now), message }
  }
  // Read again inside the transaction: only a booking still held for this hall and day changes.
  const guard = (doc: Doc) => {
    if (doc.hall !== closure.hall || doc.date !== closure.date || doc.status !== 'booked') throw NOT_THIS_DAY
    const current = doc.closure as ClosureNote | undefined
    if (current?.id === closure.closureId && current.outcome === outcome) throw NOT_THIS_DAY
  }
  if (choice === 'cancel') {
    try {
      await changeStatus(ctx.db, id, 'cancel', now, guard, { closure: note() }, also)
    } catch (err) {
      if (err === NOT_THIS_DAY || (err instanceof AppError && err.code === 'APPOINTMENT.NOT_ACTIVE')) return null
      throw err
    }
    return result
  }
  let skipped = false
  await ctx.db.runTransaction(async (tx) => {
    const before = await findInTransaction(tx, 'appointments', id)
    try {
      if (!before) throw NOT_THIS_DAY
      guard(before)
    } catch {
      skipped = true
      return
    }
    const patch = { closure: note(), updatedAt: now }
    await tx.collection('appointments').doc(id).update({ data: patch })
    await also(tx, before, { ...before, ...patch })
  })
  return skipped ? null : result
}

/**
 * Applies a closure to every booking still held for its hall and day. Messages that could only
 * be written (local hall, citizen not subscribed) are counted as such; queued ones are handed to
 * WeChat after their transaction commits.
 */
export async function applyClosure(ctx: ActionContext, closure: Closure, choice: ClosureChoice, now: Date): Promise<ClosureRun> {
  const run: ClosureRun = { changed: 0, unchanged: 0, messages: emptyCounts() }
  await forEachPage(ctx.db, 'appointments', { hall: closure.hall, date: closure.date, status: 'booked' }, async (docs) => {
    for (const doc of docs) {
      const done = await closeOne(ctx, doc._id, closure, choice, now)
      if (!done) {
        run.unchanged++
        continue
      }
      run.changed++
      if (done.state === null) {
        run.messages.skipped++
        continue
      }
      const state = done.state === 'queued' ? await deliver(ctx.db, done.message, now) : done.state
      run.messages[state]++
    }
  })
  return run
}

/**
 * Reopening the day: a kept booking's "please call the hall" would mislead, so its note goes
 * (audited, one transaction each). Cancelled bookings stay cancelled and keep their note: that
 * is what happened to them.
 */
export async function clearKeptNotes(ctx: ActionContext, hall: string, date: string, closureId: string, now: Date): Promise<number> {
  let cleared = 0
  await forEachPage(ctx.db, 'appointments', { hall, date, status: 'booked', 'closure.id': closureId }, async (docs) => {
    for (const doc of docs) {
      await ctx.db.runTransaction(async (tx) => {
        const before = await findInTransaction(tx, 'appointments', doc._id)
        const note = before?.closure as ClosureNote | undefined
        if (!before || before.status !== 'booked' || note?.id !== closureId) return
        await tx.collection('appointments').doc(doc._id).update({ data: { closure: null, updatedAt: now } })
        await auditIn(tx, ctx, { collection: 'appointments', id: doc._id }, audited(before), audited({ ...before, closure: undefined }))
        cleared++
      })
    }
  })
  return cleared
}
