import { formatHallDay, formatHallTime, hallDate } from './time'

describe('hall time', () => {
  const original = process.env.TZ
  afterEach(() => {
    process.env.TZ = original
  })

  it.each(['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati'])(
    'should show the Shanghai wall clock when the server runs in %s',
    (tz) => {
      process.env.TZ = tz
      // 2026-11-22 16:30 UTC is 2026-11-23 00:30 in Shanghai: the date itself changes.
      const instant = Date.UTC(2026, 10, 22, 16, 30)
      expect(formatHallTime(instant)).toBe('2026-11-23 00:30')
      expect(hallDate(instant)).toBe('2026-11-23')
    }
  )
})

describe('formatHallDay', () => {
  it.each([
    [Date.UTC(2026, 10, 22, 15, 59), '2026年11月22日 星期日'],
    [Date.UTC(2026, 10, 22, 16, 0), '2026年11月23日 星期一']
  ])('should name the Shanghai day of %s', (instant, expected) => {
    process.env.TZ = 'UTC'
    expect(formatHallDay(instant)).toBe(expected)
  })
})
