/**
 * The local stand-in for wx-server-sdk. The gateway runs each call inside `runAs(context)`,
 * so getWXContext() answers with that caller's identity exactly as CloudBase would, even with
 * many calls in flight at once.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import path from 'node:path'
import type * as Sdk from 'wx-server-sdk'
import { COLLECTIONS } from '../../cloudfunctions/_shared/collections'
import { LocalDatabase } from './database'
import { Store } from './store'

const contextStore = new AsyncLocalStorage<Sdk.WXContext>()

export const DYNAMIC_CURRENT_ENV = 'local'

export function init(_options?: { env?: unknown }): void {
  // Nothing to configure: the local environment is the data folder.
}

export function runAs<T>(context: Sdk.WXContext, fn: () => Promise<T>): Promise<T> {
  return contextStore.run({ ...context }, fn)
}

export function getWXContext(): Sdk.WXContext {
  const ctx = contextStore.getStore()
  return { OPENID: ctx?.OPENID, APPID: ctx?.APPID ?? 'local-hall', UNIONID: ctx?.UNIONID, ENV: DYNAMIC_CURRENT_ENV, SOURCE: ctx?.SOURCE ?? 'local' }
}

let current: { dir: string; db: LocalDatabase } | null = null

export function dataDir(): string {
  return path.resolve(process.env.HALL_DATA_DIR || path.join(process.cwd(), '.hall-data'))
}

/** Opens (once per data folder) the embedded database. */
export function database(): LocalDatabase {
  const dir = dataDir()
  if (!current || current.dir !== dir) current = { dir, db: new LocalDatabase(new Store(dir, COLLECTIONS)) }
  return current.db
}

/** Test and CLI helper: forget the open database so the next call reopens from disk. */
export function closeDatabase(): void {
  current = null
}
