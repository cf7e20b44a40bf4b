import { randomBytes as cryptoRandomBytes } from 'node:crypto'
import { CODE_ALPHABET, CODE_LENGTH, checkCharacter, formatCode, generateAppointmentCode, isValidAppointmentCode, normalizeCode } from './code'

/** A random source that replays the given bytes, then zeros. */
function replay(bytes: number[]) {
  const queue = [...bytes]
  return (n: number) => Uint8Array.from({ length: n }, () => queue.shift() ?? 0)
}

const SAMPLES = ['2345678K', ...Array.from({ length: 20 }, () => generateAppointmentCode(cryptoRandomBytes))]

describe('CODE_ALPHABET', () => {
  it.each(['0', 'O', '1', 'I', 'L'])('should leave out the look-alike %s', (ch) => {
    expect(CODE_ALPHABET).not.toContain(ch)
  })

  it('should have 31 distinct upper-case symbols', () => {
    expect(new Set(CODE_ALPHABET).size).toBe(31)
    expect(CODE_ALPHABET).toMatch(/^[2-9A-Z]+$/)
  })
})

describe('generateAppointmentCode', () => {
  it.each([
    [[0, 1, 2, 3, 4, 5, 6], '2345678K'],
    [[248, 255, 0, 1, 2, 3, 4, 5, 6], '2345678K'],
    [[30, 30, 30, 30, 30, 30, 30], 'ZZZZZZZ' + checkCharacter('ZZZZZZZ')],
    [[31, 62, 93, 124, 155, 186, 217], '2222222' + '2'],
    [[247, 8, 9, 10, 11, 12, 13], 'ZABCDEF' + checkCharacter('ZABCDEF')]
  ])('should turn the bytes %j into %s', (bytes, expected) => {
    expect(generateAppointmentCode(replay(bytes))).toBe(expected)
  })

  it('should make valid eight-character codes from a real random source', () => {
    for (let i = 0; i < 500; i++) {
      const code = generateAppointmentCode(cryptoRandomBytes)
      expect(code).toHaveLength(CODE_LENGTH)
      expect(isValidAppointmentCode(code)).toBe(true)
    }
  })

  it('should map the usable bytes evenly onto the alphabet', () => {
    const counts = new Map<string, number>()
    for (let b = 0; b < 248; b++) {
      const first = generateAppointmentCode(replay([b]))[0]
      counts.set(first, (counts.get(first) ?? 0) + 1)
    }
    expect(counts.size).toBe(31)
    expect(new Set(counts.values())).toEqual(new Set([8]))
  })

  it.each([248, 250, 255])('should skip the byte %i, which would favour some symbols', (b) => {
    expect(generateAppointmentCode(replay([b, 9]))[0]).toBe('B')
  })

  it.each([
    ['only unusable bytes', () => new Uint8Array(8).fill(255)],
    ['empty arrays', () => new Uint8Array(0)],
    ['not bytes at all', () => [1, 2, 3] as unknown as Uint8Array]
  ])('should fail rather than loop on a source giving %s', (_name, source) => {
    expect(() => generateAppointmentCode(source)).toThrow()
  })
})

describe('isValidAppointmentCode', () => {
  it.each([
    ['2345678K', true],
    ['2345-678K', true],
    [' 2345 678k ', true],
    ['２３４５－６７８ｋ', true],
    ['22222222', true],
    ['2345678J', false],
    ['2345678', false],
    ['2345678KK', false],
    ['2345678O', false],
    ['', false],
    [null, false],
    [12345678, false]
  ])('should judge %j as %s', (input, expected) => {
    expect(isValidAppointmentCode(input)).toBe(expected)
  })

  it.each(SAMPLES)('should catch every single wrong character in %s', (code) => {
    for (let i = 0; i < code.length; i++) {
      for (const c of CODE_ALPHABET) {
        if (c === code[i]) continue
        expect(isValidAppointmentCode(code.slice(0, i) + c + code.slice(i + 1))).toBe(false)
      }
    }
  })

  it.each(SAMPLES)('should catch every swap of two different characters in %s', (code) => {
    for (let i = 0; i < code.length; i++) {
      for (let j = i + 1; j < code.length; j++) {
        if (code[i] === code[j]) continue
        const chars = [...code]
        ;[chars[i], chars[j]] = [chars[j], chars[i]]
        expect(isValidAppointmentCode(chars.join(''))).toBe(false)
      }
    }
  })
})

describe('normalizeCode and formatCode', () => {
  it.each([
    ['abcd-efgh', 'ABCDEFGH', 'ABCD-EFGH'],
    ['ＡＢＣＤ　ＥＦＧＨ', 'ABCDEFGH', 'ABCD-EFGH'],
    ['AB CD—EF GH', 'ABCDEFGH', 'ABCD-EFGH'],
    ['2345678K', '2345678K', '2345-678K'],
    ['ABC', null, 'ABC'],
    [' O0I1L2345 ', null, 'O0I1L2345']
  ])('should read %j as %j and show it as %j', (input, normal, shown) => {
    expect(normalizeCode(input)).toBe(normal)
    expect(formatCode(input)).toBe(shown)
  })

  it('should refuse a body that is not seven code characters', () => {
    expect(() => checkCharacter('234567')).toThrow(RangeError)
    expect(() => checkCharacter('234567O')).toThrow(RangeError)
  })
})
