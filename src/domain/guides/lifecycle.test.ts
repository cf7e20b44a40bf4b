import { nextItemStatus, type ItemEvent, type ItemStatus } from './lifecycle'

describe('nextItemStatus', () => {
  it.each<[ItemStatus, ItemEvent, ItemStatus | null]>([
    ['draft', 'publish', 'published'],
    ['draft', 'archive', null],
    ['published', 'publish', null],
    ['published', 'archive', 'archived'],
    ['archived', 'publish', 'published'],
    ['archived', 'archive', null]
  ])('should take %s on %s to %s', (from, event, to) => {
    expect(nextItemStatus(from, event)).toBe(to)
  })
})
