/**
 * The local stand-in for CloudBase's invocation: finds the function, builds the WX context
 * from the caller's session, and calls the very `main(event, context)` that CloudBase would.
 * An HTTP call never carries the platform's timer mark; only `fireTimer` (the hall's own
 * scheduler and `npm run purge`) does, as CloudBase's timer trigger does.
 */
import type { Envelope } from '../src/domain/envelope'
import { runAs } from './sdk'
import { runInvocation } from './platform'

export type FunctionMain = (event: unknown, context?: unknown) => Promise<Envelope<unknown>>
export type FunctionLoader = (name: string) => FunctionMain | null

const NAME = /^[a-z][a-z0-9-]{0,31}$/

const unknownFunction = { status: 404, envelope: { ok: false, code: 'ACTION.UNKNOWN', message: '云函数不存在', requestId: '-' } as Envelope<unknown> }

export function createGateway(load: FunctionLoader) {
  return async function invoke(name: string, body: unknown, openid: string | null): Promise<{ status: number; envelope: Envelope<unknown> }> {
    const main = NAME.test(name) ? load(name) : null
    if (!main) return unknownFunction
    // CloudBase passes the caller's payload as the event and adds userInfo; so do we.
    const event = body && typeof body === 'object' && !Array.isArray(body) ? { ...(body as object), userInfo: { appId: 'local-hall', openId: openid ?? undefined } } : body
    // An empty platform environment: whatever the body claims, this is not a trigger.
    const envelope = await runInvocation({}, () => runAs({ OPENID: openid ?? undefined, APPID: 'local-hall', SOURCE: 'local-gateway' }, () => main(event, { function_name: name })))
    return { status: 200, envelope }
  }
}

/**
 * What CloudBase's timer trigger does: the event `{ Type, TriggerName, Time, Message }`, no
 * caller, and `TRIGGER_SRC=timer` in this invocation's environment only.
 */
export async function fireTimer(load: FunctionLoader, name: string, triggerName: string, now: Date = new Date(), message = ''): Promise<{ status: number; envelope: Envelope<unknown> }> {
  const main = NAME.test(name) ? load(name) : null
  if (!main) return unknownFunction
  const event = { Type: 'Timer', TriggerName: triggerName, Time: now.toISOString().replace(/\.\d{3}Z$/, 'Z'), Message: message }
  const envelope = await runInvocation({ TRIGGER_SRC: 'timer' }, () => runAs({ APPID: 'local-hall', SOURCE: 'wx_trigger' }, () => main(event, { function_name: name })))
  return { status: 200, envelope }
}
