/** The admin function's contract for what citizens read: the catalogue, notices and convenience links. */
import { SERVICE_FIELDS, serviceItemSchema } from '../guides/service-item'
import { linkSchema } from '../links'
import { NOTICE_KINDS, noticeDraftSchema } from '../notices/notice'
import { empty, id, pageInput, serviceCode, text, z } from '../schema'
import { contracts, pageSchema } from './define'

const fieldCode = z.enum(SERVICE_FIELDS.map((f) => f.code) as [string, ...string[]])
const kindCode = z.enum(NOTICE_KINDS.map((k) => k.code) as [string, ...string[]])
const word = text(20, 1)
const itemStatus = z.enum(['draft', 'published', 'archived'])

export const itemRowSchema = z.strictObject({
  code: z.string(),
  name: z.string(),
  field: z.string(),
  fieldName: z.string(),
  authority: z.string(),
  status: itemStatus,
  statusLabel: z.string(),
  updatedAt: z.iso.datetime()
})

export const hallRowSchema = z.strictObject({ code: z.string(), name: z.string(), address: z.string(), phone: z.string(), hoursText: z.string() })

const itemStatusSchema = z.strictObject({ code: z.string(), status: itemStatus, statusLabel: z.string() })

/** A notice as the console lists it: every state, and when it was last changed. */
export const adminNoticeRowSchema = z.strictObject({
  id: z.string(),
  kind: z.string(),
  kindName: z.string(),
  title: z.string(),
  source: z.string(),
  state: z.enum(['draft', 'scheduled', 'published', 'withdrawn']),
  stateLabel: z.string(),
  pinned: z.boolean(),
  publishAt: z.iso.datetime().nullable(),
  version: z.number(),
  updatedAt: z.iso.datetime()
})

const [miniprogramLink, pageLink] = linkSchema.options
export const linkRowSchema = z.discriminatedUnion('kind', [miniprogramLink.extend({ id: z.string() }), pageLink.extend({ id: z.string() })])

export type ItemRow = z.output<typeof itemRowSchema>
export type HallRow = z.output<typeof hallRowSchema>
export type AdminNoticeRow = z.output<typeof adminNoticeRowSchema>
export type LinkRow = z.output<typeof linkRowSchema>

export const catalogueApi = contracts({
  listItems: {
    input: z.strictObject({ ...pageInput, status: itemStatus.optional(), field: fieldCode.optional(), q: text(40).optional() }),
    output: pageSchema(itemRowSchema)
  },
  getItem: {
    input: z.strictObject({ code: serviceCode }),
    output: z.strictObject({ item: serviceItemSchema, status: itemStatus, statusLabel: z.string(), updatedAt: z.iso.datetime() })
  },
  createItem: { input: z.strictObject({ item: serviceItemSchema }), output: z.strictObject({ code: z.string(), status: z.literal('draft') }) },
  updateItem: {
    input: z.strictObject({ code: serviceCode, item: serviceItemSchema }).refine((v) => v.item.code === v.code, { message: '事项编码不可修改', path: ['item', 'code'] }),
    output: z.strictObject({ code: z.string(), status: itemStatus })
  },
  publishItem: { input: z.strictObject({ code: serviceCode }), output: itemStatusSchema },
  archiveItem: { input: z.strictObject({ code: serviceCode }), output: itemStatusSchema },
  listHalls: { input: empty, output: z.array(hallRowSchema) },
  listSynonyms: { input: empty, output: z.array(z.strictObject({ word: z.string(), targets: z.array(z.string()) })) },
  setSynonym: {
    input: z.strictObject({ word, targets: z.array(word).min(1).max(10) }),
    output: z.strictObject({ word: z.string(), targets: z.array(z.string()) })
  },
  removeSynonym: { input: z.strictObject({ word }), output: z.strictObject({ word: z.string() }) }
})

export const noticeAdminApi = contracts({
  listAllNotices: {
    input: z.strictObject({ ...pageInput, kind: kindCode.optional(), status: z.enum(['draft', 'published', 'withdrawn']).optional() }),
    output: pageSchema(adminNoticeRowSchema)
  },
  getNoticeForEdit: {
    input: z.strictObject({ id }),
    output: z.strictObject({
      notice: adminNoticeRowSchema.extend({ body: z.string() }),
      revisions: z.array(z.strictObject({ version: z.number(), title: z.string(), body: z.string(), editedAt: z.iso.datetime() })).describe('最近 20 个旧版本，新的在前')
    })
  },
  saveNotice: { input: z.strictObject({ id: id.optional(), draft: noticeDraftSchema }), output: adminNoticeRowSchema },
  publishNotice: { input: z.strictObject({ id, at: z.iso.datetime({ offset: true }).optional() }), output: adminNoticeRowSchema },
  withdrawNotice: { input: z.strictObject({ id }), output: adminNoticeRowSchema },
  pinNotice: { input: z.strictObject({ id, pinned: z.boolean() }), output: adminNoticeRowSchema }
})

export const linkApi = contracts({
  listLinks: { input: empty, output: z.array(linkRowSchema) },
  saveLink: { input: z.strictObject({ id: id.optional(), link: linkSchema }), output: linkRowSchema },
  removeLink: { input: z.strictObject({ id }), output: z.strictObject({ id: z.string() }) }
})
