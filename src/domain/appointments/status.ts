/**
 * The one table of booking status words (no validation library, so pages may import it). The
 * counter reads the same words, except that a booking still to be verified is what it waits for.
 */
import type { BookingStatus } from './booking'

export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  booked: '已预约',
  cancelled: '已取消',
  verified: '已到场',
  'no-show': '未到场',
  rescheduled: '已改约'
}

/** At the counter a booked appointment is one waiting for 到场核验. */
export const COUNTER_STATUS_LABELS: Record<BookingStatus, string> = { ...BOOKING_STATUS_LABELS, booked: '待核验' }

/** The word for a stored status; one not of ours is shown as stored rather than hidden. */
export function statusLabel(status: string, labels: Record<BookingStatus, string> = BOOKING_STATUS_LABELS): string {
  return Object.prototype.hasOwnProperty.call(labels, status) ? labels[status as BookingStatus] : status
}
