import { isValidIdNumber, maskPersonal, parseDeclaration, schemaFor } from './personal-fields'

describe('isValidIdNumber', () => {
  it.each([
    ['11010519491231002X', true],
    ['110105194912310021', false],
    ['440524188001010014', true],
    ['44052418800101001', false],
    ['4405241880010100AB', false]
  ])('should judge %s as %s', (id, ok) => {
    expect(isValidIdNumber(id)).toBe(ok)
  })
})

describe('schemaFor', () => {
  const counter = schemaFor([
    { key: 'name', purpose: '窗口核对预约人' },
    { key: 'mobile', purpose: '预约变动时通知您' }
  ])

  it('should accept exactly the declared fields', () => {
    expect(counter.parse({ name: '张三', mobile: '13812345678' })).toEqual({ name: '张三', mobile: '13812345678' })
  })

  it.each([
    ['an undeclared ID number', { name: '张三', mobile: '13812345678', idNumber: '11010519491231002X' }],
    ['a missing mobile', { name: '张三' }],
    ['a bad mobile', { name: '张三', mobile: '1381234' }],
    ['a name with digits', { name: '张三3', mobile: '13812345678' }]
  ])('should refuse %s', (_case, value) => {
    expect(counter.safeParse(value).success).toBe(false)
  })

  it('should upper-case and check an ID number where it is declared', () => {
    const identity = schemaFor([{ key: 'idNumber', purpose: '法律规定须核验身份' }])
    expect(identity.parse({ idNumber: '11010519491231002x' })).toEqual({ idNumber: '11010519491231002X' })
  })
})

describe('parseDeclaration', () => {
  it.each([
    ['an unknown field', [{ key: 'religion', purpose: '不应收集的信息' }]],
    ['a duplicate', [{ key: 'name', purpose: '核对身份信息' }, { key: 'name', purpose: '核对身份信息' }]],
    ['a missing purpose', [{ key: 'name', purpose: '' }]]
  ])('should refuse %s', (_case, value) => {
    expect(() => parseDeclaration(value)).toThrow()
  })
})

describe('maskPersonal', () => {
  it('should mask every field for display', () => {
    expect(maskPersonal({ name: '张三丰', mobile: '13812345678', idNumber: '11010519491231002X' })).toEqual({ name: '张**', mobile: '138****5678', idNumber: '110***********002X' })
  })
})
