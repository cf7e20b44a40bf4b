/** The user function's contract (the caller's own role, consent, data and favourites): each action's input and answer. */
import { CONSENT_PURPOSES, type ConsentPurpose } from '../consent'
import { guideSummarySchema } from '../guides/views'
import { ROLES } from '../roles'
import { empty, pageInput, serviceCode, z } from '../schema'
import { contracts, pageSchema } from './define'

const purpose = z.enum(Object.keys(CONSENT_PURPOSES) as [ConsentPurpose, ...ConsentPurpose[]])

export const consentStatusSchema = z.strictObject({
  policyVersion: z.string(),
  state: z.enum(['none', 'given', 'outdated', 'withdrawn']),
  purposes: z.array(purpose),
  available: z.array(z.strictObject({ key: purpose, label: z.string() }))
})

export type ConsentStatus = z.output<typeof consentStatusSchema>

export const userApi = contracts({
  whoami: {
    input: empty,
    output: z.strictObject({
      role: z.enum(ROLES),
      roleLabel: z.string(),
      userCode: z.string().nullable().describe('调用者自己的用户编号（OPENID），工作人员交给管理员以授予角色'),
      name: z.string().nullable(),
      department: z.strictObject({ code: z.string(), name: z.string() }).nullable()
    })
  },
  consentStatus: { input: empty, output: consentStatusSchema },
  giveConsent: {
    input: z.strictObject({ policyVersion: z.string().max(32), purposes: z.array(purpose).min(1).max(10) }),
    output: z.strictObject({ policyVersion: z.string(), state: z.literal('given'), purposes: z.array(purpose) })
  },
  withdrawConsent: { input: empty, output: z.strictObject({ state: z.literal('withdrawn') }) },
  myData: {
    input: empty,
    output: z.strictObject({
      exportedAt: z.iso.datetime(),
      collections: z.array(z.strictObject({ name: z.string(), purpose: z.string(), documents: z.array(z.record(z.string(), z.unknown())) }))
    })
  },
  deleteMyData: {
    input: z.strictObject({ confirm: z.literal('确认删除', { message: '请输入「确认删除」' }) }),
    output: z.strictObject({
      deleted: z.record(z.string(), z.number()).describe('各集合删除的条数'),
      kept: z.array(z.strictObject({ name: z.string(), purpose: z.string(), count: z.number(), reason: z.string() }))
    })
  },
  addFavourite: { input: z.strictObject({ code: serviceCode }), output: z.strictObject({ code: z.string(), favourite: z.literal(true) }) },
  removeFavourite: { input: z.strictObject({ code: serviceCode }), output: z.strictObject({ code: z.string(), favourite: z.literal(false) }) },
  listFavourites: {
    input: z.strictObject(pageInput),
    output: pageSchema(guideSummarySchema.extend({ available: z.boolean().describe('是否仍在办理'), at: z.iso.datetime() }))
  }
})
