/**
 * Subscribe messages (订阅消息) to citizens. Every message is written to the outbox first, with
 * an id that makes a second send of the same reminder a no-op; on CloudBase it is then sent
 * through the openapi (config.json grants subscribeMessage.send). The local runtime has no
 * WeChat servers to send to: its outbox is what the admin console and tests read.
 */
import * as cloud from 'wx-server-sdk'
import type { Database } from './cloud'
import { isDuplicateKeyError } from './db'
import { log } from './log'

export const REMINDER_TEMPLATE = process.env.HALL_REMINDER_TEMPLATE_ID || 'appointment-reminder'

export interface Message {
  id: string
  openid: string
  page: string
  data: Record<string, string>
}

/** Returns false when the message was already in the outbox (sent before). */
export async function sendOnce(db: Database, message: Message, now: Date): Promise<boolean> {
  try {
    await db.collection('outbox').add({ data: { _id: message.id, openid: message.openid, template: REMINDER_TEMPLATE, page: message.page, data: message.data, sent: false, createdAt: now } })
  } catch (err) {
    if (isDuplicateKeyError(err)) return false
    throw err
  }
  const openapi = (cloud as unknown as { openapi?: { subscribeMessage?: { send(o: object): Promise<unknown> } } }).openapi
  if (!openapi?.subscribeMessage) return true
  try {
    await openapi.subscribeMessage.send({
      touser: message.openid,
      templateId: REMINDER_TEMPLATE,
      page: message.page,
      data: Object.fromEntries(Object.entries(message.data).map(([k, v]) => [k, { value: v }]))
    })
    await db.collection('outbox').doc(message.id).update({ data: { sent: true } })
  } catch (err) {
    // A citizen may have used up the one-time subscription; the record stays, unsent.
    log('warn', 'subscribe message not sent', { id: message.id, error: String((err as Error)?.message ?? err) })
  }
  return true
}
