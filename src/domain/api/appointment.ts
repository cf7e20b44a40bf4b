/** The appointment function's contract (在线预约 for citizens): each action's input and answer. */
import { availabilitySchema, bookingDetailSchema, bookingViewSchema } from '../appointments/views'
import { itemCode } from '../guides/service-item'
import { calendarDate, id, pageInput, z } from '../schema'
import { contracts, pageSchema } from './define'

export const hallCode = z.string().regex(/^H\d{2,4}$/, '大厅编码格式不正确')
export const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式如 09:30')

export const appointmentApi = contracts({
  availability: { input: z.strictObject({ service: itemCode, hall: hallCode }), output: availabilitySchema },
  book: {
    input: z.strictObject({
      service: itemCode,
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
