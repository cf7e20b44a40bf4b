import { clockToMinutes, dayLabel, formatHallDay, formatHallTime, hallDate, hallIso, ISO_WEEKDAYS, isoWeekday, longDayLabel, minutesText, minutesToClock, monthDayLabel, weekdayName } from './time'

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

describe('weekday names', () => {
  it.each([
    [1, '周一', '星期一'],
    [5, '周五', '星期五'],
    [6, '周六', '星期六'],
    [7, '周日', '星期日']
  ])('should name ISO weekday %i %s or %s', (iso, short, long) => {
    expect([weekdayName(iso), weekdayName(iso, 'long')]).toEqual([short, long])
  })

  it.each([0, 8, 1.5, -1, NaN])('should refuse %p, which is no ISO weekday', (iso) => {
    expect(() => weekdayName(iso)).toThrow(RangeError)
  })

  it('should list the week Monday first', () => {
    expect(ISO_WEEKDAYS.map((d) => weekdayName(d))).toEqual(['周一', '周二', '周三', '周四', '周五', '周六', '周日'])
  })
})

describe('labels of a calendar date', () => {
  const original = process.env.TZ
  afterEach(() => {
    process.env.TZ = original
  })

  it.each([
    ['2026-11-23', 1, '11月23日', '11月23日 周一', '2026年11月23日 星期一'],
    ['2026-11-29', 7, '11月29日', '11月29日 周日', '2026年11月29日 星期日'],
    ['2026-01-01', 4, '1月1日', '1月1日 周四', '2026年1月1日 星期四'],
    ['2028-02-29', 2, '2月29日', '2月29日 周二', '2028年2月29日 星期二'],
    ['0044-03-15', 2, '3月15日', '3月15日 周二', '44年3月15日 星期二']
  ])('should label %s (ISO weekday %i) as %s, %s and %s in any timezone', (date, iso, short, withDay, long) => {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = tz
      expect([isoWeekday(date), monthDayLabel(date), dayLabel(date), longDayLabel(date)]).toEqual([iso, short, withDay, long])
    }
  })

  it.each(['2026-02-30', '2026-13-01', '2026-1-1', '', '2026-11-23T00:00'])('should refuse %p, which is no calendar date', (date) => {
    expect(() => dayLabel(date)).toThrow(RangeError)
    expect(() => isoWeekday(date)).toThrow(RangeError)
  })

  it('should write the hall instant of a date and clock with the hall offset', () => {
    expect(hallIso('2026-11-24', '09:00')).toBe('2026-11-24T09:00:00+08:00')
    expect(new Date(hallIso('2026-11-24', '09:00')).toISOString()).toBe('2026-11-24T01:00:00.000Z')
    expect(hallIso('2026-11-24')).toBe('2026-11-24T00:00:00+08:00')
  })
})

describe('minutes and clocks', () => {
  it.each([
    [60, '1小时'],
    [120, '2小时'],
    [30, '30分钟'],
    [90, '90分钟'],
    [0, '0分钟']
  ])('should say %i minutes as %s', (minutes, said) => {
    expect(minutesText(minutes)).toBe(said)
  })

  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['12:05', 725],
    ['23:59', 1439]
  ])('should read %s as %i minutes and write it back', (clock, minutes) => {
    expect(clockToMinutes(clock)).toBe(minutes)
    expect(minutesToClock(minutes)).toBe(clock)
  })

  it.each(['24:00', '9:30', '09:60', '', '0930'])('should refuse the clock %p', (clock) => {
    expect(() => clockToMinutes(clock)).toThrow(RangeError)
  })

  it.each([-1, 1440, 1.5, NaN])('should refuse the minute %p', (minutes) => {
    expect(() => minutesToClock(minutes)).toThrow(RangeError)
  })
})
