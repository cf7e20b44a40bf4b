import { maskIdNumber, maskName, maskOpenid, maskPhone, maskText } from './mask'

// The edges of each mask (issue 16, mutation testing): where a value turns from all stars to a
// kept head and tail, and what free-text masking must and must not take for a number.
describe('the edges of masking', () => {
  it.each([
    ['123456', '******'],
    ['1234567', '1234567'],
    ['12345678', '123*5678'],
    ['\t138 1234\n5678 ', '138****5678'],
    ['', '']
  ])('should mask phone %j as %s', (input, expected) => {
    expect(maskPhone(input)).toBe(expected)
  })

  it.each([
    ['1234567', '*******'],
    ['12345678', '123*5678'],
    ['  110101199003071234  ', '110***********1234'],
    ['', '']
  ])('should mask ID number %j as %s', (input, expected) => {
    expect(maskIdNumber(input)).toBe(expected)
  })

  it.each([
    ['12345678', '12***'],
    ['123456789', '1234***6789'],
    [undefined, '-'],
    ['', '-']
  ])('should mask openid %j as %s', (input, expected) => {
    expect(maskOpenid(input)).toBe(expected)
  })

  it.each([
    ['张', '*'],
    [' 张三 ', '张*'],
    ['司马相如', '司**如']
  ])('should mask name %j as %s', (input, expected) => {
    expect(maskName(input)).toBe(expected)
  })

  it.each([
    ['every mobile in a line', '13812345678 和 19912345678', '138****5678 和 199****5678'],
    ['an ID number ending in X', '证件11010119900307123X号', '证件110***********123X号'],
    ['an ID number ending in x', '11010119900307123x', '110***********123x'],
    ['a mobile after a letter', 'tel:13812345678', 'tel:138****5678']
  ])('should mask %s', (_case, input, expected) => {
    expect(maskText(input)).toBe(expected)
  })

  it.each([
    ['a number starting 12', '12812345678'],
    ['eleven digits inside a longer number', '013812345678'],
    ['eleven digits followed by more', '138123456789'],
    ['ten digits', '1381234567'],
    ['a mobile inside a longer number', '2138123456789']
  ])('should leave %s alone', (_case, input) => {
    expect(maskText(input)).toBe(input)
  })
})
