/**
 * Every function's `main`: identity from the WX context, role from the members collection,
 * the action allow-list, schema parse, then the domain. The client only ever sees the envelope;
 * unexpected errors are logged (masked) and reported as INTERNAL with the request id.
 */
import { randomBytes } from 'node:crypto'
import type { z } from 'zod'
import { AppError, ERROR_MESSAGES, type ErrorCode, type FieldIssue } from '../../src/domain/errors'
import type { Envelope } from '../../src/domain/envelope'
import { roleOf, type Caller, type Role } from '../../src/domain/roles'
import { maskOpenid } from '../../src/domain/mask'
import { database, wxContext, type Database } from './cloud'
import { findById } from './db'
import { log } from './log'
import { takeWriteToken } from './rate-limit'
import { auditRefusal } from './audit'

/** Larger bodies are refused before parsing; every string field also has its own max. */
export const MAX_DATA_BYTES = 32 * 1024
const ACTION_NAME = /^[a-z][A-Za-z0-9]{0,47}$/

export interface ActionContext {
  caller: Caller
  requestId: string
  db: Database
  fn: string
  action: string
}

export interface ActionDef<S extends z.ZodType = z.ZodType, R = unknown> {
  /** One line for docs/api.md: what the action does, for whom. */
  summary: string
  /** The shape of `data` in a successful envelope, for docs/api.md. */
  returns: string
  /** Domain error codes the action can answer with, beyond the router's own. */
  errors?: readonly ErrorCode[]
  /** Roles that may call the action; object-level checks stay in the handler. */
  roles: readonly Role[]
  /** Writes are rate limited per identity (HALL_WRITE_LIMIT, default 20 per minute). */
  write?: boolean
  input: S
  run(input: z.output<S>, ctx: ActionContext): Promise<R>
}

export function action<S extends z.ZodType, R>(def: ActionDef<S, R>): ActionDef<S, R> {
  return def
}

export type ActionTable = Record<string, ActionDef<any, any>>

export interface CloudFunction {
  name: string
  actions: ActionTable
  main(event: unknown, context?: unknown): Promise<Envelope<unknown>>
}

export function newRequestId(): string {
  return randomBytes(8).toString('hex')
}

function readEvent(event: unknown): { action: string; data: unknown } {
  if (!event || typeof event !== 'object' || Array.isArray(event)) throw new AppError('REQUEST.INVALID', '请求格式不正确')
  // CloudBase adds `userInfo` to every event; it and any other top-level key are never trusted.
  const { action: name, data } = event as { action?: unknown; data?: unknown }
  if (typeof name !== 'string' || !ACTION_NAME.test(name)) throw new AppError('ACTION.UNKNOWN')
  if (data !== undefined && (data === null || typeof data !== 'object' || Array.isArray(data))) {
    throw new AppError('REQUEST.INVALID', '请求数据应为对象')
  }
  let size = 0
  try {
    size = Buffer.byteLength(JSON.stringify(data ?? {}))
  } catch {
    throw new AppError('REQUEST.INVALID', '请求数据无法解析')
  }
  if (size > MAX_DATA_BYTES) throw new AppError('REQUEST.TOO_LARGE')
  return { action: name, data: data ?? {} }
}

export async function identify(db: Database): Promise<Caller> {
  const openid = wxContext().OPENID || null
  if (!openid) return roleOf(null, null)
  const member = await findById<{ role: 'staff' | 'admin'; department?: string }>(db, 'members', openid)
  return roleOf(openid, member)
}

function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.slice(0, 20).map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.code === 'unrecognized_keys' ? `不接受的字段：${(issue as { keys?: string[] }).keys?.join('、')}` : issue.message
  }))
}

export function createFunction(name: string, actions: ActionTable): CloudFunction {
  async function main(event: unknown): Promise<Envelope<unknown>> {
    const requestId = newRequestId()
    const started = Date.now()
    let caller: Caller = { openid: null, role: 'anonymous' }
    let actionName = '-'
    try {
      const request = readEvent(event)
      actionName = request.action
      const def = Object.prototype.hasOwnProperty.call(actions, request.action) ? actions[request.action] : undefined
      if (!def) throw new AppError('ACTION.UNKNOWN')
      const db = database()
      caller = await identify(db)
      if (!def.roles.includes(caller.role)) {
        if (caller.role === 'anonymous') throw new AppError('AUTH.REQUIRED')
        await auditRefusal(db, caller, `${name}.${request.action}`, requestId)
        throw new AppError('AUTH.FORBIDDEN')
      }
      const parsed = def.input.safeParse(request.data)
      if (!parsed.success) throw new AppError('REQUEST.INVALID', undefined, zodIssues(parsed.error))
      if (def.write && caller.openid) await takeWriteToken(db, caller.openid, `${name}.${request.action}`)
      const data = await def.run(parsed.data, { caller, requestId, db, fn: name, action: request.action })
      log('info', 'call', { fn: name, action: actionName, role: caller.role, who: maskOpenid(caller.openid), ms: Date.now() - started, requestId })
      return { ok: true, data: data ?? null, requestId }
    } catch (err) {
      if (err instanceof AppError) {
        log('warn', 'refused', { fn: name, action: actionName, role: caller.role, who: maskOpenid(caller.openid), code: err.code, requestId })
        return { ok: false, code: err.code, message: err.message, requestId, ...(err.issues ? { issues: err.issues } : {}) }
      }
      const e = err as Error
      log('error', 'failed', { fn: name, action: actionName, who: maskOpenid(caller.openid), error: String(e?.message ?? e), stack: e?.stack, requestId })
      return { ok: false, code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL, requestId }
    }
  }
  return { name, actions, main }
}

/**
 * A function with a timer trigger: a timer event (no OPENID; one with an OPENID is a client
 * pretending) runs `job` directly; every other event goes through the router as usual.
 */
export function withTimer<T extends object>(fn: CloudFunction, job: (db: Database, now: Date) => Promise<T>) {
  return async function main(event: unknown, context?: unknown): Promise<Envelope<unknown>> {
    const timer = event && typeof event === 'object' && (event as { Type?: string }).Type === 'Timer'
    if (!timer || wxContext().OPENID) return fn.main(event, context)
    const requestId = newRequestId()
    const data = await job(database(), new Date())
    log('info', `${fn.name}.timer`, { ...data, requestId })
    return { ok: true, data, requestId }
  }
}
