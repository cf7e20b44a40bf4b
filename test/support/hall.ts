/**
 * In-process local hall for tests: the real functions (TypeScript sources), the real gateway
 * and the real embedded database in this test file's own data folder.
 */
import { main as admin } from '../../cloudfunctions/admin/index'
import { main as hall } from '../../cloudfunctions/hall/index'
import { main as staff } from '../../cloudfunctions/staff/index'
import { main as user } from '../../cloudfunctions/user/index'
import { main as retention } from '../../cloudfunctions/retention/index'
import { main as appointment } from '../../cloudfunctions/appointment/index'
import { main as reminders } from '../../cloudfunctions/reminders/index'
import { ACTION_TABLES } from '../../cloudfunctions/_shared/catalog'
import { COLLECTIONS } from '../../cloudfunctions/_shared/collections'
import type { ActionOf, ContractFunction, OutputOf } from '../../src/domain/contract'
import type { Envelope } from '../../src/domain/envelope'
import { createGateway, fireTimer, type FunctionMain } from '../../local/gateway'
import { PERSONAS, type Persona } from '../../local/personas'
import { database } from '../../local/sdk'
import { seed } from '../../local/seed'

export const FUNCTIONS: Record<string, FunctionMain> = { admin, appointment, hall, reminders, retention, staff, user }
export { ACTION_TABLES }

export const invoke = createGateway((name) => FUNCTIONS[name] ?? null)

/** A function's timer trigger, fired the way the platform does (its own mark, no caller). */
export function fireTrigger(fn: string, trigger: string, now?: Date) {
  return fireTimer((name) => FUNCTIONS[name] ?? null, fn, trigger, now)
}

export type Who = Persona | 'anonymous' | { openid: string }

export function openidOf(who: Who): string | null {
  if (who === 'anonymous') return null
  return typeof who === 'string' ? PERSONAS[who] : who.openid
}

/**
 * Calls a function as someone. For a function in the contract (src/domain/contract.ts) the
 * answer is typed by it; `data` stays free, since tests also send what a page never would.
 */
export async function callAs<F extends ContractFunction, A extends ActionOf<F>>(who: Who, fn: F, action: A, data?: unknown, extra?: object): Promise<Envelope<OutputOf<F, A>>>
/** A function or action outside the contract (one that does not exist, to see it refused): its answer is unknown. */
export async function callAs(who: Who, fn: string, action: string, data?: unknown, extra?: object): Promise<Envelope<unknown>>
export async function callAs(who: Who, fn: string, action: string, data?: unknown, extra: object = {}): Promise<Envelope<unknown>> {
  const { envelope } = await invoke(fn, { action, data, ...extra }, openidOf(who))
  return envelope
}

export async function seeded() {
  await seed(database())
}

/**
 * Every document of every collection, to show a refused request wrote nothing. Left out:
 * rate-limit counters and the audit records of refused attempts, which record the request
 * itself rather than change anything.
 */
export async function snapshot(): Promise<Record<string, unknown[]>> {
  const db = database()
  const out: Record<string, unknown[]> = {}
  // Rate-limit counters are bookkeeping about requests, not data a request may change.
  for (const name of Object.keys(COLLECTIONS).filter((n) => !('operational' in COLLECTIONS[n as keyof typeof COLLECTIONS]))) out[name] = (await db.collection(name).where(name === 'audit' ? { outcome: db.command.neq('refused') } : {}).orderBy('_id', 'asc').limit(1000).get()).data
  return out
}
