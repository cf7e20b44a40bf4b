/** The admin function's contract for how halls take appointments: halls, slot rules, closures, the calendar, the load and the outbox. */
import { closureChoice, closureReason } from '../appointments/closure'
import { slotRuleSchema } from '../appointments/slots'
import { holidayCalendarSchema } from '../calendar/workdays'
import { hallSchema } from '../halls/hall'
import { OUTBOX_STATES } from '../outbox'
import { calendarDate, empty, hallCode, pageInput, serviceCode, z } from '../schema'
import { contracts, pageSchema } from './define'

const date = calendarDate
const count = z.number()
const bookingsChoice = closureChoice.nullable().describe('当天已有预约的处理方式：cancel 取消，keep 保留并通知')

export const deliveryCountsSchema = z.strictObject({
  queued: count,
  sent: count,
  failed: count,
  unsubscribed: count,
  local: count,
  skipped: count.describe('以前已发过、不再重复')
})

export const outboxRowSchema = z.strictObject({
  id: z.string(),
  kind: z.enum(['reminder', 'closure']),
  template: z.string(),
  page: z.string(),
  data: z.record(z.string(), z.string()),
  state: z.enum(OUTBOX_STATES),
  stateLabel: z.string(),
  createdAt: z.iso.datetime()
})

export const closureRowSchema = z.strictObject({ date: z.string(), reason: z.string(), bookings: bookingsChoice })

export type HallInfo = z.output<typeof hallSchema>
export type OutboxRow = z.output<typeof outboxRowSchema>

export const appointmentAdminApi = contracts({
  getHall: { input: z.strictObject({ code: hallCode }), output: hallSchema },
  saveHall: { input: z.strictObject({ hall: hallSchema }), output: hallSchema },
  listSlotRules: {
    input: z.strictObject({ hall: hallCode }),
    output: z.strictObject({ defaults: slotRuleSchema, rules: z.array(slotRuleSchema.extend({ service: z.string(), serviceName: z.string() })) })
  },
  setSlotRule: {
    input: z.strictObject({ hall: hallCode, service: serviceCode, rule: slotRuleSchema }),
    output: slotRuleSchema.extend({ hall: z.string(), service: z.string() })
  },
  listClosures: { input: z.strictObject({ hall: hallCode }), output: z.array(closureRowSchema) },
  previewClosure: {
    input: z.strictObject({ hall: hallCode, date }),
    output: z.strictObject({
      hall: z.string(),
      date: z.string(),
      booked: count.describe('当天有效预约'),
      subscribed: count.describe('其中订阅了消息的'),
      closed: z.strictObject({ reason: z.string(), bookings: bookingsChoice }).nullable()
    })
  },
  setClosure: {
    input: z.strictObject({ hall: hallCode, date, reason: closureReason, bookings: closureChoice.optional() }),
    output: closureRowSchema.extend({
      hall: z.string(),
      bookedThatDay: count,
      changed: count.describe('本次变更的预约'),
      unchanged: count.describe('以前已处理、未再变更的预约'),
      messages: deliveryCountsSchema
    })
  },
  removeClosure: {
    input: z.strictObject({ hall: hallCode, date }),
    output: z.strictObject({ hall: z.string(), date: z.string(), cleared: count.describe('去掉闭厅说明的保留预约') })
  },
  getCalendar: { input: empty, output: holidayCalendarSchema },
  setCalendar: { input: holidayCalendarSchema, output: holidayCalendarSchema },
  bookingLoad: {
    input: z.strictObject({ hall: hallCode }),
    output: z.strictObject({ hall: z.string(), days: z.array(z.strictObject({ date: z.string(), booked: count, capacity: count })) })
  },
  listOutbox: { input: z.strictObject(pageInput), output: pageSchema(outboxRowSchema) }
})
