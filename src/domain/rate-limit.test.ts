import { DEFAULT_WRITE_LIMIT, parseRateLimit, rateKey, rateWindow } from './rate-limit'

describe('parseRateLimit', () => {
  it.each([
    ['20/60', { max: 20, windowSeconds: 60, totalMax: 40 }],
    [' 5 / 1 ', { max: 5, windowSeconds: 1, totalMax: 10 }],
    ['20/60,50', { max: 20, windowSeconds: 60, totalMax: 50 }],
    ['20/60, 7', { max: 20, windowSeconds: 60, totalMax: 7 }],
    ['20/60,0', DEFAULT_WRITE_LIMIT],
    ['20/60,', DEFAULT_WRITE_LIMIT],
    [undefined, DEFAULT_WRITE_LIMIT],
    ['', DEFAULT_WRITE_LIMIT],
    ['0/60', DEFAULT_WRITE_LIMIT],
    ['20/0', DEFAULT_WRITE_LIMIT],
    ['-1/60', DEFAULT_WRITE_LIMIT],
    ['lots', DEFAULT_WRITE_LIMIT]
  ])('should read %j as %j', (input, expected) => {
    expect(parseRateLimit(input)).toEqual(expected)
  })
})

describe('rateWindow', () => {
  it.each([
    [0, 0, 60_000],
    [59_999, 0, 60_000],
    [60_000, 60_000, 120_000]
  ])('should put %i ms in the window starting at %i', (now, start, end) => {
    expect(rateWindow(now, { windowSeconds: 60 })).toEqual({ start, end })
  })

  it('should key counters by identity, action and window', () => {
    expect(rateKey('o1', 'admin.setMember', 60_000)).toBe('o1|admin.setMember|60000')
  })
})
