/**
 * Failures of booking a hall appointment, in the words citizens and staff read. ../errors.ts
 * spreads this table into ERROR_MESSAGES, the one table functions and clients use; it lives
 * apart because the rules in this folder type their refusals with it (AppointmentErrorCode,
 * SlotErrorCode), and ../errors.ts imports this file, never the reverse. Not every appointment
 * code is here: NOT_BOOKABLE, CODE_INVALID, WRONG_HALL, NOT_TODAY and KEY_REUSED are declared in
 * ../errors.ts (checkVerify names NOT_TODAY as a plain literal).
 * Messages are static (no minutes or dates) so every client shows the same words for a code.
 */
export const APPOINTMENT_ERROR_MESSAGES = {
  'SLOT.FULL': '该时段已约满，请选择其他时段',
  'SLOT.PAST': '该时段已过，请选择其他时段',
  'SLOT.CLOSED': '大厅该时段不对外办公，请选择其他时段',
  'SLOT.OUTSIDE_WINDOW': '该日期暂未开放预约，请在可预约日期内选择',
  'SLOT.CUTOFF': '该时段已停止预约，请选择其他时段',
  'APPOINTMENT.DUPLICATE': '您当天已预约过该事项，请勿重复预约',
  'APPOINTMENT.NOT_FOUND': '未找到该预约记录',
  'APPOINTMENT.CANCEL_CUTOFF': '距预约时间较近，已不能在线取消；如不能按时前往，请联系大厅',
  'APPOINTMENT.NOT_ACTIVE': '该预约已取消、已办结或已改约，不能再进行此操作',
  'APPOINTMENT.SAME_SLOT': '已是该时段，无需改约',
  // The counter's answer names the time instead (已于 HH:mm 核验, see verifiedMessage).
  'APPOINTMENT.ALREADY_VERIFIED': '该预约已核验到场，无需重复核验',
  'APPOINTMENT.NOT_ENDED': '预约时段结束后才能标记未到场'
} as const

export type AppointmentErrorCode = keyof typeof APPOINTMENT_ERROR_MESSAGES

export type SlotErrorCode = Extract<AppointmentErrorCode, `SLOT.${string}`>

export function isAppointmentErrorCode(value: unknown): value is AppointmentErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(APPOINTMENT_ERROR_MESSAGES, value)
}
