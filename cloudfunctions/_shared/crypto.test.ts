import { decryptField, encryptField, lookupHash, newDataKey } from './crypto'

const ID = '110101199003071234'

describe('sensitive field encryption', () => {
  const original = process.env.HALL_DATA_KEY
  beforeEach(() => {
    process.env.HALL_DATA_KEY = newDataKey()
  })
  afterAll(() => {
    process.env.HALL_DATA_KEY = original
  })

  it('should round-trip and never contain the plaintext', () => {
    const sealed = encryptField(ID)
    expect(sealed).not.toContain(ID)
    expect(sealed).not.toContain('1234')
    expect(decryptField(sealed)).toBe(ID)
  })

  it('should seal the same value differently each time', () => {
    expect(encryptField(ID)).not.toBe(encryptField(ID))
  })

  it('should refuse a tampered ciphertext', () => {
    const [v, iv, tag, body] = encryptField(ID).split('.')
    const flipped = Buffer.from(body, 'base64url')
    flipped[0] ^= 1
    expect(() => decryptField([v, iv, tag, flipped.toString('base64url')].join('.'))).toThrow()
  })

  it('should refuse to decrypt under another key', () => {
    const sealed = encryptField(ID)
    process.env.HALL_DATA_KEY = newDataKey()
    expect(() => decryptField(sealed)).toThrow()
  })

  it('should give a stable lookup hash that ignores case and spaces and depends on the key', () => {
    const hash = lookupHash(ID.replace(/4$/, 'x'))
    expect(lookupHash(` ${ID.replace(/4$/, 'X')} `)).toBe(hash)
    expect(hash).not.toContain(ID.slice(0, 6))
    process.env.HALL_DATA_KEY = newDataKey()
    expect(lookupHash(ID.replace(/4$/, 'X'))).not.toBe(hash)
  })

  it.each([[''], ['short'], ['z'.repeat(64)]])('should refuse a malformed key %j', (key) => {
    process.env.HALL_DATA_KEY = key
    expect(() => encryptField(ID)).toThrow('HALL_DATA_KEY')
  })
})
