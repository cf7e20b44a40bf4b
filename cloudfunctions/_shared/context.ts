import type { Caller } from '../../src/domain/roles'
import type { Database } from './cloud'

/**
 * What an action's handler is given besides its input. Its own module so that helpers the
 * router itself uses (audit) can take it without importing the router back.
 */
export interface ActionContext {
  caller: Caller
  requestId: string
  db: Database
  fn: string
  action: string
}
