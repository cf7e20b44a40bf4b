/**
 * What anyone may read before acting: service fields, guide lists, search and a guide's page.
 * Only published items are ever visible here; drafts and archived items stay in the console.
 */
import { hallApi } from '../../src/domain/api/hall'
import { AppError } from '../../src/domain/errors'
import { SERVICE_FIELDS, type ServiceItem } from '../../src/domain/guides/service-item'
import { queryTerms, searchItems, strictTermSets } from '../../src/domain/guides/search'
import { ROLES } from '../../src/domain/roles'
import { pageOf } from '../../src/domain/schema'
import type { Database, Doc } from '../_shared/cloud'
import { findById } from '../_shared/db'
import { favouriteId } from '../_shared/favourites'
import { fieldName, hallsByCodes, loadSynonyms, SUMMARY_FIELDS, toSummary, type GuideSummary } from '../_shared/guides'
import { action, type ActionTable } from '../_shared/router'

/**
 * Candidates of one search are read at most this many: a query so broad that more items share
 * its words is answered with the best of these and `broad: true`, which the page says aloud.
 */
export const MAX_CANDIDATES = 3000

/** With this many items containing the query whole, partial matches would only be noise. */
export const STRONG_ENOUGH = 20

async function searchCandidates(db: Database, termCondition: unknown): Promise<{ docs: Doc[]; broad: boolean }> {
  const _ = db.command
  const docs: Doc[] = []
  let lastId = ''
  // Paged by _id because one read returns at most 1000 documents on CloudBase.
  while (docs.length < MAX_CANDIDATES) {
    const { data } = await db
      .collection('service_items')
      .where({ status: 'published', terms: termCondition, _id: _.gt(lastId) })
      .field(SUMMARY_FIELDS)
      .orderBy('_id', 'asc')
      .limit(1000)
      .get()
    docs.push(...data)
    if (data.length < 1000) return { docs, broad: false }
    lastId = data[data.length - 1]._id
  }
  return { docs: docs.slice(0, MAX_CANDIDATES), broad: true }
}

export const guideActions: ActionTable = {
  fields: action({
    ...hallApi.fields,
    summary: '服务领域及各领域已发布事项数',
    roles: ROLES,
    async run(_input, { db }) {
      const counts = await Promise.all(SERVICE_FIELDS.map((f) => db.collection('service_items').where({ status: 'published', field: f.code }).count()))
      return SERVICE_FIELDS.map((f, i) => ({ code: f.code, name: f.name, count: counts[i].total }))
    }
  }),

  listGuides: action({
    ...hallApi.listGuides,
    summary: '某服务领域的已发布办事指南，按事项编码排序，分页',
    roles: ROLES,
    async run({ field, page, pageSize }, { db }) {
      const query = db.collection('service_items').where({ status: 'published', field })
      const [{ total }, { data }] = await Promise.all([
        query.count(),
        query.field(SUMMARY_FIELDS).orderBy('code', 'asc').skip((page - 1) * pageSize).limit(pageSize).get()
      ])
      return { ...pageOf(data.map(toSummary), page, pageSize, total), fieldName: fieldName(field) }
    }
  }),

  searchGuides: action({
    ...hallApi.searchGuides,
    summary: '检索已发布的办事指南：名称、编码、关键词与管理员设置的同义词，按相关度排序（不按热度），分页',
    roles: ROLES,
    async run({ q, page, pageSize }, { db }) {
      const synonyms = await loadSynonyms(db)
      const terms = queryTerms(q, synonyms)
      if (terms.length === 0) return { ...pageOf<GuideSummary & { relevance: number }>([], page, pageSize, 0), broad: false }
      const byRelevance = (docs: Doc[]) => searchItems(docs as Array<Doc & { code: string; name: string; keywords: string[] }>, q, synonyms)
      // Strong matches first (items holding every term of a variant), then, only when they are
      // few, every item sharing a term: the forgiving half of search costs nothing when not needed.
      const strong = new Map<string, Doc>()
      let broad = false
      for (const set of strictTermSets(q, synonyms)) {
        const found = await searchCandidates(db, db.command.all(set))
        broad ||= found.broad
        for (const d of found.docs) strong.set(d._id, d)
      }
      let ranked = byRelevance([...strong.values()])
      if (ranked.length < STRONG_ENOUGH) {
        const loose = await searchCandidates(db, db.command.in(terms))
        broad = loose.broad
        ranked = byRelevance(loose.docs)
      }
      const items = ranked.slice((page - 1) * pageSize, page * pageSize).map((r) => ({ ...toSummary(r.item), relevance: r.relevance }))
      return { ...pageOf(items, page, pageSize, ranked.length), broad }
    }
  }),

  getGuide: action({
    ...hallApi.getGuide,
    summary: '一项办事指南的全部要素（含办理大厅地址、时间、电话）；群众另得是否已收藏',
    errors: ['GUIDE.NOT_FOUND'],
    roles: ROLES,
    async run({ code }, { db, caller }) {
      const doc = await findById(db, 'service_items', code)
      if (!doc || doc.status !== 'published') throw new AppError('GUIDE.NOT_FOUND')
      const { _id, terms, status, publishedAt, updatedAt, keywords, ...elements } = doc
      const item = elements as Omit<ServiceItem, 'keywords'>
      const [halls, favourite] = await Promise.all([
        hallsByCodes(db, item.halls ?? []),
        caller.role === 'citizen' ? findById(db, 'favourites', favouriteId(caller.openid as string, code)).then(Boolean) : Promise.resolve(null)
      ])
      return { ...item, fieldName: fieldName(item.field), halls, favourite }
    }
  })
}
