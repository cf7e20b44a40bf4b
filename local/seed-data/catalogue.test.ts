import { SERVICE_FIELDS, serviceItemSchema } from '../../src/domain/guides/service-item'
import { hallSchema } from '../../src/domain/halls/hall'
import { linkSchema } from '../../src/domain/links'
import { noticeDraftSchema } from '../../src/domain/notices/notice'
import { sanitizeRichText } from '../../src/domain/notices/sanitize'
import { SERVICE_ITEMS } from './catalogue'
import { HALLS } from './halls'
import { CONVENIENCE_LINKS, SYNONYMS } from './links'
import { NOTICES } from './notices'

describe('the seed catalogue', () => {
  it.each(SERVICE_ITEMS.map((i) => [i.code, i] as const))('should hold %s to every rule an administrator is held to', (_code, item) => {
    const parsed = serviceItemSchema.safeParse(item)
    expect(parsed.success ? [] : parsed.error.issues).toEqual([])
  })

  it('should have at least 60 items with unique codes and at least four in every field', () => {
    expect(SERVICE_ITEMS.length).toBeGreaterThanOrEqual(60)
    expect(new Set(SERVICE_ITEMS.map((i) => i.code)).size).toBe(SERVICE_ITEMS.length)
    for (const field of SERVICE_FIELDS) expect([field.code, SERVICE_ITEMS.filter((i) => i.field === field.code).length >= 4]).toEqual([field.code, true])
  })

  it('should name only halls that exist, and every hall should parse', () => {
    const codes = new Set(HALLS.map((h) => hallSchema.parse(h).code))
    expect(SERVICE_ITEMS.flatMap((i) => i.halls).filter((h) => !codes.has(h))).toEqual([])
  })

  it('should ask for an ID number in an appointment only where the item says why', () => {
    for (const item of SERVICE_ITEMS) for (const d of item.appointmentFields as Array<{ key: string; purpose: string }>) expect(d.purpose.length).toBeGreaterThanOrEqual(4)
  })
})

describe('the seed notices, links and synonyms', () => {
  it.each(NOTICES.map((n) => [n.draft.title, n] as const))('should keep %s whole through the schema and the sanitizer', (_title, notice) => {
    expect(noticeDraftSchema.safeParse(notice.draft).success).toBe(true)
    expect(sanitizeRichText(notice.draft.body)).toBe(notice.draft.body.trim())
  })

  it('should pin a few notices, not all', () => {
    const pinned = NOTICES.filter((n) => n.pinned).length
    expect(pinned).toBeGreaterThan(0)
    expect(pinned).toBeLessThan(NOTICES.length / 2)
  })

  it('should only link to other mini-programs or pages of this app', () => {
    for (const link of CONVENIENCE_LINKS) expect(linkSchema.safeParse(link).success).toBe(true)
  })

  it('should map each synonym to other words', () => {
    for (const [word, targets] of Object.entries(SYNONYMS)) {
      expect(targets.length).toBeGreaterThan(0)
      expect(targets).not.toContain(word)
    }
  })
})
