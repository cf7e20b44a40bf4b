/**
 * Removes what is past retention, as the registry declares (`expire` on a collection). This is
 * the only code that deletes audit records, and only those past their retention period.
 */
import { COLLECTIONS, type CollectionSpec } from '../_shared/collections'
import type { Database } from '../_shared/cloud'
import { forEachPage } from '../_shared/db'

export async function purgeExpired(db: Database, now: Date): Promise<Record<string, number>> {
  const removed: Record<string, number> = {}
  const _ = db.command
  for (const [name, spec] of Object.entries(COLLECTIONS as Record<string, CollectionSpec>)) {
    if (!spec.expire) continue
    const cutoff = new Date(now.getTime() - spec.expire.days * 24 * 3600 * 1000)
    let count = 0
    await forEachPage(db, name, { [spec.expire.field]: _.lt(cutoff) }, async (docs) => {
      count += (await db.collection(name).where({ _id: _.in(docs.map((d) => d._id)) }).remove()).stats.removed
    })
    removed[name] = count
  }
  return removed
}
