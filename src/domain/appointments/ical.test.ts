import { escapeText, foldLine, PRODID, toICalendar, type AppointmentEvent } from './ical'

const EVENT: AppointmentEvent = {
  uid: 'appt-H01-2345678K@fingertip-hall',
  sequence: 0,
  status: 'CONFIRMED',
  startsAt: new Date('2026-11-24T01:00:00Z'),
  endsAt: new Date('2026-11-24T01:30:00Z'),
  summary: '居民身份证换领（预约码 2345-678K）',
  location: '市民中心政务服务大厅，A区3号窗口; 东门进入',
  description: '请携带：\n1. 居民身份证原件\n2. 户口簿\n如需取消，请在预约时间2小时前操作。',
  dtstamp: new Date('2026-11-20T02:03:04.567Z')
}

interface Property {
  name: string
  params: string
  value: string
}

function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '')
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
}

/** A small reader, enough to check what a calendar app would see. */
function parse(text: string): Property[] {
  return unfold(text)
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':')
      const head = line.slice(0, colon)
      const semi = head.indexOf(';')
      return {
        name: semi < 0 ? head : head.slice(0, semi),
        params: semi < 0 ? '' : head.slice(semi + 1),
        value: line.slice(colon + 1)
      }
    })
}

function eventProps(text: string): Record<string, Property> {
  const props = parse(text)
  const start = props.findIndex((p) => p.name === 'BEGIN' && p.value === 'VEVENT')
  const end = props.findIndex((p) => p.name === 'END' && p.value === 'VEVENT')
  return Object.fromEntries(props.slice(start + 1, end).map((p) => [p.name, p]))
}

function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true)
  return text.slice(0, -2).split('\r\n')
}

const LONG = '请于预约时段内到达大厅，凭预约码在取号机取号，过号需重新取号。' + '😀'.repeat(10) + 'é'.repeat(40) + 'x'.repeat(80)

describe('toICalendar', () => {
  it('should write the event fields back as given', () => {
    const ev = eventProps(toICalendar(EVENT))
    expect(ev.UID.value).toBe(EVENT.uid)
    expect(unescapeText(ev.SUMMARY.value)).toBe(EVENT.summary)
    expect(unescapeText(ev.LOCATION.value)).toBe(EVENT.location)
    expect(unescapeText(ev.DESCRIPTION.value)).toBe(EVENT.description)
    expect(ev.STATUS.value).toBe('CONFIRMED')
    expect(ev.SEQUENCE.value).toBe('0')
  })

  it.each([
    ['DTSTART', 'TZID=Asia/Shanghai', '20261124T090000'],
    ['DTEND', 'TZID=Asia/Shanghai', '20261124T093000'],
    ['DTSTAMP', '', '20261120T020304Z']
  ])('should write %s with params %j as %s', (name, params, value) => {
    expect(eventProps(toICalendar(EVENT))[name]).toEqual({ name, params, value })
  })

  it('should write a Shanghai date that differs from the UTC date', () => {
    const ev = eventProps(toICalendar({ ...EVENT, startsAt: new Date('2026-11-23T16:30:00Z'), endsAt: new Date('2026-11-23T17:00:00Z') }))
    expect(ev.DTSTART.value).toBe('20261124T003000')
    expect(ev.DTEND.value).toBe('20261124T010000')
  })

  it.each([
    ['CONFIRMED', 0, 'PUBLISH', 'OPAQUE'],
    ['CANCELLED', 3, 'CANCEL', 'TRANSPARENT']
  ] as const)('should mark a %s copy (sequence %i) with METHOD:%s', (status, sequence, method, transp) => {
    const text = toICalendar({ ...EVENT, status, sequence })
    const top = parse(text)
    expect(top.find((p) => p.name === 'METHOD')?.value).toBe(method)
    const ev = eventProps(text)
    expect(ev.STATUS.value).toBe(status)
    expect(ev.SEQUENCE.value).toBe(String(sequence))
    expect(ev.TRANSP.value).toBe(transp)
  })

  it('should frame the calendar and carry a fixed +0800 VTIMEZONE before the event', () => {
    const names = parse(toICalendar(EVENT)).map((p) => `${p.name}${p.params ? ';' + p.params : ''}:${p.value}`)
    expect(names.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'])
    expect(names.slice(5, 15)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Shanghai',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0800',
      'TZOFFSETTO:+0800',
      'TZNAME:CST',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT'
    ])
    expect(names[names.length - 1]).toBe('END:VCALENDAR')
  })

  it('should end every line with CRLF and use no bare line breaks', () => {
    const text = toICalendar({ ...EVENT, description: 'a\nb\r\nc\rd' })
    for (const line of physicalLines(text)) expect(line).not.toMatch(/[\r\n]/)
    expect(unescapeText(eventProps(text).DESCRIPTION.value)).toBe('a\nb\nc\nd')
  })

  it.each([
    ['Chinese', '办理须知：'.repeat(30)],
    ['emoji and accents', LONG],
    ['escapes at the fold', '\\,;'.repeat(60)]
  ])('should fold %s text within 75 octets and unfold it unchanged', (_name, description) => {
    const text = toICalendar({ ...EVENT, description })
    const lines = physicalLines(text)
    const decoder = new TextDecoder('utf-8', { fatal: true })
    for (const line of lines) {
      const bytes = Buffer.from(line, 'utf8')
      expect(bytes.length).toBeLessThanOrEqual(75)
      // A character split across lines would leave invalid UTF-8 on one of them.
      expect(decoder.decode(bytes)).toBe(line)
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
    }
    expect(lines.some((l) => l.startsWith(' '))).toBe(true)
    expect(unescapeText(eventProps(text).DESCRIPTION.value)).toBe(description)
  })

  it('should write the same file whatever timezone the process runs in', () => {
    const original = process.env.TZ
    try {
      const outputs = ['UTC', 'America/New_York', 'Asia/Shanghai', 'Pacific/Kiritimati'].map((tz) => {
        process.env.TZ = tz
        return toICalendar(EVENT)
      })
      expect(new Set(outputs).size).toBe(1)
      expect(eventProps(outputs[0]).DTSTART.value).toBe('20261124T090000')
    } finally {
      process.env.TZ = original
    }
  })

  it.each([
    ['an end before the start', { endsAt: new Date('2026-11-24T00:30:00Z') }],
    ['an end equal to the start', { endsAt: new Date('2026-11-24T01:00:00Z') }],
    ['an invalid start', { startsAt: new Date('x') }],
    ['an invalid stamp', { dtstamp: new Date(NaN) }],
    ['a negative sequence', { sequence: -1 }],
    ['a fractional sequence', { sequence: 1.5 }],
    ['an empty uid', { uid: '  ' }],
    ['an unknown status', { status: 'TENTATIVE' as 'CONFIRMED' }]
  ])('should refuse %s', (_name, change) => {
    expect(() => toICalendar({ ...EVENT, ...change })).toThrow(RangeError)
  })
})

describe('escapeText', () => {
  it.each([
    ['plain 文本', 'plain 文本'],
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['C:\\path', 'C:\\\\path'],
    ['\\n is not a newline', '\\\\n is not a newline'],
    ['line1\nline2', 'line1\\nline2'],
    ['line1\r\nline2', 'line1\\nline2'],
    ['全角，逗号；分号', '全角，逗号；分号'],
    ['bell\u0007 tab\t', 'bell tab\t'],
    ['lone \uD83D surrogate', 'lone \uFFFD surrogate'],
    ['trailing \uDE00 half', 'trailing \uFFFD half'],
    ['pair 😀 kept', 'pair 😀 kept']
  ])('should escape %j as %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected)
  })
})

describe('foldLine', () => {
  const octets = (s: string) => Buffer.byteLength(s, 'utf8')

  it.each([
    ['a'.repeat(75), [75]],
    ['a'.repeat(76), [75, 2]],
    ['a'.repeat(75 + 74 + 1), [75, 75, 2]],
    // 'DESCRIPTION:' is 12 octets; 21 three-octet characters fill the line exactly.
    ['DESCRIPTION:' + '办'.repeat(21), [75]],
    ['DESCRIPTION:' + '办'.repeat(22), [75, 4]],
    // 13 + 20 × 3 = 73: the next character would make 76, so it moves to the next line.
    ['DESCRIPTION:x' + '办'.repeat(21), [73, 4]],
    ['DESCRIPTION:xx' + '😀'.repeat(17), [74, 1 + 4 * 2]]
  ])('should fold %j into physical lines of %j octets', (line, sizes) => {
    const folded = foldLine(line as string)
    expect(folded.split('\r\n').map(octets)).toEqual(sizes)
    expect(unfold(folded)).toBe(line)
  })
})
