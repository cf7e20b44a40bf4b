/**
 * A service item's life in the catalogue. Citizens only ever see `published`; an archived item
 * (停止办理) can be published again, and nothing goes back to draft once citizens have seen it.
 */
export type ItemStatus = 'draft' | 'published' | 'archived'
export type ItemEvent = 'publish' | 'archive'

const NEXT: Record<ItemStatus, Partial<Record<ItemEvent, ItemStatus>>> = {
  draft: { publish: 'published' },
  published: { archive: 'archived' },
  archived: { publish: 'published' }
}

/** The status after the event, or null when the event does not apply to this status. */
export function nextItemStatus(status: ItemStatus, event: ItemEvent): ItemStatus | null {
  return NEXT[status]?.[event] ?? null
}

export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = { draft: '草稿', published: '已发布', archived: '已归档' }
