/**
 * Citizens' rights over their data (PIPL art. 44-47), driven by the registry: every collection
 * that names an `owner` field is searched, page by page, past any page size.
 */
import { COLLECTIONS, type CollectionSpec } from './collections'
import type { Database, Doc } from './cloud'
import { forEachPage } from './db'

type Owned = [name: string, spec: CollectionSpec & { owner: string }]

function owned(): Owned[] {
  return Object.entries(COLLECTIONS as Record<string, CollectionSpec>).filter((e): e is Owned => typeof e[1].owner === 'string')
}

export async function exportMyData(db: Database, openid: string) {
  const collections: Array<{ name: string; purpose: string; documents: Doc[] }> = []
  for (const [name, spec] of owned()) {
    if (spec.operational) continue
    const documents: Doc[] = []
    await forEachPage(db, name, { [spec.owner]: openid }, async (docs) => {
      documents.push(...docs)
    })
    collections.push({ name, purpose: spec.purpose, documents })
  }
  return { exportedAt: new Date().toISOString(), collections }
}

export async function eraseMyData(db: Database, openid: string) {
  const deleted: Record<string, number> = {}
  const kept: Array<{ name: string; purpose: string; count: number; reason: string }> = []
  for (const [name, spec] of owned()) {
    const where = { [spec.owner]: openid }
    if (spec.erasure && 'keep' in spec.erasure) {
      const { total } = await db.collection(name).where(where).count()
      if (total > 0) kept.push({ name, purpose: spec.purpose, count: total, reason: spec.erasure.keep })
      continue
    }
    let removed = 0
    // Remove in pages by id: CloudBase caps a multi-document remove, and ids keep it resumable.
    await forEachPage(db, name, where, async (docs) => {
      const _ = db.command
      removed += (await db.collection(name).where({ _id: _.in(docs.map((d) => d._id)) }).remove()).stats.removed
    })
    deleted[name] = removed
  }
  return { deleted, kept }
}
