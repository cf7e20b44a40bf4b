/**
 * Reading the catalogue: what citizens, favourites and the admin console all show of a service
 * item, one shape each, so a list row looks the same wherever it appears.
 */
import { SERVICE_FIELDS, type ServiceItem } from '../../src/domain/guides/service-item'
import { indexTerms, type Synonyms } from '../../src/domain/guides/search'
import type { GuideSummary, HallView } from '../../src/domain/guides/views'
import type { Database, Doc } from './cloud'

export type { GuideSummary, HallView }

import type { ItemStatus } from '../../src/domain/guides/lifecycle'

const FIELD_NAMES = new Map<string, string>(SERVICE_FIELDS.map((f) => [f.code, f.name]))

export function fieldName(code: string): string {
  return FIELD_NAMES.get(code) ?? code
}

/** The columns a list row needs; never the search terms or the long elements. */
export const SUMMARY_FIELDS = { code: true, name: true, summary: true, field: true, authority: true, online: true, bookable: true, promisedDays: true, visits: true, keywords: true, status: true } as const

export function toSummary(doc: Doc): GuideSummary {
  return {
    code: doc.code,
    name: doc.name,
    summary: doc.summary,
    field: doc.field,
    fieldName: fieldName(doc.field),
    authority: doc.authority,
    online: Boolean(doc.online),
    bookable: Boolean(doc.bookable),
    promisedDays: doc.promisedDays,
    visits: doc.visits
  }
}

/** The item's elements as an editor submitted them, without storage bookkeeping. */
export function toItem(doc: Doc): ServiceItem {
  const { _id, terms, status, publishedAt, updatedAt, ...item } = doc
  return item as ServiceItem
}

/** The stored form of an item: its elements, the search terms derived from them, its status. */
export function storedItem(item: ServiceItem, status: ItemStatus, publishedAt: Date | null): Doc {
  return { ...item, terms: indexTerms(item), status, publishedAt, updatedAt: new Date() }
}

export async function loadSynonyms(db: Database): Promise<Synonyms> {
  const { data } = await db.collection('synonyms').limit(1000).get()
  return Object.fromEntries(data.map((d) => [d._id as string, d.targets as string[]]))
}

export async function hallsByCodes(db: Database, codes: string[]): Promise<HallView[]> {
  if (codes.length === 0) return []
  const { data } = await db.collection('halls').where({ code: db.command.in(codes) }).limit(100).get()
  const byCode = new Map(data.map((h) => [h.code as string, h]))
  return codes.flatMap((code) => {
    const h = byCode.get(code)
    return h ? [{ code: h.code, name: h.name, address: h.address, phone: h.phone, hoursText: h.hoursText, transit: h.transit ?? '' }] : []
  })
}
