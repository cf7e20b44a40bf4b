/**
 * CloudBase's server-side database API over the local Store. Result shapes, limits and errors
 * follow wx-server-sdk so that function code behaves the same in both runtimes.
 */
import type * as Sdk from 'wx-server-sdk'
import { compileUpdate, compileWhere, createCommand, DbRegExp, isPlainObject, QueryCommand, resolveValue, ServerDate } from './command'
import { DatabaseError, ERR_NOT_FOUND, type Store, type StoreTransaction } from './store'

type Doc = Record<string, any>

/** CloudBase's server SDK returns 100 documents by default and at most 1000 per read. */
export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000

function ok<T extends object>(op: string, extra: T): T & { errMsg: string } {
  return { ...extra, errMsg: `${op}:ok` }
}

function checkData(data: unknown, op: string): Doc {
  if (!isPlainObject(data)) throw new DatabaseError(-501001, `${op}:fail data must be an object`)
  return data
}

interface QueryState {
  where: unknown[]
  orderBy: Array<[string, 1 | -1]>
  skip: number
  limit?: number
  projection?: Record<string, 0 | 1>
}

class LocalQuery implements Sdk.Query {
  constructor(
    protected readonly store: Store,
    protected readonly name: string,
    protected readonly state: QueryState = { where: [], orderBy: [], skip: 0 }
  ) {}

  protected with(patch: Partial<QueryState>): LocalQuery {
    return new LocalQuery(this.store, this.name, { ...this.state, ...patch })
  }

  where(condition: Doc): LocalQuery {
    if (!isPlainObject(condition) && !(condition instanceof QueryCommand)) throw new DatabaseError(-501001, 'where:fail condition must be an object')
    return this.with({ where: [...this.state.where, condition] })
  }

  orderBy(field: string, order: 'asc' | 'desc'): LocalQuery {
    if (order !== 'asc' && order !== 'desc') throw new DatabaseError(-501001, 'orderBy:fail order must be asc or desc')
    return this.with({ orderBy: [...this.state.orderBy, [field, order === 'asc' ? 1 : -1]] })
  }

  skip(n: number): LocalQuery {
    if (!Number.isInteger(n) || n < 0) throw new DatabaseError(-501001, 'skip:fail must be a non-negative integer')
    return this.with({ skip: n })
  }

  limit(n: number): LocalQuery {
    if (!Number.isInteger(n) || n < 1) throw new DatabaseError(-501001, 'limit:fail must be a positive integer')
    return this.with({ limit: Math.min(n, MAX_LIMIT) })
  }

  field(projection: Record<string, boolean | 0 | 1>): LocalQuery {
    return this.with({ projection: Object.fromEntries(Object.entries(projection).map(([k, v]) => [k, v ? 1 : 0])) as Record<string, 0 | 1> })
  }

  protected mongoQuery(): Doc {
    const now = Date.now()
    const parts = this.state.where.map((w) => compileWhere(w, '', now)).filter((q) => Object.keys(q).length > 0)
    if (parts.length === 0) return {}
    return parts.length === 1 ? parts[0] : { $and: parts }
  }

  async get(): Promise<Sdk.GetResult> {
    const data = await this.store.find(this.name, this.mongoQuery(), {
      sort: this.state.orderBy,
      skip: this.state.skip,
      limit: this.state.limit ?? DEFAULT_LIMIT,
      projection: this.state.projection
    })
    return ok('collection.get', { data })
  }

  async count(): Promise<Sdk.CountResult> {
    return ok('collection.count', { total: await this.store.count(this.name, this.mongoQuery()) })
  }

  async update(options: { data: Doc }): Promise<Sdk.UpdateResult> {
    const modifier = compileUpdate(checkData(options?.data, 'collection.update'))
    const updated = await this.store.update(this.name, this.mongoQuery(), modifier, { multi: true })
    return ok('collection.update', { stats: { updated } })
  }

  async remove(): Promise<Sdk.RemoveResult> {
    const removed = await this.store.remove(this.name, this.mongoQuery(), { multi: true })
    return ok('collection.remove', { stats: { removed } })
  }
}

class LocalDocument implements Sdk.DocumentReference {
  constructor(
    private readonly store: Store,
    private readonly name: string,
    private readonly id: string
  ) {}

  async get(): Promise<Sdk.DocGetResult> {
    const [doc] = await this.store.find(this.name, { _id: this.id }, { limit: 1 })
    if (!doc) throw new DatabaseError(ERR_NOT_FOUND, `document.get:fail document with _id ${this.id} does not exist`)
    return ok('document.get', { data: doc })
  }

  async set(options: { data: Doc }): Promise<Sdk.SetResult> {
    const data = resolveValue(checkData(options?.data, 'document.set'), Date.now()) as Doc
    delete data._id
    const stats = await this.store.replace(this.name, this.id, data)
    return ok('document.set', { _id: this.id, stats })
  }

  async update(options: { data: Doc }): Promise<Sdk.UpdateResult> {
    const modifier = compileUpdate(checkData(options?.data, 'document.update'))
    const updated = await this.store.update(this.name, { _id: this.id }, modifier, { multi: false })
    return ok('document.update', { stats: { updated } })
  }

  async remove(): Promise<Sdk.RemoveResult> {
    const removed = await this.store.remove(this.name, { _id: this.id }, { multi: false })
    return ok('document.remove', { stats: { removed } })
  }
}

class LocalCollection extends LocalQuery implements Sdk.CollectionReference {
  doc(id: string): LocalDocument {
    if (typeof id !== 'string' || id === '') throw new DatabaseError(-501001, 'doc:fail id must be a non-empty string')
    return new LocalDocument(this.store, this.name, id)
  }

  async add(options: { data: Doc | Doc[] }): Promise<any> {
    const now = Date.now()
    const list = Array.isArray(options?.data) ? options.data : [options?.data]
    const docs = list.map((d) => resolveValue(checkData(d, 'collection.add'), now) as Doc)
    const ids = await this.store.insert(this.name, docs)
    return Array.isArray(options.data) ? ok('collection.add', { _ids: ids }) : ok('collection.add', { _id: ids[0] })
  }
}

class LocalTransaction implements Sdk.Transaction {
  constructor(private readonly tx: StoreTransaction) {}

  collection(name: string): Sdk.TransactionCollection {
    const tx = this.tx
    return {
      doc: (id: string) => ({
        async get() {
          const data = await tx.get(name, id)
          if (!data) throw new DatabaseError(ERR_NOT_FOUND, `document.get:fail document with _id ${id} does not exist`)
          return ok('document.get', { data })
        },
        async set(options: { data: Doc }) {
          const data = resolveValue(checkData(options?.data, 'document.set'), Date.now()) as Doc
          delete data._id
          return ok('document.set', { _id: id, stats: await tx.set(name, id, data) })
        },
        async update(options: { data: Doc }) {
          const updated = await tx.update(name, id, compileUpdate(checkData(options?.data, 'document.update')))
          return ok('document.update', { stats: { updated } })
        },
        async remove() {
          return ok('document.remove', { stats: { removed: await tx.remove(name, id) } })
        }
      }),
      add: async (options: { data: Doc }) => {
        const id = await tx.add(name, resolveValue(checkData(options?.data, 'collection.add'), Date.now()) as Doc)
        return ok('collection.add', { _id: id }) as any
      }
    }
  }

  commit(): Promise<void> {
    return this.tx.commit()
  }

  async rollback(reason?: unknown): Promise<void> {
    this.tx.abort()
    throw new RollbackSignal(reason)
  }
}

class RollbackSignal {
  constructor(readonly reason: unknown) {}
}

export class LocalDatabase implements Sdk.Database {
  readonly command = createCommand()

  constructor(readonly store: Store) {}

  serverDate(options: { offset?: number } = {}) {
    return new ServerDate(options.offset ?? 0)
  }

  RegExp(options: { regexp: string; options?: string }) {
    return new DbRegExp(options.regexp, options.options ?? '')
  }

  collection(name: string): LocalCollection {
    if (typeof name !== 'string' || !name) throw new DatabaseError(-501001, 'collection:fail name must be a string')
    return new LocalCollection(this.store, name)
  }

  async startTransaction(): Promise<Sdk.Transaction> {
    const tx = await this.store.begin()
    const wrapped = new LocalTransaction(tx)
    // With startTransaction, rollback() resolves rather than rejecting.
    return {
      collection: (n: string) => wrapped.collection(n),
      commit: () => wrapped.commit(),
      rollback: async () => {
        tx.abort()
      }
    }
  }

  /**
   * Runs `fn` in a transaction: committed if it returns, discarded if it throws or calls
   * transaction.rollback(reason), in which case the promise rejects with that reason.
   */
  async runTransaction<R>(fn: (transaction: Sdk.Transaction) => Promise<R>): Promise<R> {
    const tx = await this.store.begin()
    try {
      const result = await fn(new LocalTransaction(tx))
      await tx.commit()
      return result
    } catch (err) {
      tx.abort()
      if (err instanceof RollbackSignal) throw err.reason
      throw err
    }
  }
}
