/**
 * In-process local hall for tests: the real functions (TypeScript sources), the real gateway
 * and the real embedded database in this test file's own data folder.
 */
import { main as admin } from '../../cloudfunctions/admin'
import { main as hall } from '../../cloudfunctions/hall'
import { main as staff } from '../../cloudfunctions/staff'
import { main as user } from '../../cloudfunctions/user'
import { actions as adminActions } from '../../cloudfunctions/admin/actions'
import { actions as hallActions } from '../../cloudfunctions/hall/actions'
import { actions as staffActions } from '../../cloudfunctions/staff/actions'
import { actions as userActions } from '../../cloudfunctions/user/actions'
import { COLLECTIONS } from '../../cloudfunctions/_shared/collections'
import type { ActionTable } from '../../cloudfunctions/_shared/router'
import type { Envelope } from '../../src/domain/envelope'
import { createGateway, type FunctionMain } from '../../local/gateway'
import { PERSONAS, type Persona } from '../../local/personas'
import { database } from '../../local/sdk'
import { seed } from '../../local/seed'

export const FUNCTIONS: Record<string, FunctionMain> = { admin, hall, staff, user }
export const ACTION_TABLES: Record<string, ActionTable> = { admin: adminActions, hall: hallActions, staff: staffActions, user: userActions }

export const invoke = createGateway((name) => FUNCTIONS[name] ?? null)

export type Who = Persona | 'anonymous' | { openid: string }

export function openidOf(who: Who): string | null {
  if (who === 'anonymous') return null
  return typeof who === 'string' ? PERSONAS[who] : who.openid
}

export async function callAs<T = unknown>(who: Who, fn: string, action: string, data?: unknown, extra: object = {}): Promise<Envelope<T>> {
  const { envelope } = await invoke(fn, { action, data, ...extra }, openidOf(who))
  return envelope as Envelope<T>
}

export async function seeded() {
  await seed(database())
}

/** Every document of every collection, to show a refused request wrote nothing. */
export async function snapshot(): Promise<Record<string, unknown[]>> {
  const db = database()
  const out: Record<string, unknown[]> = {}
  for (const name of Object.keys(COLLECTIONS)) out[name] = (await db.collection(name).orderBy('_id', 'asc').limit(1000).get()).data
  return out
}
