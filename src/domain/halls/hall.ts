/**
 * A service hall (政务服务大厅 or 分中心): where citizens go, when it is open, and how to reach it.
 * Opening hours are structured (not free text) so appointment slots can be computed from them.
 */
import { clock, hallCode, text, z } from '../schema'

/** One opening period of a day, such as 09:00–12:00. */
export const periodSchema = z
  .strictObject({ from: clock, to: clock })
  .refine((p) => p.from < p.to, { message: '结束时间应晚于开始时间', path: ['to'] })

export const hallSchema = z.strictObject({
  code: hallCode,
  name: text(60, 2),
  address: text(120, 4),
  phone: z.string().trim().regex(/^[0-9-]{7,20}$/, '电话格式不正确'),
  /** Days the hall opens, 1 = Monday … 7 = Sunday (adjusted workdays and holidays come from the calendar). */
  weekdays: z.array(z.number().int().min(1).max(7)).min(1, '请至少选择一天').max(7),
  periods: z.array(periodSchema).min(1).max(4),
  /** What a person reads: 周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）. */
  hoursText: text(120, 4),
  transit: text(200).default('')
})

export type Hall = z.output<typeof hallSchema>
