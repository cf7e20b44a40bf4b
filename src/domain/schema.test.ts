import { calendarDate, chineseIssueMessage, cleanLine, cleanLines, isChineseMessage, multilineText, text, wholeNumber, z } from './schema'

const messages = (schema: z.ZodType, value: unknown) => {
  const res = schema.safeParse(value)
  return res.success ? [] : res.error.issues.map((i) => i.message)
}

describe('calendarDate', () => {
  it.each(['2026-12-01', '2028-02-29', '2000-01-01', '2099-12-31'])('should accept the real date %s', (d) => {
    expect(calendarDate.parse(d)).toBe(d)
  })

  it.each(['2026-02-30', '2026-13-01', '9999-99-99', '2027-02-29', '2026-04-31', '2026-00-01', '2026-01-00', '1999-12-31', '2100-01-01', '2026-1-01', ' 2026-12-01', '2026-12-01T00:00', '２０２６-12-01', 20261201, null])(
    'should refuse %j with one Chinese message',
    (d) => {
      expect(messages(calendarDate, d)).toEqual([expect.stringMatching(/^请填写真实的日期/)])
    }
  )
})

describe("zod's messages in Chinese", () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ['a missing field', z.strictObject({ a: z.string() }), {}, '必填'],
    ['a number for text', z.string(), 42, '应为文字'],
    ['text for a number', z.number(), 'x', '应为数字'],
    ['a fraction for an integer', z.number().int(), 1.5, '应为整数'],
    ['an object for a list', z.array(z.string()), {}, '应为列表'],
    ['a long string', z.string().max(3), 'abcd', '不能超过3个字'],
    ['a short string', z.string().min(2), 'a', '至少2个字'],
    ['an empty string', z.string().min(1), '', '不能为空'],
    ['a long list', z.array(z.number()).max(1), [1, 2], '最多1项'],
    ['a big number', z.number().max(5), 6, '不能大于5'],
    ['a small number', z.number().min(5), 4, '不能小于5'],
    ['a bad enum value', z.enum(['a', 'b']), 'c', '不是可选的值'],
    ['an unknown key', z.strictObject({}), { x: 1 }, '不接受此字段'],
    ['a bad regex', z.string().regex(/^a$/), 'b', '格式不正确'],
    ['a bad datetime', z.iso.datetime(), 'x', '时间格式不正确']
  ])('should say %s in Chinese', (_case, schema, value, expected) => {
    expect(messages(schema, value)).toEqual([expected])
  })

  it('should keep a schema’s own message', () => {
    expect(messages(z.string().regex(/^a$/, '只能填a'), 'b')).toEqual(['只能填a'])
  })

  it('should never put the value or a type name in a message', () => {
    const issue = { code: 'invalid_type', expected: 'string', input: { secret: '13912345678' } }
    expect(chineseIssueMessage(issue)).toBe('应为文字')
    expect(chineseIssueMessage({ code: 'some_future_code' })).toBe('内容不符合要求')
  })

  it.each<[unknown, boolean]>([
    ['请填写姓名', true],
    ['只能是本程序的页面路径，如 /pages/guides/index', true],
    ['Invalid input: expected string, received number', false],
    ['', false],
    [undefined, false]
  ])('should tell whether %j is written for a person in Chinese', (message, expected) => {
    expect(isChineseMessage(message)).toBe(expected)
  })
})

describe('free text others read', () => {
  it.each([
    ['NUL and BEL', '设备\u0000检修\u0007', '设备检修'],
    ['an RTL override', '\u202egnp.exe', 'gnp.exe'],
    ['bidi isolates', '\u2066设备\u2069检修', '设备检修'],
    ['zero-width characters and the BOM', '设\u200b备\ufeff检\u200d修', '设备检修'],
    ['a soft hyphen', '检\u00ad修', '检修'],
    ['DEL and C1 controls', '检\u007f\u0085\u009b修', '检 修'],
    ['line breaks and tabs', '第一行\r\n第二行\t第三\u2028行', '第一行 第二行 第三 行'],
    ['ordinary punctuation and letters', 'B座3楼（东侧）·A-1', 'B座3楼（东侧）·A-1']
  ])('cleanLine should handle %s', (_case, input, out) => {
    expect(cleanLine(input)).toBe(out)
  })

  it.each([
    ['newlines kept, CRLF normalised', '一\r\n二\r三', '一\n二\n三'],
    ['tabs kept', '一\t二', '一\t二'],
    ['controls dropped', '一\u0000\u202e二\u0007', '一二'],
    ['vertical tab and form feed as newlines', '一\v二\f三', '一\n二\n三']
  ])('cleanLines should keep lines: %s', (_case, input, out) => {
    expect(cleanLines(input)).toBe(out)
  })

  it('text should clean, trim, then measure, so invisible characters cannot fill a required field', () => {
    expect(text(10, 1).parse('  \u202e设备检修\u0000 ')).toBe('设备检修')
    expect(messages(text(10, 1), '\u202e\u200b\u0007')).toEqual(['不能为空'])
    expect(messages(text(4, 1), '设备检修中心')).toEqual(['不能超过4个字'])
    expect(messages(text(10, 3), '检修')).toEqual(['至少3个字'])
    expect(multilineText(20).parse('一\u0000\n二')).toBe('一\n二')
  })
})

describe('wholeNumber', () => {
  it.each<[unknown, boolean]>([
    [0, true],
    [365, true],
    [-1, false],
    [366, false],
    [1.5, false],
    ['3', false],
    [Number.NaN, false],
    [undefined, false]
  ])('should take %j as a number of 0 to 365: %s', (value, ok) => {
    expect(messages(wholeNumber(0, 365), value)).toEqual(ok ? [] : ['请填写0至365之间的整数'])
  })
})
