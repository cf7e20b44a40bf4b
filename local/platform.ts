/**
 * The local stand-in for what CloudBase sets in a function's environment for one invocation.
 * On CloudBase a timer invocation runs with `TRIGGER_SRC=timer` in its environment, which no
 * client can set (a client controls only the event). Locally many invocations share one
 * process, so `process.env` is replaced by a view that answers the platform's per-invocation
 * variables from the current invocation (AsyncLocalStorage) and everything else from the real
 * environment. It lives outside local/sdk on purpose: it emulates the platform, not the SDK, so
 * it keeps working when the local runtime loads the real wx-server-sdk, which reads the same
 * variables from process.env.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

/** Variables the platform sets per invocation; never read from the process's own environment. */
export const INVOCATION_VARIABLES = ['TRIGGER_SRC'] as const
export type InvocationEnv = Partial<Record<(typeof INVOCATION_VARIABLES)[number], string>>

const invocation = new AsyncLocalStorage<Record<string, string | undefined>>()
const PER_INVOCATION = new Set<string | symbol>(INVOCATION_VARIABLES)

let installed = false

/** Replaces process.env (once) with the per-invocation view. */
export function installInvocationEnv(): void {
  if (installed) return
  installed = true
  const real = process.env
  // Outside any invocation (the hall's own start-up code) no platform variable is set, so a
  // TRIGGER_SRC exported in the developer's shell can never reach a function.
  const current = () => invocation.getStore() ?? {}
  process.env = new Proxy(real, {
    get: (target, key) => (PER_INVOCATION.has(key) ? current()[key as string] : Reflect.get(target, key)),
    has: (target, key) => (PER_INVOCATION.has(key) ? current()[key as string] !== undefined : Reflect.has(target, key)),
    set: (target, key, value) => {
      if (!PER_INVOCATION.has(key)) return Reflect.set(target, key, value)
      const store = invocation.getStore()
      if (store) store[key as string] = String(value)
      return true
    },
    deleteProperty: (target, key) => {
      if (!PER_INVOCATION.has(key)) return Reflect.deleteProperty(target, key)
      const store = invocation.getStore()
      if (store) delete store[key as string]
      return true
    },
    ownKeys: (target) => {
      const keys = Reflect.ownKeys(target).filter((k) => !PER_INVOCATION.has(k))
      for (const [k, v] of Object.entries(current())) if (v !== undefined) keys.push(k)
      return keys
    },
    getOwnPropertyDescriptor: (target, key) => {
      if (!PER_INVOCATION.has(key)) return Reflect.getOwnPropertyDescriptor(target, key)
      const value = current()[key as string]
      return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true }
    }
  })
}

/** Runs one invocation with the platform variables CloudBase would set for it (none for HTTP). */
export function runInvocation<T>(env: InvocationEnv, fn: () => Promise<T>): Promise<T> {
  installInvocationEnv()
  const own: Record<string, string | undefined> = {}
  for (const name of INVOCATION_VARIABLES) if (env[name] !== undefined) own[name] = env[name]
  return invocation.run(own, fn)
}
