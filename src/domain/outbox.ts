/**
 * What happened to a message to a citizen, said as it is. Every message is first written to the
 * outbox; on CloudBase it is then handed to WeChat (subscribeMessage.send), which accepts or
 * refuses it; the local hall has no WeChat servers, so there it is written and nothing more.
 * The console's badges and the summary after 立即发送 both come from here, so they cannot disagree.
 */
export const OUTBOX_STATES = ['queued', 'sent', 'failed', 'unsubscribed', 'local'] as const
export type OutboxState = (typeof OUTBOX_STATES)[number]

export const OUTBOX_STATE_LABELS: Record<OutboxState, string> = {
  // Written, not handed to WeChat yet (or the function stopped before it could).
  queued: '已写入待发送',
  sent: '已发送',
  failed: '发送失败',
  // The citizen did not subscribe: WeChat allows no message; the booking page shows it instead.
  unsubscribed: '未订阅未发送',
  local: '本地环境未发送'
}

export function isOutboxState(value: unknown): value is OutboxState {
  return typeof value === 'string' && (OUTBOX_STATES as readonly string[]).includes(value)
}

/** A stored record's state; records written before states existed only knew sent or not. */
export function outboxStateOf(record: { state?: unknown; sent?: unknown }): OutboxState {
  if (isOutboxState(record.state)) return record.state
  return record.sent === true ? 'sent' : 'queued'
}

export type DeliveryCounts = Record<OutboxState, number> & {
  /** Already in the outbox from an earlier run: not written or sent again. */
  skipped: number
}

export function emptyCounts(): DeliveryCounts {
  return { queued: 0, sent: 0, failed: 0, unsubscribed: 0, local: 0, skipped: 0 }
}

export function written(counts: DeliveryCounts): number {
  return OUTBOX_STATES.reduce((sum, s) => sum + counts[s], 0)
}

/** One sentence: how many records were written and, of those, what really happened. */
export function deliverySummary(counts: DeliveryCounts): string {
  const parts = OUTBOX_STATES.filter((s) => counts[s] > 0).map((s) => `${OUTBOX_STATE_LABELS[s]}${counts[s]}条`)
  const head = `新写入${written(counts)}条${parts.length ? `（${parts.join('，')}）` : ''}`
  return counts.skipped > 0 ? `${head}，已有${counts.skipped}条不重复发送` : head
}
