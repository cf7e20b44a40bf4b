/**
 * The local runtime's storage: one @seald-io/nedb datastore per collection (append-only file,
 * indexes, unique indexes) with mingo evaluating CloudBase's full query and update semantics.
 *
 * Consistency rules, matching what CloudBase guarantees:
 * - every write runs under one write lock, so a conditional update (`where` + `update`) is
 *   atomic: nothing can change the document between the match and the write;
 * - a transaction holds that lock from start to commit; its writes go to a journal file first
 *   and are applied after, so a crash mid-commit is rolled forward (or back) on the next open;
 * - readers wait while a commit is being applied, so they never see half of one.
 */
import fs from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import Datastore from '@seald-io/nedb'
import { find as mingoFind, update as applyModifier, Query } from 'mingo'
import type { CollectionSpec } from '../../cloudfunctions/_shared/collections'

type Doc = Record<string, any>

/** The part of nedb's index that candidate selection uses. */
interface NedbIndex {
  getMatching(value: unknown): Doc[]
  getBetweenBounds(query: Doc): Doc[]
}

export class DatabaseError extends Error {
  constructor(
    readonly errCode: number,
    readonly errMsg: string
  ) {
    super(errMsg)
    this.name = 'DatabaseError'
  }
}

export const ERR_DUPLICATE = -502001
export const ERR_COLLECTION = -502005
export const ERR_NOT_FOUND = -502004
export const ERR_TXN = -502007
/** Local-only: a write that the data registry does not declare. */
export const ERR_UNDECLARED_FIELD = -502010

class Mutex {
  private last: Promise<void> = Promise.resolve()

  acquire(): Promise<() => void> {
    let release!: () => void
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    const previous = this.last
    this.last = previous.then(() => held)
    let released = false
    return previous.then(() => () => {
      if (!released) {
        released = true
        release()
      }
    })
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire()
    try {
      return await fn()
    } finally {
      release()
    }
  }
}

export interface FindOptions {
  sort?: Array<[string, 1 | -1]>
  skip?: number
  limit?: number
  projection?: Record<string, 0 | 1>
}

interface JournalEntry {
  collection: string
  id: string
  before: Doc | null
  after: Doc | null
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]'

const SAFE_RANGE = new Set(['$gt', '$gte', '$lt', '$lte'])

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
}

/**
 * The conjuncts nedb can evaluate with its indexes and that can only over-select relative to
 * MongoDB semantics; mingo then applies the whole query to nedb's candidates.
 */
export function indexableConjuncts(query: Doc): Doc {
  const parts: Doc[] = Array.isArray(query.$and) && Object.keys(query).length === 1 ? query.$and : [query]
  const safe: Doc = {}
  for (const part of parts) {
    for (const [field, cond] of Object.entries(part)) {
      if (field.startsWith('$') || field in safe) continue
      if (isScalar(cond)) safe[field] = cond
      else if (cond && typeof cond === 'object' && !Array.isArray(cond) && !isDate(cond) && !(cond instanceof RegExp)) {
        const ops = Object.entries(cond as Doc)
        if (ops.length === 1 && (ops[0][0] === '$in' || ops[0][0] === '$all') && Array.isArray(ops[0][1]) && ops[0][1].length > 0 && ops[0][1].every(isScalar)) safe[field] = cond
        else if (ops.length > 0 && ops.every(([op, v]) => SAFE_RANGE.has(op) && (typeof v === 'number' || typeof v === 'string' || isDate(v)))) safe[field] = cond
      }
    }
  }
  return safe
}


/** Deep copy of stored documents (plain data and Dates only, which is all a document holds). */
function clone<T>(value: T): T {
  if (isDate(value)) return new Date(value.getTime()) as T
  if (Array.isArray(value)) return value.map(clone) as T
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = clone(v)
    return out as T
  }
  return value
}

export class Store {
  private readonly datastores = new Map<string, Datastore<Doc>>()
  private readonly writeLock = new Mutex()
  private applying: Promise<void> | null = null
  private readonly journalFile: string
  readonly ready: Promise<void>

  constructor(
    readonly dir: string,
    readonly collections: Record<string, CollectionSpec>,
    /** Test hook: called between journal write and apply, to simulate a crash. */
    private readonly faults: { beforeApply?: () => void } = {}
  ) {
    this.journalFile = path.join(dir, '_transaction.journal')
    this.ready = this.open()
  }

  private async open(): Promise<void> {
    fs.mkdirSync(this.dir, { recursive: true })
    for (const [name, spec] of Object.entries(this.collections)) {
      const ds = new Datastore<Doc>({ filename: path.join(this.dir, `${name}.db`) })
      await ds.loadDatabaseAsync()
      for (const index of spec.indexes) {
        const fields = index.fields.map(([f]) => f)
        await ds.ensureIndexAsync({ fieldName: fields.length === 1 ? fields[0] : fields, unique: Boolean(index.unique) })
        // CloudBase and MongoDB serve a query on any prefix of a compound index; nedb only an
        // exact match of all its fields, so the prefixes get indexes of their own.
        for (let n = 1; n < fields.length; n++) await ds.ensureIndexAsync({ fieldName: n === 1 ? fields[0] : fields.slice(0, n) })
      }
      this.datastores.set(name, ds)
    }
    await this.recover()
  }

  private ds(name: string): Datastore<Doc> {
    const ds = this.datastores.get(name)
    if (!ds) throw new DatabaseError(ERR_COLLECTION, `collection ${name} does not exist (declare it in cloudfunctions/_shared/collections.ts)`)
    return ds
  }

  /** The registry guard: every top-level field written must be declared for its collection. */
  private checkFields(name: string, doc: Doc): void {
    const fields = this.collections[name]?.fields
    if (!fields) return
    for (const key of Object.keys(doc)) {
      if (!Object.prototype.hasOwnProperty.call(fields, key)) {
        throw new DatabaseError(ERR_UNDECLARED_FIELD, `field ${key} of collection ${name} is not declared in the data registry (cloudfunctions/_shared/collections.ts)`)
      }
    }
  }

  newId(): string {
    return randomBytes(16).toString('hex')
  }

  private async barrier(): Promise<void> {
    await this.ready
    while (this.applying) await this.applying
  }

  /**
   * The smallest candidate set any one index gives for the query's indexable conjuncts (nedb
   * itself takes the first usable index, which for `status` beside a selective `$in` is nearly
   * the whole collection). Every set over-selects; mingo decides.
   */
  private indexedCandidates(ds: Datastore<Doc>, safe: Doc): Doc[] {
    const indexes = (ds as unknown as { indexes: Record<string, NedbIndex> }).indexes
    let best: Doc[] | null = null
    const consider = (docs: Doc[]) => {
      if (!best || docs.length < best.length) best = docs
    }
    for (const [field, cond] of Object.entries(safe)) {
      const index = indexes[field]
      if (!index) continue
      if (isScalar(cond)) consider(index.getMatching(cond))
      else if (Array.isArray(cond.$in)) consider(index.getMatching(cond.$in))
      else if (Array.isArray(cond.$all)) for (const value of cond.$all) consider(index.getMatching(value))
      else consider(index.getBetweenBounds(cond))
    }
    for (const [key, index] of Object.entries(indexes)) {
      if (!key.includes(',')) continue
      const fields = key.split(',')
      if (fields.every((f) => isScalar(safe[f]))) consider(index.getMatching(Object.fromEntries(fields.map((f) => [f, safe[f]]))))
    }
    return best ?? ds.getAllData()
  }

  private async candidates(name: string, query: Doc): Promise<Doc[]> {
    const ds = this.ds(name)
    // Index results and getAllData hand out nedb's own objects: callers clone before returning anything.
    const docs = this.indexedCandidates(ds, indexableConjuncts(query))
    if (Object.keys(query).length === 0) return docs
    const compiled = new Query(query)
    return docs.filter((d) => compiled.test(d))
  }

  async find(name: string, query: Doc, opts: FindOptions = {}): Promise<Doc[]> {
    await this.barrier()
    const matched = await this.candidates(name, query)
    let cursor = mingoFind(matched, {}, opts.projection && Object.keys(opts.projection).length ? opts.projection : undefined)
    if (opts.sort && opts.sort.length) cursor = cursor.sort(Object.fromEntries(opts.sort))
    if (opts.skip) cursor = cursor.skip(opts.skip)
    if (opts.limit !== undefined) cursor = cursor.limit(opts.limit)
    return clone(cursor.all() as Doc[])
  }

  async count(name: string, query: Doc): Promise<number> {
    await this.barrier()
    return (await this.candidates(name, query)).length
  }

  private async write<T>(fn: () => Promise<T>): Promise<T> {
    await this.ready
    return this.writeLock.run(fn)
  }

  private translate(err: unknown): never {
    const e = err as { errorType?: string; key?: unknown; message?: string }
    if (e?.errorType === 'uniqueViolated') throw new DatabaseError(ERR_DUPLICATE, `duplicate key error: ${String(e.key ?? '')}`)
    throw err
  }

  async insert(name: string, docs: Doc[]): Promise<string[]> {
    return this.write(async () => {
      const prepared = docs.map((d) => ({ ...clone(d), _id: typeof d._id === 'string' && d._id ? d._id : this.newId() }))
      for (const d of prepared) this.checkFields(name, d)
      try {
        await this.ds(name).insertAsync(prepared)
      } catch (err) {
        this.translate(err)
      }
      return prepared.map((d) => d._id)
    })
  }

  /** Atomic match-and-modify; returns how many documents changed. */
  async update(name: string, query: Doc, modifier: Doc, opts: { multi: boolean }): Promise<number> {
    return this.write(async () => {
      const matched = await this.candidates(name, query)
      const targets = opts.multi ? matched : matched.slice(0, 1)
      let updated = 0
      for (const doc of targets) {
        const next = clone(doc)
        const changed = applyModifier(next, modifier, [], undefined, { cloneMode: 'deep' })
        if (changed.length === 0) continue
        this.checkFields(name, next)
        try {
          await this.ds(name).updateAsync({ _id: doc._id }, next, {})
        } catch (err) {
          this.translate(err)
        }
        updated++
      }
      return updated
    })
  }

  /** Replaces (or creates) one document by id. */
  async replace(name: string, id: string, doc: Doc): Promise<{ created: number; updated: number }> {
    return this.write(async () => {
      const ds = this.ds(name)
      const next = { ...clone(doc), _id: id }
      this.checkFields(name, next)
      try {
        const existing = await ds.findOneAsync({ _id: id })
        if (existing) {
          await ds.updateAsync({ _id: id }, next, {})
          return { created: 0, updated: 1 }
        }
        await ds.insertAsync(next)
        return { created: 1, updated: 0 }
      } catch (err) {
        this.translate(err)
      }
    })
  }

  async remove(name: string, query: Doc, opts: { multi: boolean }): Promise<number> {
    return this.write(async () => {
      const matched = await this.candidates(name, query)
      const targets = opts.multi ? matched : matched.slice(0, 1)
      const ds = this.ds(name)
      for (const doc of targets) await ds.removeAsync({ _id: doc._id }, {})
      return targets.length
    })
  }

  /** Starts a transaction: the caller holds the write lock until commit or rollback. */
  async begin(timeoutMs = 30_000): Promise<StoreTransaction> {
    await this.ready
    const release = await this.writeLock.acquire()
    return new StoreTransaction(this, release, timeoutMs)
  }

  /** @internal */
  async readCommitted(name: string, id: string): Promise<Doc | null> {
    const doc = await this.ds(name).findOneAsync({ _id: id })
    return doc ? clone(doc) : null
  }

  /** @internal Applies a transaction's writes: journal, apply, clear; undo on failure. */
  async applyJournal(entries: JournalEntry[]): Promise<void> {
    if (entries.length === 0) return
    for (const e of entries) {
      this.ds(e.collection)
      if (e.after) this.checkFields(e.collection, e.after)
    }
    let done!: () => void
    this.applying = new Promise<void>((resolve) => {
      done = resolve
    })
    try {
      fs.writeFileSync(this.journalFile, serialize(entries))
      this.faults.beforeApply?.()
      await this.applyEntries(entries)
      fs.rmSync(this.journalFile, { force: true })
    } finally {
      this.applying = null
      done()
    }
  }

  private async putImage(collection: string, id: string, image: Doc | null): Promise<void> {
    const ds = this.ds(collection)
    if (image === null) {
      await ds.removeAsync({ _id: id }, {})
      return
    }
    const existing = await ds.findOneAsync({ _id: id })
    if (existing) await ds.updateAsync({ _id: id }, image, {})
    else await ds.insertAsync(image)
  }

  private async applyEntries(entries: JournalEntry[]): Promise<void> {
    const applied: JournalEntry[] = []
    try {
      for (const e of entries) {
        await this.putImage(e.collection, e.id, e.after)
        applied.push(e)
      }
    } catch (err) {
      for (const e of applied.reverse()) await this.putImage(e.collection, e.id, e.before)
      fs.rmSync(this.journalFile, { force: true })
      this.translate(err)
    }
  }

  private async recover(): Promise<void> {
    if (!fs.existsSync(this.journalFile)) return
    const entries = deserialize(fs.readFileSync(this.journalFile, 'utf8'))
    await this.applyEntries(entries)
    fs.rmSync(this.journalFile, { force: true })
  }

  async compact(): Promise<void> {
    await this.ready
    for (const ds of this.datastores.values()) await ds.compactDatafileAsync()
  }
}

const DELETED = Symbol('deleted')

export class StoreTransaction {
  private readonly overlay = new Map<string, Doc | typeof DELETED>()
  private readonly before = new Map<string, Doc | null>()
  private finished = false
  private readonly timer: NodeJS.Timeout

  constructor(
    private readonly store: Store,
    private readonly release: () => void,
    timeoutMs: number
  ) {
    // An abandoned transaction must not hold the write lock forever.
    this.timer = setTimeout(() => this.abort(), timeoutMs)
    // unref is Node's; a browser-like test environment returns a plain number.
    ;(this.timer as { unref?: () => void }).unref?.()
  }

  private key(collection: string, id: string) {
    return `${collection}\u0000${id}`
  }

  private assertOpen() {
    if (this.finished) throw new DatabaseError(ERR_TXN, 'transaction is already finished')
  }

  async get(collection: string, id: string): Promise<Doc | null> {
    this.assertOpen()
    const k = this.key(collection, id)
    if (this.overlay.has(k)) {
      const v = this.overlay.get(k)!
      return v === DELETED ? null : clone(v)
    }
    const doc = await this.store.readCommitted(collection, id)
    if (!this.before.has(k)) this.before.set(k, doc === null ? null : clone(doc))
    return doc
  }

  private async stage(collection: string, id: string, next: Doc | null) {
    const k = this.key(collection, id)
    if (!this.before.has(k)) this.before.set(k, await this.store.readCommitted(collection, id))
    this.overlay.set(k, next === null ? DELETED : clone(next))
  }

  async add(collection: string, doc: Doc): Promise<string> {
    this.assertOpen()
    const id = typeof doc._id === 'string' && doc._id ? doc._id : this.store.newId()
    if (await this.get(collection, id)) throw new DatabaseError(ERR_DUPLICATE, `duplicate key error: _id ${id}`)
    await this.stage(collection, id, { ...doc, _id: id })
    return id
  }

  async set(collection: string, id: string, doc: Doc): Promise<{ created: number; updated: number }> {
    this.assertOpen()
    const existed = Boolean(await this.get(collection, id))
    await this.stage(collection, id, { ...doc, _id: id })
    return existed ? { created: 0, updated: 1 } : { created: 1, updated: 0 }
  }

  async update(collection: string, id: string, modifier: Doc): Promise<number> {
    this.assertOpen()
    const current = await this.get(collection, id)
    if (!current) return 0
    applyModifier(current, modifier, [], undefined, { cloneMode: 'deep' })
    await this.stage(collection, id, current)
    return 1
  }

  async remove(collection: string, id: string): Promise<number> {
    this.assertOpen()
    const current = await this.get(collection, id)
    if (!current) return 0
    await this.stage(collection, id, null)
    return 1
  }

  async commit(): Promise<void> {
    this.assertOpen()
    this.finished = true
    clearTimeout(this.timer)
    try {
      const entries: JournalEntry[] = []
      for (const [k, v] of this.overlay) {
        const [collection, id] = k.split('\u0000')
        entries.push({ collection, id, before: this.before.get(k) ?? null, after: v === DELETED ? null : v })
      }
      await this.store.applyJournal(entries)
    } finally {
      this.release()
    }
  }

  abort(): void {
    if (this.finished) return
    this.finished = true
    clearTimeout(this.timer)
    this.release()
  }
}

/** JSON with Dates kept as Dates, the same convention nedb uses in its files. */
function serialize(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const raw = this[key]
    return isDate(raw) ? { $$date: raw.getTime() } : v
  })
}

function deserialize(text: string): JournalEntry[] {
  return JSON.parse(text, (_k, v) => (v && typeof v === 'object' && typeof v.$$date === 'number' && Object.keys(v).length === 1 ? new Date(v.$$date) : v))
}
