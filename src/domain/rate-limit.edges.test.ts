import { DEFAULT_WRITE_LIMIT, parseRateLimit } from './rate-limit'

// The edges of HALL_WRITE_LIMIT (issue 16, mutation testing): the smallest limits it takes, and
// nothing after the value, which keeps the default rather than a limit misread.
describe('the edges of parseRateLimit', () => {
  it.each([
    ['1/1', { max: 1, windowSeconds: 1, totalMax: 2 }],
    ['1/1,1', { max: 1, windowSeconds: 1, totalMax: 1 }],
    ['\t3/10,4\n', { max: 3, windowSeconds: 10, totalMax: 4 }]
  ])('should read %j as %j', (input, expected) => {
    expect(parseRateLimit(input)).toEqual(expected)
  })

  it.each(['20/60x', '20/60,50x', '20/60,50 x', 'x20/60', '20/60/5', '1/1,0', '0/1,5', '1/0,5', '1234567/60'])('should keep the default for %j', (input) => {
    expect(parseRateLimit(input)).toEqual(DEFAULT_WRITE_LIMIT)
    const fallback = { max: 9, windowSeconds: 9, totalMax: 9 }
    expect(parseRateLimit(input, fallback)).toBe(fallback)
  })
})
