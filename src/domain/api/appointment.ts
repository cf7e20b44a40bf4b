/** The appointment function's contract (在线预约 for citizens): each action's input and answer. */
import { availabilitySchema, bookingDetailSchema, bookingViewSchema } from '../appointments/views'
import { calendarDate, clock, hallCode, id, pageInput, serviceCode, z } from '../schema'
import { contracts, pageSchema } from './define'

export const appointmentApi = contracts({
  availability: { input: z.strictObject({ service: serviceCode, hall: hallCode }), output: availabilitySchema },
  book: {
    input: z.strictObject({
      service: serviceCode,
      hall: hallCode,
      date: calendarDate,
      start: clock,
      fields: z.record(z.string(), z.string().max(64)).default({}),
      subscribe: z.boolean().default(false),
      idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号格式不正确')
    }),
    output: bookingViewSchema
  },
  myAppointments: {
    input: z.strictObject({ ...pageInput, scope: z.enum(['upcoming', 'past']).default('upcoming') }),
    output: pageSchema(bookingViewSchema)
  },
  getAppointment: { input: z.strictObject({ id }), output: bookingDetailSchema },
  cancel: { input: z.strictObject({ id }), output: bookingViewSchema },
  reschedule: { input: z.strictObject({ id, hall: hallCode.optional(), date: calendarDate, start: clock }), output: bookingViewSchema },
  calendarFile: {
    input: z.strictObject({ id }),
    output: z.strictObject({ filename: z.string(), text: z.string().describe('RFC 5545 iCalendar') })
  }
})
