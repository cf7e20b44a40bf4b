import { createHash } from 'node:crypto'

/**
 * One document per citizen and item: the id is derived from both, so adding twice (or twice at
 * once) leaves one favourite, enforced by the primary key rather than a check-then-insert.
 * Hashed so the id does not spell out the OPENID.
 */
export function favouriteId(openid: string, code: string): string {
  return createHash('sha256').update(`${openid}|${code}`).digest('hex').slice(0, 32)
}
