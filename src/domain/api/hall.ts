/** The hall function's contract (what anyone may read): each action's input and answer. */
import { guideDetailSchema, guideSummarySchema } from '../guides/views'
import { SERVICE_FIELDS } from '../guides/service-item'
import { NOTICE_KINDS } from '../notices/notice'
import { noticeDetailSchema, noticeSummarySchema } from '../notices/views'
import { empty, id, pageInput, serviceCode, text, z } from '../schema'
import { contracts, pageSchema } from './define'

const fieldCode = z.enum(SERVICE_FIELDS.map((f) => f.code) as [string, ...string[]])
const kindCode = z.enum(NOTICE_KINDS.map((k) => k.code) as [string, ...string[]])
const named = z.strictObject({ code: z.string(), name: z.string() })

export const homeLinkSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  hint: z.string(),
  kind: z.enum(['miniprogram', 'page']),
  appId: z.string().optional().describe('kind 为 miniprogram 时'),
  path: z.string().optional().describe('kind 为 miniprogram 时'),
  url: z.string().optional().describe('kind 为 page 时')
})

export const hallApi = contracts({
  about: {
    input: empty,
    output: z.strictObject({
      name: z.string(),
      region: z.string(),
      sponsor: z.string(),
      operator: z.string(),
      govAppFilingNo: z.string(),
      icpFilingNo: z.string(),
      privacyPolicyVersion: z.string(),
      contact: z.strictObject({ hotline: z.string(), complaint: z.string(), address: z.string() }),
      serverTime: z.string().describe('上海时间 YYYY-MM-DD HH:mm:ss')
    })
  },
  home: {
    input: empty,
    output: z.strictObject({ fields: z.array(named), pinned: z.array(noticeSummarySchema), latest: z.array(noticeSummarySchema), links: z.array(homeLinkSchema) })
  },
  listNotices: { input: z.strictObject({ ...pageInput, kind: kindCode.optional() }), output: pageSchema(noticeSummarySchema) },
  getNotice: { input: z.strictObject({ id }), output: noticeDetailSchema },
  fields: { input: empty, output: z.array(named.extend({ count: z.number() })) },
  listGuides: { input: z.strictObject({ ...pageInput, field: fieldCode }), output: pageSchema(guideSummarySchema).extend({ fieldName: z.string() }) },
  searchGuides: {
    input: z.strictObject({ ...pageInput, q: text(40, 1) }),
    output: pageSchema(guideSummarySchema.extend({ relevance: z.number() })).extend({ broad: z.boolean().describe('候选过多，只按相关度取了前一部分') })
  },
  getGuide: { input: z.strictObject({ code: serviceCode }), output: guideDetailSchema }
})
