import { ERROR_MESSAGES } from '../errors'
import { APPOINTMENT_ERROR_MESSAGES, isAppointmentErrorCode } from './errors'

describe('APPOINTMENT_ERROR_MESSAGES', () => {
  const entries = Object.entries(APPOINTMENT_ERROR_MESSAGES)

  it.each(['SLOT.FULL', 'SLOT.PAST', 'SLOT.CLOSED', 'SLOT.OUTSIDE_WINDOW', 'SLOT.CUTOFF', 'APPOINTMENT.DUPLICATE', 'APPOINTMENT.NOT_FOUND', 'APPOINTMENT.CANCEL_CUTOFF', 'APPOINTMENT.NOT_ACTIVE', 'APPOINTMENT.SAME_SLOT', 'APPOINTMENT.ALREADY_VERIFIED', 'APPOINTMENT.NOT_ENDED'])(
    'should have a message for %s',
    (code) => {
      expect(isAppointmentErrorCode(code)).toBe(true)
    }
  )

  it.each(entries)('should name %s as AREA.REASON with a Chinese message', (code, message) => {
    expect(code).toMatch(/^[A-Z]+\.[A-Z_]+$/)
    expect(message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('should merge into the main table without contradicting it', () => {
    const main: Record<string, string> = ERROR_MESSAGES
    for (const [code, message] of entries) if (code in main) expect(main[code]).toBe(message)
  })

  it.each(['toString', 'REQUEST.INVALID', '', null])('should not claim %j', (value) => {
    expect(isAppointmentErrorCode(value)).toBe(false)
  })
})
