/**
 * A notice's state as people see it. Stored status is draft, published or withdrawn; a
 * published notice whose time has not come is "scheduled" (定时发布), so no timer is needed to
 * make it appear: the citizens' query asks for `publishAt <= now`.
 */
export type NoticeStatus = 'draft' | 'published' | 'withdrawn'
export type NoticeState = 'draft' | 'scheduled' | 'published' | 'withdrawn'

export const NOTICE_STATE_LABELS: Record<NoticeState, string> = { draft: '草稿', scheduled: '定时发布', published: '已发布', withdrawn: '已撤回' }

/** A notice may be scheduled at most this far ahead. */
export const MAX_SCHEDULE_DAYS = 180

export function noticeState(doc: { status: NoticeStatus; publishAt?: Date | null }, now: Date): NoticeState {
  if (doc.status !== 'published') return doc.status
  return doc.publishAt && doc.publishAt.getTime() > now.getTime() ? 'scheduled' : 'published'
}

/**
 * When a publish request takes effect: now, or the requested time if it is ahead. A time in
 * the past would back-date the notice, and one too far ahead is almost always a typo.
 */
export function publishTime(requested: Date | undefined, now: Date): { at: Date } | { error: string } {
  if (!requested) return { at: now }
  if (requested.getTime() < now.getTime() - 60_000) return { error: '定时发布的时间不能早于现在' }
  if (requested.getTime() > now.getTime() + MAX_SCHEDULE_DAYS * 86_400_000) return { error: `定时发布最多提前${MAX_SCHEDULE_DAYS}天` }
  return { at: requested.getTime() < now.getTime() ? now : requested }
}

/** Which requests each state accepts. */
export function canPublish(state: NoticeState): boolean {
  return state === 'draft' || state === 'withdrawn' || state === 'scheduled'
}

export function canWithdraw(state: NoticeState): boolean {
  return state === 'published' || state === 'scheduled'
}
