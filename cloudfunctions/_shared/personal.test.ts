import { lookupHash } from './crypto'
import { maskedPersonal, openPersonal, sealPersonal } from './personal'

const values = { name: '张三', mobile: '13812345678', idNumber: '11010519491231002X' }

describe('sealPersonal', () => {
  it('should keep no mobile or ID number in plaintext', () => {
    const text = JSON.stringify(sealPersonal(values))
    expect(text).not.toContain('13812345678')
    expect(text).not.toContain('11010519491231002X')
    expect(text).not.toMatch(/1[3-9]\d{9}/)
  })

  it('should open to the original values and mask for display', () => {
    const stored = sealPersonal(values)
    expect(openPersonal(stored)).toEqual(values)
    expect(maskedPersonal(stored)).toEqual({ name: '张*', mobile: '138****5678', idNumber: '110***********002X' })
  })

  it('should make an ID number findable by its keyed hash', () => {
    expect(sealPersonal(values).idNumber?.hash).toBe(lookupHash('11010519491231002x'))
  })

  it('should store only the fields given', () => {
    expect(Object.keys(sealPersonal({ name: '李四' }))).toEqual(['name'])
  })
})
