/**
 * The local stand-in for CloudBase's invocation: finds the function, builds the WX context
 * from the caller's session, and calls the very `main(event, context)` that CloudBase would.
 */
import type { Envelope } from '../src/domain/envelope'
import { runAs } from './sdk'

export type FunctionMain = (event: unknown, context?: unknown) => Promise<Envelope<unknown>>
export type FunctionLoader = (name: string) => FunctionMain | null

const NAME = /^[a-z][a-z0-9-]{0,31}$/

export function createGateway(load: FunctionLoader) {
  return async function invoke(name: string, body: unknown, openid: string | null): Promise<{ status: number; envelope: Envelope<unknown> }> {
    const main = NAME.test(name) ? load(name) : null
    if (!main) {
      return { status: 404, envelope: { ok: false, code: 'ACTION.UNKNOWN', message: '云函数不存在', requestId: '-' } }
    }
    // CloudBase passes the caller's payload as the event and adds userInfo; so do we.
    const event = body && typeof body === 'object' && !Array.isArray(body) ? { ...(body as object), userInfo: { appId: 'local-hall', openId: openid ?? undefined } } : body
    const envelope = await runAs({ OPENID: openid ?? undefined, APPID: 'local-hall', SOURCE: 'local-gateway' }, () => main(event, { function_name: name }))
    return { status: 200, envelope }
  }
}
