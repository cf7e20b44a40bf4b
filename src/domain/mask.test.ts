import { maskIdNumber, maskName, maskOpenid, maskPhone, maskText } from './mask'

describe('masking', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138****5678'],
    ['12345', '*****']
  ])('should mask phone %s as %s', (input, expected) => {
    expect(maskPhone(input)).toBe(expected)
  })

  it.each([
    ['110101199003071234', '110***********1234'],
    ['11010119900307123X', '110***********123X'],
    ['1234', '****']
  ])('should mask ID number %s as %s', (input, expected) => {
    expect(maskIdNumber(input)).toBe(expected)
  })

  it.each([
    ['oAbcdefghijklmnop', 'oAbc***mnop'],
    ['short', 'sh***'],
    [null, '-']
  ])('should mask openid %s as %s', (input, expected) => {
    expect(maskOpenid(input)).toBe(expected)
  })

  it.each([
    ['张三', '张*'],
    ['张小三', '张*三'],
    ['欧阳明华', '欧**华'],
    [' 李 ', '*'],
    ['', '*'],
    ['𠮷田', '𠮷*']
  ])('should mask name %j as %s', (input, expected) => {
    expect(maskName(input)).toBe(expected)
  })

  it('should mask phones and ID numbers inside free text', () => {
    expect(maskText('电话13812345678，证件110101199003071234。')).toBe('电话138****5678，证件110***********1234。')
  })

  it('should leave other numbers alone', () => {
    expect(maskText('订单 2026112200001 共 3 件')).toBe('订单 2026112200001 共 3 件')
  })
})
