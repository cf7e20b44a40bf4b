/**
 * The one typed contract between pages and functions: function -> action -> the input a page
 * sends and the answer it gets, read from the schemas in src/domain/api. Type imports only, so
 * a page that uses it carries no validation library at run time (src/services/api.ts `call`).
 * Every function is listed: a page cannot call an action the contract does not know.
 */
import type { z } from 'zod'
import type { ActionContract } from './api/define'
import type { adminApi } from './api/admin'
import type { appointmentApi } from './api/appointment'
import type { hallApi } from './api/hall'
import type { staffApi } from './api/staff'
import type { remindersApi, retentionApi } from './api/timers'
import type { userApi } from './api/user'

type Typed<T extends Record<string, ActionContract>> = { [A in keyof T]: { input: z.input<T[A]['input']>; output: z.output<T[A]['output']> } }

export interface Contract {
  admin: Typed<typeof adminApi>
  appointment: Typed<typeof appointmentApi>
  hall: Typed<typeof hallApi>
  reminders: Typed<typeof remindersApi>
  retention: Typed<typeof retentionApi>
  staff: Typed<typeof staffApi>
  user: Typed<typeof userApi>
}

export type ContractFunction = keyof Contract
export type ActionOf<F extends ContractFunction> = keyof Contract[F] & string
export type InputOf<F extends ContractFunction, A extends ActionOf<F>> = Contract[F][A] extends { input: infer I } ? I : never
export type OutputOf<F extends ContractFunction, A extends ActionOf<F>> = Contract[F][A] extends { output: infer O } ? O : never
