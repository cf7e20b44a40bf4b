import type { Database, Doc } from './cloud'

/** What citizens may see: published, and its publication time has come (scheduled ones wait). */
export function visibleNotices(db: Database, now: Date, kind?: string): Doc {
  const _ = db.command
  return { status: 'published', publishAt: _.lte(now), ...(kind ? { kind } : {}) }
}
