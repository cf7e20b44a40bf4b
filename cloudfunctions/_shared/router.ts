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
// Imported for its effect too: it sets zod's Chinese messages before any action's schema parses.
import { chineseIssueMessage, isChineseMessage } from '../../src/domain/schema'
import { database, wxContext, type Database } from './cloud'
import type { ActionContext } from './context'
import { findById } from './db'
import { log } from './log'
import { takeWriteToken } from './rate-limit'
import { auditRefusal } from './audit'
import { buildAudit } from '../../src/domain/audit'

/** Larger bodies are refused before parsing; every string field also has its own max. */
export const MAX_DATA_BYTES = 32 * 1024
const ACTION_NAME = /^[a-z][A-Za-z0-9]{0,47}$/

export type { ActionContext } from './context'

interface ActionSpec<S extends z.ZodType> {
  /** One line for docs/api.md: what the action does, for whom. */
  summary: string
  /** Domain error codes the action can answer with, beyond the router's own. */
  errors?: readonly ErrorCode[]
  /** Roles that may call the action; object-level checks stay in the handler. */
  roles: readonly Role[]
  /** Writes are rate limited per identity (HALL_WRITE_LIMIT, default 20 per minute). */
  write?: boolean
  input: S
}

export interface ActionDef<S extends z.ZodType = z.ZodType, R = unknown> extends ActionSpec<S> {
  /**
   * The answer's schema, declared in src/domain beside the input (src/domain/api): `run` must
   * return its type, docs/api.md renders it, and under test every answer is checked against it.
   */
  output: z.ZodType
  run(input: z.output<S>, ctx: ActionContext): Promise<R>
}

/** An action with its answer's schema: `run`'s result is checked against it when compiling. */
export function action<S extends z.ZodType, O extends z.ZodType>(
  def: ActionSpec<S> & { output: O; run(input: z.output<S>, ctx: ActionContext): Promise<z.output<O>> }
): ActionDef<S, z.output<O>> {
  return def
}

/**
 * Under test an answer outside its schema is a failure of the action, never a pass: the schema
 * is what pages are compiled against, so a schema that lies would hide a broken page.
 */
function checkAnswer(fn: string, name: string, def: ActionDef<any, any>, data: unknown): void {
  if (process.env.NODE_ENV !== 'test') return
  const checked = def.output.safeParse(data)
  if (!checked.success) {
    const where = checked.error.issues.slice(0, 5).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.code} ${i.message}`)
    throw new Error(`${fn}.${name} answered outside its output schema: ${where.join('; ')}`)
  }
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

/**
 * Field by field, in Chinese: an unknown key is its own issue at its own path (the key names are
 * code, never part of the message), and a message that is not Chinese (a schema built without
 * one, before src/domain/schema.ts configured zod) is replaced by the Chinese one for its code.
 */
function zodIssues(error: z.ZodError): FieldIssue[] {
  const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.') || '(root)'
  return error.issues
    .flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ path: pathOf([...issue.path, key]), message: chineseIssueMessage(issue) }))
        : [{ path: pathOf(issue.path), message: isChineseMessage(issue.message) ? issue.message : chineseIssueMessage(issue) }]
    )
    .slice(0, 20)
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
      checkAnswer(name, request.action, def, data)
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

/** A trigger as declared in a function's config.json (what CloudBase reads on upload). */
export interface TriggerDeclaration {
  name: string
  type: string
  config?: string
}

/**
 * Whether this invocation is provably the function's own timer trigger, and which one. The
 * event alone proves nothing (any client can send `{ Type: 'Timer' }`); what a client cannot
 * set is the invocation's environment, where CloudBase puts `TRIGGER_SRC=timer` for a timer.
 * All of: that mark, a timer event naming a trigger this function declares, and no caller.
 */
export function provenTimer(event: unknown, env: { TRIGGER_SRC?: string }, openid: string | undefined | null, triggers: readonly TriggerDeclaration[]): string | null {
  if (env.TRIGGER_SRC !== 'timer' || openid) return null
  if (!event || typeof event !== 'object' || Array.isArray(event)) return null
  const own = (key: string) => (Object.prototype.hasOwnProperty.call(event, key) ? (event as Record<string, unknown>)[key] : undefined)
  const TriggerName = own('TriggerName')
  if (own('Type') !== 'Timer' || typeof TriggerName !== 'string') return null
  return triggers.some((t) => t.type === 'timer' && t.name === TriggerName) ? TriggerName : null
}

/**
 * A function with a timer trigger: a proven timer invocation (`provenTimer`) runs `job` and is
 * audited as `timer:<TriggerName>`; every other event, including one that only claims to be a
 * timer, goes through the router, which refuses it (it names no action).
 */
export function withTimer<T extends object>(fn: CloudFunction, config: { triggers?: readonly TriggerDeclaration[] }, job: (db: Database, now: Date) => Promise<T>) {
  const triggers = config.triggers ?? []
  return async function main(event: unknown, context?: unknown): Promise<Envelope<unknown>> {
    const trigger = provenTimer(event, { TRIGGER_SRC: process.env.TRIGGER_SRC }, wxContext().OPENID, triggers)
    if (!trigger) {
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral: this condition only decides whether to log a warning
      if (event && typeof event === 'object' && (event as { Type?: unknown }).Type === 'Timer') log('warn', `${fn.name}.timer.unproven`, { who: maskOpenid(wxContext().OPENID ?? null) })
      return fn.main(event, context)
    }
    const requestId = newRequestId()
    const db = database()
    const at = new Date()
    const audit = (after: Record<string, unknown> | null, outcome: 'done' | 'failed') =>
      db.collection('audit').add({ data: buildAudit({ actor: `timer:${trigger}`, role: 'system', action: `${fn.name}.timer`, target: { collection: '-', id: trigger }, before: null, after, requestId, at, outcome }) })
    try {
      const data = await job(db, at)
      await audit(data as Record<string, unknown>, 'done')
      log('info', `${fn.name}.timer`, { trigger, ...data, requestId })
      return { ok: true, data, requestId }
    } catch (err) {
      const e = err as Error
      log('error', `${fn.name}.timer.failed`, { trigger, error: String(e?.message ?? e), stack: e?.stack, requestId })
      // The failed run is recorded too; if even that write fails, the log above still has it.
      await audit({ error: 'INTERNAL' }, 'failed').catch(() => undefined)
      return { ok: false, code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL, requestId }
    }
  }
}
