import { canPublish, canWithdraw, noticeState, publishTime, type NoticeState } from './lifecycle'

const now = new Date('2026-11-23T02:00:00Z')
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000)

describe('noticeState', () => {
  it.each<[string, Parameters<typeof noticeState>[0], NoticeState]>([
    ['a draft', { status: 'draft' }, 'draft'],
    ['a published notice whose time has come', { status: 'published', publishAt: hours(-1) }, 'published'],
    ['a published notice due exactly now', { status: 'published', publishAt: now }, 'published'],
    ['a published notice due tomorrow', { status: 'published', publishAt: hours(24) }, 'scheduled'],
    ['a withdrawn notice', { status: 'withdrawn', publishAt: hours(-5) }, 'withdrawn']
  ])('should call %s %s', (_case, doc, state) => {
    expect(noticeState(doc, now)).toBe(state)
  })
})

describe('publishTime', () => {
  it.each<[string, Date | undefined, Date | null]>([
    ['no time given', undefined, now],
    ['a time an hour ahead', hours(1), hours(1)],
    ['a time a few seconds ago (the editor took a moment)', new Date(now.getTime() - 20_000), now],
    ['yesterday', hours(-24), null],
    ['a year ahead', hours(24 * 365), null]
  ])('should answer %s', (_case, requested, expected) => {
    const result = publishTime(requested, now)
    if (expected) expect(result).toEqual({ at: expected })
    else expect(result).toHaveProperty('error')
  })
})

describe('transitions', () => {
  it.each<[NoticeState, boolean, boolean]>([
    ['draft', true, false],
    ['scheduled', true, true],
    ['published', false, true],
    ['withdrawn', true, false]
  ])('should let %s publish: %s, withdraw: %s', (state, publish, withdraw) => {
    expect(canPublish(state)).toBe(publish)
    expect(canWithdraw(state)).toBe(withdraw)
  })
})
