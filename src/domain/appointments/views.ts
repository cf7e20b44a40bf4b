/**
 * What the functions answer about bookings, declared once: the citizen's booking, the counter's
 * row and the bookable days. The schemas are the contract (docs/api.md renders them, tests check
 * every answer against them); the builders are the one place each answer is put together.
 */
import { z } from '../schema'
import { maskName } from '../mask'
import type { PersonalFieldKey } from '../personal-fields-meta'
import { formatHallTime } from '../time'
import { canMarkNoShow, type BookingStatus } from './booking'
import { closureNoteText, type ClosureNote } from './closure'
import { formatCode } from './code'
import { slotRuleSchema } from './slots'
import { BOOKING_STATUS_LABELS, COUNTER_STATUS_LABELS, statusLabel } from './status'

const instant = z.iso.datetime()
const personalKey = z.enum(['name', 'mobile', 'idNumber'])
/** Personal fields as a response carries them: masked unless the answer says otherwise. */
const personalValues = z.partialRecord(personalKey, z.string())
const bookingStatus = z.string().describe("booked | cancelled | verified | no-show | rescheduled")

/** A booking as stored (the fields the views read); a document from the store is one. */
export interface BookingRecord {
  _id: string
  code: string
  service: string
  serviceName: string
  hall: string
  hallName: string
  date: string
  start: string
  end: string
  startsAt: Date
  endsAt: Date
  status: BookingStatus
  subscribed?: boolean
  closure?: ClosureNote | null
  name?: string
  verifiedAt?: Date | null
}

export const closureViewSchema = z.strictObject({
  reason: z.string(),
  outcome: z.enum(['cancelled', 'kept']),
  phone: z.string(),
  text: z.string().describe('群众读到的说明')
})

export const bookingViewSchema = z.strictObject({
  id: z.string(),
  code: z.string().describe('预约码，如 ABCD-2345'),
  service: z.string(),
  serviceName: z.string(),
  hall: z.string(),
  hallName: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  startsAt: instant,
  endsAt: instant,
  status: bookingStatus,
  statusLabel: z.string(),
  upcoming: z.boolean(),
  personal: personalValues.describe('脱敏'),
  subscribed: z.boolean(),
  closure: closureViewSchema.nullable()
})

export type BookingView = z.output<typeof bookingViewSchema>

export const bookingDetailSchema = bookingViewSchema.extend({
  canCancel: z.boolean(),
  cancelCutoffMinutes: z.number(),
  address: z.string(),
  phone: z.string()
})

export type BookingDetail = z.output<typeof bookingDetailSchema>

/** The closure that touched a booking, in the words its citizen reads; null when none did. */
export function closureView(note: ClosureNote | null | undefined): z.output<typeof closureViewSchema> | null {
  if (!note) return null
  return { reason: note.reason, outcome: note.outcome, phone: note.phone, text: closureNoteText(note) }
}

/** A booking as its owner sees it: `personal` already masked by the caller, the code to show at the hall. */
export function bookingView(doc: BookingRecord, personal: Partial<Record<PersonalFieldKey, string>>, now: Date): BookingView {
  return {
    id: doc._id,
    code: formatCode(doc.code),
    service: doc.service,
    serviceName: doc.serviceName,
    hall: doc.hall,
    hallName: doc.hallName,
    date: doc.date,
    start: doc.start,
    end: doc.end,
    startsAt: doc.startsAt.toISOString(),
    endsAt: doc.endsAt.toISOString(),
    status: doc.status,
    statusLabel: statusLabel(doc.status, BOOKING_STATUS_LABELS),
    upcoming: doc.status === 'booked' && doc.endsAt > now,
    personal,
    subscribed: Boolean(doc.subscribed),
    closure: closureView(doc.closure)
  }
}

export const counterRowSchema = z.strictObject({
  id: z.string(),
  code: z.string(),
  serviceName: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  status: bookingStatus,
  statusLabel: z.string(),
  name: z.string().nullable().describe('脱敏；核验本预约码的答复中为全名，供核对证件'),
  mobile: z.string().nullable().describe('脱敏'),
  idNumber: z.string().nullable().describe('脱敏'),
  verifiedAt: z.string().nullable().describe('HH:mm'),
  canMarkNoShow: z.boolean()
})

export type CounterRow = z.output<typeof counterRowSchema>

/**
 * One booking as the counter sees it, with the same status words as the citizen's view except
 * 待核验. `reveal` only in the answer to verifying its own code: the counter checks the person
 * in front of it by name; the phone stays masked.
 */
export function counterRow(doc: BookingRecord, personal: Partial<Record<PersonalFieldKey, string>>, now: Date, reveal = false): CounterRow {
  const name = doc.name ?? null
  return {
    id: doc._id,
    code: formatCode(doc.code),
    serviceName: doc.serviceName,
    date: doc.date,
    start: doc.start,
    end: doc.end,
    status: doc.status,
    statusLabel: statusLabel(doc.status, COUNTER_STATUS_LABELS),
    name: name === null ? null : reveal ? name : maskName(name),
    mobile: personal.mobile ?? null,
    idNumber: personal.idNumber ?? null,
    verifiedAt: doc.verifiedAt ? formatHallTime(doc.verifiedAt, 'HH:mm') : null,
    // The same rule markNoShow enforces, so the page offers the button only when it will work.
    canMarkNoShow: canMarkNoShow(doc.status, doc.endsAt, now)
  }
}

export const slotViewSchema = z.strictObject({
  start: z.string(),
  end: z.string(),
  status: z.enum(['open', 'full', 'past', 'cutoff', 'beyond-window']),
  remaining: z.number()
})

export const availabilitySchema = z.strictObject({
  service: z.strictObject({
    code: z.string(),
    name: z.string(),
    fields: z.array(z.strictObject({ key: personalKey, purpose: z.string() })).describe('该事项预约所需的个人信息')
  }),
  hall: z.strictObject({ code: z.string(), name: z.string(), address: z.string(), hoursText: z.string() }),
  rule: slotRuleSchema,
  dates: z.array(
    z.strictObject({
      date: z.string(),
      open: z.boolean(),
      reason: z.enum(['weekend', 'holiday', 'closed']).optional(),
      slots: z.array(slotViewSchema)
    })
  ),
  serverTime: instant
})

export type Availability = z.output<typeof availabilitySchema>
export type SlotView = z.output<typeof slotViewSchema>
