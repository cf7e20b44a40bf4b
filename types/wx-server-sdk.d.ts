/**
 * The part of wx-server-sdk the functions use. It is the seam between the two runtimes:
 * CloudBase provides the real package; the local hall maps the name to local/sdk.
 * Keeping the contract here means the local implementation is type-checked against it.
 */
declare module 'wx-server-sdk' {
  export type Doc = Record<string, any>

  export interface WXContext {
    OPENID?: string
    APPID?: string
    UNIONID?: string
    ENV?: string
    SOURCE?: string
  }

  export interface GetResult { data: Doc[]; errMsg: string }
  export interface DocGetResult { data: Doc; errMsg: string }
  export interface CountResult { total: number; errMsg: string }
  export interface AddResult { _id: string; errMsg: string }
  export interface AddManyResult { _ids: string[]; errMsg: string }
  export interface UpdateResult { stats: { updated: number }; errMsg: string }
  export interface SetResult { _id: string; stats: { updated: number; created: number }; errMsg: string }
  export interface RemoveResult { stats: { removed: number }; errMsg: string }

  export interface Query {
    where(condition: Doc): Query
    orderBy(field: string, order: 'asc' | 'desc'): Query
    skip(n: number): Query
    limit(n: number): Query
    field(projection: Record<string, boolean | 0 | 1>): Query
    get(): Promise<GetResult>
    count(): Promise<CountResult>
    update(options: { data: Doc }): Promise<UpdateResult>
    remove(): Promise<RemoveResult>
  }

  export interface DocumentReference {
    get(): Promise<DocGetResult>
    set(options: { data: Doc }): Promise<SetResult>
    update(options: { data: Doc }): Promise<UpdateResult>
    remove(): Promise<RemoveResult>
  }

  export interface CollectionReference extends Query {
    doc(id: string): DocumentReference
    add(options: { data: Doc }): Promise<AddResult>
    add(options: { data: Doc[] }): Promise<AddManyResult>
  }

  export interface TransactionDocument {
    get(): Promise<DocGetResult>
    set(options: { data: Doc }): Promise<SetResult>
    update(options: { data: Doc }): Promise<UpdateResult>
    remove(): Promise<RemoveResult>
  }

  export interface TransactionCollection {
    doc(id: string): TransactionDocument
    add(options: { data: Doc }): Promise<AddResult>
  }

  export interface Transaction {
    collection(name: string): TransactionCollection
    commit(): Promise<void>
    rollback(reason?: unknown): Promise<void>
  }

  export interface Command {
    eq(v: unknown): any; neq(v: unknown): any
    gt(v: unknown): any; gte(v: unknown): any; lt(v: unknown): any; lte(v: unknown): any
    in(v: unknown[]): any; nin(v: unknown[]): any
    and(...c: any[]): any; or(...c: any[]): any; nor(...c: any[]): any; not(c: any): any
    exists(v: boolean): any; size(n: number): any; mod(divisor: number, remainder: number): any
    all(v: unknown[]): any; elemMatch(c: any): any
    set(v: unknown): any; remove(): any; inc(n: number): any; mul(n: number): any
    min(v: unknown): any; max(v: unknown): any; rename(name: string): any
    push(v: unknown): any; pop(): any; shift(): any; unshift(v: unknown): any
    pull(v: unknown): any; pullAll(v: unknown[]): any; addToSet(v: unknown): any
  }

  export interface Database {
    command: Command
    serverDate(options?: { offset?: number }): any
    RegExp(options: { regexp: string; options?: string }): any
    collection(name: string): CollectionReference
    startTransaction(): Promise<Transaction>
    runTransaction<R>(fn: (transaction: Transaction) => Promise<R>, retries?: number): Promise<R>
  }

  export const DYNAMIC_CURRENT_ENV: unique symbol | string
  export function init(options?: { env?: unknown; traceUser?: boolean }): void
  export function getWXContext(): WXContext
  export function database(options?: { env?: unknown; throwOnNotFound?: boolean }): Database
}
