/**
 * Subscribe messages (订阅消息) to citizens. Every message is written to the outbox first, with
 * an id that makes a second send of the same message a no-op; on CloudBase it is then sent
 * through the openapi (config.json grants subscribeMessage.send) and its record says whether
 * WeChat took it. The local runtime has no WeChat servers to send to: its records say 本地环境未发送.
 * A record's state (src/domain/outbox.ts) is only ever what really happened.
 */
import * as cloud from 'wx-server-sdk'
import type { OutboxState } from '../../src/domain/outbox'
import type { Database, Transaction } from './cloud'
import { findInTransaction, isDuplicateKeyError } from './db'
import { log } from './log'

export const REMINDER_TEMPLATE = process.env.HALL_REMINDER_TEMPLATE_ID || 'appointment-reminder'

export interface Message {
  id: string
  openid: string
  page: string
  data: Record<string, string>
  /** Whether the citizen granted the one-time subscription; without it WeChat takes no message. */
  subscribed: boolean
}

interface SubscribeApi {
  send(o: object): Promise<unknown>
}

function subscribeApi(): SubscribeApi | null {
  const openapi = (cloud as unknown as { openapi?: { subscribeMessage?: SubscribeApi } }).openapi
  return openapi?.subscribeMessage ?? null
}

/** The state a new record starts in: only a subscribed citizen on CloudBase is waiting for WeChat. */
function initialState(message: Message): OutboxState {
  if (!message.subscribed) return 'unsubscribed'
  return subscribeApi() ? 'queued' : 'local'
}

function record(message: Message, state: OutboxState, now: Date) {
  return { openid: message.openid, template: REMINDER_TEMPLATE, page: message.page, data: message.data, state, createdAt: now }
}

/**
 * Writes the message inside the caller's transaction, so it lands with the change it reports.
 * Null when it is already there (a retry); otherwise its state, and `deliver` must follow the
 * commit when that state is 'queued'.
 */
export async function enqueueIn(tx: Transaction, message: Message, now: Date): Promise<OutboxState | null> {
  if (await findInTransaction(tx, 'outbox', message.id)) return null
  const state = initialState(message)
  await tx.collection('outbox').doc(message.id).set({ data: record(message, state, now) })
  return state
}

/** Hands a queued record to WeChat and records the answer: 'sent' or 'failed'. */
export async function deliver(db: Database, message: Message, now: Date): Promise<OutboxState> {
  const api = subscribeApi()
  if (!api) return 'local'
  try {
    await api.send({
      touser: message.openid,
      templateId: REMINDER_TEMPLATE,
      page: message.page,
      data: Object.fromEntries(Object.entries(message.data).map(([k, v]) => [k, { value: v }]))
    })
    await db.collection('outbox').doc(message.id).update({ data: { state: 'sent', sentAt: now } })
    return 'sent'
  } catch (err) {
    // A citizen may have used up the one-time subscription (errCode 43101) or blocked messages.
    const e = err as { errCode?: number; message?: string } | null
    const error = String(e?.errCode ?? e?.message ?? err).slice(0, 80)
    log('warn', 'subscribe message not sent', { id: message.id, error })
    await db.collection('outbox').doc(message.id).update({ data: { state: 'failed', error } })
    return 'failed'
  }
}

/** Writes and, where it can, sends one message. Null when it was already in the outbox. */
export async function sendOnce(db: Database, message: Message, now: Date): Promise<OutboxState | null> {
  const state = initialState(message)
  try {
    await db.collection('outbox').add({ data: { _id: message.id, ...record(message, state, now) } })
  } catch (err) {
    if (isDuplicateKeyError(err)) return null
    throw err
  }
  return state === 'queued' ? deliver(db, message, now) : state
}
