import type { Database, Doc, Transaction } from './cloud'

/** Reads one document without the SDK's throw-on-missing behaviour of doc().get(). */
export async function findById<T = Doc>(db: Database, collection: string, id: string): Promise<(T & { _id: string }) | null> {
  const { data } = await db.collection(collection).where({ _id: id }).limit(1).get()
  return (data[0] as T & { _id: string }) ?? null
}

/** CloudBase and the local store both report unique-index collisions this way. */
export function isDuplicateKeyError(err: unknown): boolean {
  const e = err as { errCode?: number; errMsg?: string; message?: string } | null
  if (!e) return false
  return e.errCode === -502001 || /duplicate key/i.test(e.errMsg ?? e.message ?? '')
}

/** CloudBase caps one read at 1000 documents; anything that must see all pages through this. */
export async function forEachPage<T = Doc>(
  db: Database,
  collection: string,
  where: Doc,
  visit: (docs: Array<T & { _id: string }>) => Promise<void>,
  pageSize = 100
): Promise<number> {
  let seen = 0
  let lastId = ''
  const _ = db.command
  for (;;) {
    const { data } = await db
      .collection(collection)
      .where({ ...where, _id: _.gt(lastId) })
      .orderBy('_id', 'asc')
      .limit(pageSize)
      .get()
    if (data.length === 0) return seen
    await visit(data as Array<T & { _id: string }>)
    seen += data.length
    lastId = data[data.length - 1]._id as string
  }
}

/** doc().get() inside a transaction, with a missing document as null rather than a throw. */
export async function findInTransaction(tx: Transaction, collection: string, id: string): Promise<Doc | null> {
  try {
    return (await tx.collection(collection).doc(id).get()).data
  } catch {
    return null
  }
}
