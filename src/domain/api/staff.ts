/** The staff function's contract (the counter): each action's input and answer. */
import { counterRowSchema } from '../appointments/views'
import { empty, id, pageInput, z } from '../schema'
import { contracts, pageSchema } from './define'

const named = z.strictObject({ code: z.string(), name: z.string() })

export const staffApi = contracts({
  workbench: {
    input: empty,
    output: z.strictObject({ name: z.string(), department: named.nullable(), today: z.string().describe('如 2026年11月23日 星期一') })
  },
  todayAppointments: {
    input: z.strictObject({ ...pageInput, status: z.enum(['booked', 'verified', 'no-show', 'cancelled']).optional() }),
    output: pageSchema(counterRowSchema).extend({
      hall: named,
      date: z.string(),
      counts: z.strictObject({ booked: z.number(), verified: z.number(), noShow: z.number() })
    })
  },
  verifyArrival: { input: z.strictObject({ code: z.string().max(20) }), output: counterRowSchema },
  markNoShow: { input: z.strictObject({ id }), output: counterRowSchema }
})
