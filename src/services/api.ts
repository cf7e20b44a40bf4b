/**
 * The client's one door to the cloud. Pages call `call(fn, action, data)`; the transport is
 * chosen per platform at build time (TARO_ENV is a compile-time constant, so the other branch
 * is dropped from the bundle): the mini-program calls the cloud function directly, the H5
 * build posts to the gateway of the origin that served it.
 */
import Taro from '@tarojs/taro'
import type { ActionOf, ContractFunction, InputOf, OutputOf } from '../domain/contract'
import type { Envelope } from '../domain/envelope'
import { ERROR_MESSAGES, type ErrorCode, type FieldIssue } from '../domain/errors'

export type FunctionName = 'hall' | 'user' | 'appointment' | 'staff' | 'admin' | 'retention' | 'reminders'

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly requestId?: string,
    readonly issues?: FieldIssue[]
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** A slip in the page's own code still needs a message fit to show people. */
export function asApiError(err: unknown): ApiError {
  return err instanceof ApiError ? err : new ApiError('INTERNAL', ERROR_MESSAGES.INTERNAL)
}

export type Transport = (fn: FunctionName, payload: { action: string; data: object }) => Promise<Envelope<unknown>>

async function weappTransport(fn: FunctionName, payload: { action: string; data: object }): Promise<Envelope<unknown>> {
  const res = await Taro.cloud.callFunction({ name: fn, data: payload })
  return res.result as Envelope<unknown>
}

async function httpTransport(fn: FunctionName, payload: { action: string; data: object }): Promise<Envelope<unknown>> {
  const res = await Taro.request<Envelope<unknown>>({
    url: `${HALL_API_BASE}/fn/${fn}`,
    method: 'POST',
    header: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    data: payload
  })
  return res.data
}

let transport: Transport = process.env.TARO_ENV === 'weapp' ? weappTransport : httpTransport

/** Component tests plug in the local gateway's in-process dispatcher here. */
export function setTransport(next: Transport): void {
  transport = next
}

/** `data` may be left out when the action takes nothing it requires. */
export type InputArgs<F extends ContractFunction, A extends ActionOf<F>> = Record<string, never> extends InputOf<F, A> ? [data?: InputOf<F, A>] : [data: InputOf<F, A>]

/** Calls an action: its input and answer types come from the contract (src/domain/contract.ts). */
export function call<F extends ContractFunction, A extends ActionOf<F>>(fn: F, action: A, ...data: InputArgs<F, A>): Promise<OutputOf<F, A>>
// The overload above is the type; this signature keeps the untyped shape the transport needs.
export async function call(fn: FunctionName, action: string, data: any = {}): Promise<unknown> {
  let envelope: Envelope<unknown>
  try {
    envelope = await transport(fn, { action, data })
  } catch {
    throw new ApiError('NETWORK.UNAVAILABLE', ERROR_MESSAGES['NETWORK.UNAVAILABLE'])
  }
  if (!envelope || typeof envelope !== 'object') throw new ApiError('INTERNAL', ERROR_MESSAGES.INTERNAL)
  if (envelope.ok) return envelope.data
  throw new ApiError(envelope.code, envelope.message, envelope.requestId, envelope.issues)
}
