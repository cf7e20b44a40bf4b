/**
 * Closing a hall day that already has bookings. The administrator chooses what happens to them
 * (cancel with a reason, or keep them and ask the citizens to call the hall); each booking then
 * carries a closure note that its citizen sees, and one outbox message tells them. Pure rules:
 * the reason's cleaning, the note's words, the message's id and content.
 */
import { cleanLine, z } from '../schema'

export const CLOSURE_CHOICES = ['cancel', 'keep'] as const
export type ClosureChoice = (typeof CLOSURE_CHOICES)[number]

export type ClosureOutcome = 'cancelled' | 'kept'

export const CLOSURE_CHOICE_LABELS: Record<ClosureChoice, string> = {
  cancel: '取消当天的预约，并通知群众',
  keep: '保留预约，通知群众联系大厅'
}

/** What a booking keeps of the closure that touched it (stored on the booking). */
export interface ClosureNote {
  /** The closure's own id: a closure removed and set again is another closure. */
  id: string
  reason: string
  outcome: ClosureOutcome
  /** The hall's public phone at the time, so the citizen can call without another lookup. */
  phone: string
  at: Date | string
}

export const CLOSURE_REASON_MAX = 40

/** The reason as the administrator types it: cleaned of invisible characters (schema.ts), then 2 to 40 characters. */
export const closureReason = z
  .string({ error: '请填写闭厅原因' })
  .overwrite(cleanLine)
  .trim()
  .min(2, '闭厅原因至少2个字')
  .max(CLOSURE_REASON_MAX, `闭厅原因不能超过${CLOSURE_REASON_MAX}个字`)

export const closureChoice = z.enum(CLOSURE_CHOICES, { error: '请选择已有预约的处理方式：取消预约或保留并通知' })

export function outcomeOf(choice: ClosureChoice): ClosureOutcome {
  return choice === 'cancel' ? 'cancelled' : 'kept'
}

/** The sentence on the citizen's booking. */
export function closureNoteText(note: Pick<ClosureNote, 'reason' | 'outcome' | 'phone'>): string {
  if (note.outcome === 'cancelled') return `大厅当日闭厅：${note.reason}，预约已取消`
  return `大厅当日闭厅：${note.reason}，请联系大厅${note.phone ? ` ${note.phone}` : ''}`
}

/**
 * One message per booking, closure and outcome: a retried or doubled submit finds the id taken
 * and sends nothing twice, while a kept booking that is later cancelled still hears about it.
 */
export function closureMessageId(bookingId: string, closureId: string, outcome: ClosureOutcome): string {
  return `closure|${bookingId}|${closureId}|${outcome}`
}

/**
 * The subscribe message's fields (the day-before reminder's template: thing values at most 20
 * characters). A closed day never gets its reminder, so the citizen's one-time subscription
 * carries this notice instead. Only service, time, hall and what to do: no phone, no ID number.
 */
export function closureMessageData(
  booking: { serviceName: string; date: string; start: string; hallName: string },
  outcome: ClosureOutcome,
  reason: string
): Record<string, string> {
  const head = outcome === 'cancelled' ? '闭厅，预约已取消' : '闭厅，请联系大厅'
  return {
    thing1: booking.serviceName.slice(0, 20),
    time2: `${booking.date} ${booking.start}`,
    thing3: booking.hallName.slice(0, 20),
    thing4: `${head}：${reason}`.slice(0, 20)
  }
}
