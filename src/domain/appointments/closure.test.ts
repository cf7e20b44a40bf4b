import { closureMessageData, closureMessageId, closureNoteText, closureReason } from './closure'

describe('closure reason', () => {
  it.each([
    ['plain Chinese', '设备检修', '设备检修'],
    ['surrounding spaces', '  设备检修 ', '设备检修'],
    ['NUL and BEL', '设备\u0000检修\u0007', '设备检修'],
    ['an RTL override', '\u202e设备检修', '设备检修'],
    ['zero-width characters', '设\u200b备\ufeff检修', '设备检修'],
    ['a newline', '设备\n检修', '设备 检修']
  ])('should clean %s', (_case, input, out) => {
    expect(closureReason.parse(input)).toBe(out)
  })

  it.each([
    ['only control characters', '\u202e\u0007 ', '闭厅原因至少2个字'],
    ['41 characters', '检'.repeat(41), '闭厅原因不能超过40个字'],
    ['not text', 42, '请填写闭厅原因']
  ])('should refuse %s in Chinese', (_case, input, message) => {
    const res = closureReason.safeParse(input)
    expect(res.success).toBe(false)
    expect(res.error?.issues[0].message).toBe(message)
  })

  it('should keep ordinary punctuation and letters', () => {
    expect(closureReason.parse('B座3楼（东侧）')).toBe('B座3楼（东侧）')
  })
})

describe('closure note and message', () => {
  it.each([
    [{ reason: '设备检修', outcome: 'cancelled' as const, phone: '0571-87001234' }, '大厅当日闭厅：设备检修，预约已取消'],
    [{ reason: '设备检修', outcome: 'kept' as const, phone: '0571-87001234' }, '大厅当日闭厅：设备检修，请联系大厅 0571-87001234'],
    [{ reason: '设备检修', outcome: 'kept' as const, phone: '' }, '大厅当日闭厅：设备检修，请联系大厅']
  ])('should tell the citizen %#', (note, text) => {
    expect(closureNoteText(note)).toBe(text)
  })

  it('should give one message id per booking, closure and outcome', () => {
    expect(closureMessageId('b1', 'c1', 'cancelled')).toBe('closure|b1|c1|cancelled')
    expect(new Set([closureMessageId('b1', 'c1', 'cancelled'), closureMessageId('b1', 'c1', 'kept'), closureMessageId('b1', 'c2', 'cancelled'), closureMessageId('b2', 'c1', 'cancelled')]).size).toBe(4)
  })

  it('should fit the template: at most 20 characters a thing, no phone', () => {
    const data = closureMessageData({ serviceName: '城乡居民基本养老保险参保登记（很长的事项名称）', date: '2026-12-03', start: '09:00', hallName: '示范市市民中心政务服务大厅' }, 'cancelled', '供电线路检修，暂停对外办公一天')
    expect(data.time2).toBe('2026-12-03 09:00')
    expect(data.thing4.startsWith('闭厅，预约已取消：供电')).toBe(true)
    for (const k of ['thing1', 'thing3', 'thing4']) expect(data[k].length).toBeLessThanOrEqual(20)
  })
})
