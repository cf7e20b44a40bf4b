/**
 * A service item (政务服务事项) with the elements of the national implementation list
 * (事项实施清单要素). Administrators edit these; every element is validated here, in one place,
 * for the catalogue function and its tests.
 */
import { hallCode, serviceCode, text, wholeNumber, z } from '../schema'
import { parseDeclaration } from '../personal-fields'
import { SERVICE_FIELDS, type ServiceFieldCode } from './fields'

export { SERVICE_FIELDS, type ServiceFieldCode } from './fields'


const line = (max: number) => text(max, 1)
const fieldCodes = SERVICE_FIELDS.map((f) => f.code) as [ServiceFieldCode, ...ServiceFieldCode[]]

export const materialSchema = z.strictObject({
  name: line(80),
  form: z.array(z.enum(['original', 'copy', 'electronic'])).min(1, '请选择原件、复印件或电子件'),
  copies: wholeNumber(1, 20),
  note: text(200).default('')
})

export const serviceItemSchema = z
  .strictObject({
    code: serviceCode,
    name: line(60),
    /** One or two sentences a citizen reads in a list: what the item is for. */
    summary: line(120),
    field: z.enum(fieldCodes),
    authority: line(60),
    applicants: z.array(z.enum(['person', 'legal-person'])).min(1, '请选择服务对象'),
    conditions: z.array(line(300)).min(1, '请填写受理条件').max(20),
    materials: z.array(materialSchema).max(40),
    steps: z.array(line(200)).min(1, '请填写办理流程').max(20),
    legalDays: wholeNumber(0, 365),
    promisedDays: wholeNumber(0, 365),
    fee: z.strictObject({ free: z.boolean(), amount: text(100).default(''), basis: text(200).default('') }),
    /** Codes of the halls where the item is handled (地址、时间、电话 come from the hall). */
    halls: z.array(hallCode).min(1, '请选择办理大厅').max(20),
    visits: wholeNumber(0, 5),
    online: z.boolean(),
    bookable: z.boolean(),
    keywords: z.array(line(20)).max(20).default([]),
    faq: z.array(z.strictObject({ q: line(100), a: line(500) })).max(20).default([]),
    complaint: line(100),
    appointmentFields: z.unknown().transform((v, ctx) => {
      try {
        return parseDeclaration(v ?? [])
      } catch {
        ctx.addIssue({ code: 'custom', message: '预约所需个人信息声明不正确' })
        return z.NEVER
      }
    }),
    applicationFields: z.unknown().transform((v, ctx) => {
      try {
        return parseDeclaration(v ?? [])
      } catch {
        ctx.addIssue({ code: 'custom', message: '申请所需个人信息声明不正确' })
        return z.NEVER
      }
    })
  })
  // 承诺时限 is a promise to do better than the law, never worse.
  .refine((s) => s.promisedDays <= s.legalDays, { message: '承诺时限不能超过法定时限', path: ['promisedDays'] })
  .refine((s) => s.fee.free || (s.fee.amount !== '' && s.fee.basis !== ''), { message: '收费事项须写明收费标准和依据', path: ['fee'] })
  .refine((s) => !s.bookable || s.appointmentFields.length > 0, { message: '可预约事项须声明预约所需个人信息', path: ['appointmentFields'] })

export type ServiceItem = z.output<typeof serviceItemSchema>
