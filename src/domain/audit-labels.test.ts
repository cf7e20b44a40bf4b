import { auditActionLabel, formatAuditValue } from './audit'

describe('formatAuditValue', () => {
  it.each<[string, unknown, boolean, string]>([
    ['nothing as 空', null, false, '（空）'],
    ['an empty string as 空', '', false, '（空）'],
    ['an empty list as 空', [], false, '（空）'],
    ['a role code in words', 'staff', false, '工作人员'],
    ['a status code in words', 'published', false, '已发布'],
    ['a boolean as 是', true, false, '是'],
    ['a boolean as 否', false, false, '否'],
    ['a number as it is', 12, false, '12'],
    ['a list joined', ['H01', 'H02'], false, 'H01、H02'],
    ['an object field by field', { reason: '停电', outcome: 'kept' }, false, '原因：停电；处理方式：保留待联系'],
    ['an instant in Shanghai time', '2026-12-02T16:30:00.000Z', false, '2026-12-03 00:30'],
    ['a Date in Shanghai time', new Date('2026-12-02T16:30:00.000Z'), false, '2026-12-03 00:30'],
    ['a sealed value hidden', 'v1.QUJDREVG.R0hJSktM.TU5PUFFS', false, '（加密信息，不显示）'],
    ['a sensitive field hidden even when plain', '110105199003071234', true, '（加密信息，不显示）'],
    ['a sensitive field left empty as 空', null, true, '（空）'],
    ['long text cut at 60 characters', '字'.repeat(80), false, `${'字'.repeat(60)}…`]
  ])('should show %s', (_case, value, sensitive, expected) => {
    expect(formatAuditValue(value, sensitive)).toBe(expected)
  })
})

describe('auditActionLabel', () => {
  it.each([
    ['admin.setMember', '授予或变更角色'],
    ['retention.timer', '每日清理过期数据'],
    ['router.refusals', '被拒绝的调用（汇总）'],
    ['gone.action', '其他操作'],
    ['toString', '其他操作']
  ])('should call %s %s', (action, label) => {
    expect(auditActionLabel(action)).toBe(label)
  })
})
