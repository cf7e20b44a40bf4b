/**
 * Every deployable function's action table, for the things that must see all of them at once:
 * the API docs, the authorization walk and the no-formalism guard. Functions never import it.
 */
import { actions as admin } from '../admin/actions'
import { actions as appointment } from '../appointment/actions'
import { actions as hall } from '../hall/actions'
import { actions as staff } from '../staff/actions'
import { actions as user } from '../user/actions'
import { actions as retention } from '../retention/actions'
import { actions as reminders } from '../reminders/actions'
import type { ActionTable } from './router'

export const ACTION_TABLES: Record<string, ActionTable> = { admin, appointment, hall, reminders, retention, staff, user }
