import { beijingFields, matches, parseCron } from './cron'

// Instants written in Beijing time, as the trigger table reads them.
const bj = (text: string) => new Date(`${text}+08:00`)

describe('cron of CloudBase timer triggers', () => {
  it.each([
    ['0 0 3 * * * *', '2026-12-02T03:00:00', true],
    ['0 0 3 * * * *', '2026-12-02T03:00:01', false],
    ['0 0 3 * * * *', '2026-12-01T19:00:00Z', true],
    ['0 0 18 * * * *', '2026-12-02T18:00:00', true],
    ['0 0 18 * * * *', '2026-12-02T10:00:00', false],
    ['*/15 * * * * * *', '2026-12-02T10:00:45', true],
    ['*/15 * * * * * *', '2026-12-02T10:00:44', false],
    ['5/20 * * * * * *', '2026-12-02T10:00:45', true],
    ['0 0 9-17/4 * * * *', '2026-12-02T13:00:00', true],
    ['0 0 9-17/4 * * * *', '2026-12-02T15:00:00', false],
    ['0 30 8 1,15 * * *', '2026-12-15T08:30:00', true],
    ['0 30 8 1,15 * * *', '2026-12-16T08:30:00', false],
    ['0 0 0 * DEC * 2026', '2026-12-31T00:00:00', true],
    ['0 0 0 * JAN * *', '2026-12-31T00:00:00', false],
    // 2026-12-02 is a Wednesday; 0 is Sunday.
    ['0 0 9 * * WED *', '2026-12-02T09:00:00', true],
    ['0 0 9 * * 3 *', '2026-12-02T09:00:00', true],
    ['0 0 9 * * MON-FRI *', '2026-12-06T09:00:00', false],
    ['0 0 9 * * ? *', '2026-12-06T09:00:00', true],
    ['0 0 9 * * * 2027', '2026-12-02T09:00:00', false]
  ])('should read "%s" at %s as %s', (expression, at, expected) => {
    const instant = at.endsWith('Z') ? new Date(at) : bj(at)
    expect(matches(parseCron(expression), instant)).toBe(expected)
  })

  it('should fire on either the day or the weekday when both are given, as classic cron', () => {
    const cron = parseCron('0 0 9 1 * MON *')
    expect(matches(cron, bj('2026-12-01T09:00:00'))).toBe(true) // the 1st, a Tuesday
    expect(matches(cron, bj('2026-12-07T09:00:00'))).toBe(true) // a Monday
    expect(matches(cron, bj('2026-12-08T09:00:00'))).toBe(false)
  })

  it.each(['0 0 3 * * *', '60 * * * * * *', '0 0 24 * * * *', '0 0 3 0 * * *', 'x * * * * * *', '0 0 5-3 * * * *', '*/0 * * * * * *', '1/2/3 * * * * * *', '0 0 0 * FOO * *'])('should refuse "%s"', (expression) => {
    expect(() => parseCron(expression)).toThrow(/cron/)
  })

  it('should read calendar fields in Beijing time whatever the server runs in', () => {
    expect(beijingFields(new Date('2026-12-31T16:30:05Z'))).toEqual([5, 30, 0, 1, 1, 5, 2027])
  })
})
