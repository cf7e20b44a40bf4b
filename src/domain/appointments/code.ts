/**
 * The appointment code (预约码) a citizen reads out or shows at the counter: eight characters,
 * grouped ABCD-EFGH. Seven are random; the eighth is a check character, so that a code misread
 * over the counter or mistyped by staff is refused instead of finding someone else's booking.
 *
 * The alphabet leaves out 0/O, 1/I/L, which look alike on a phone screen and on paper. What is
 * left has 31 symbols, a prime, which is what makes the check below catch every single wrong
 * character and every swap of two characters (a weighted sum modulo a prime, as in ISO 7064).
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

const BASE = CODE_ALPHABET.length // 31
const BODY_LENGTH = 7
export const CODE_LENGTH = BODY_LENGTH + 1
// Bytes at or above the largest multiple of 31 are thrown away so each symbol is equally likely.
const BYTE_LIMIT = Math.floor(256 / BASE) * BASE // 248
// The check character has weight 8, and 8 × 4 ≡ 1 (mod 31).
const INVERSE_OF_CHECK_WEIGHT = 4

export type RandomBytes = (n: number) => Uint8Array

function valueOf(ch: string): number {
  return CODE_ALPHABET.indexOf(ch)
}

/** The character that makes Σ (position + 1) × value ≡ 0 (mod 31) over the whole code. */
export function checkCharacter(body: string): string {
  if (body.length !== BODY_LENGTH || [...body].some((c) => valueOf(c) < 0)) {
    throw new RangeError(`a code body is ${BODY_LENGTH} characters of the code alphabet`)
  }
  let sum = 0
  for (let i = 0; i < BODY_LENGTH; i++) sum += (i + 1) * valueOf(body[i])
  const value = (((BASE - (sum % BASE)) % BASE) * INVERSE_OF_CHECK_WEIGHT) % BASE
  return CODE_ALPHABET[value]
}

/** A new code from the given random source (crypto.randomBytes on the server). */
export function generateAppointmentCode(randomBytes: RandomBytes): string {
  const values: number[] = []
  // A broken source (all bytes ≥ 248, or empty arrays) must fail loudly, not loop forever.
  for (let round = 0; values.length < BODY_LENGTH; round++) {
    if (round >= 32) throw new Error('the random source gave too few usable bytes')
    const bytes = randomBytes(BODY_LENGTH - values.length + 2)
    // ArrayBuffer.isView, not instanceof: Node's Buffer comes from another realm under jsdom.
    if (!ArrayBuffer.isView(bytes) || bytes.BYTES_PER_ELEMENT !== 1) throw new TypeError('randomBytes must return a Uint8Array')
    for (const b of bytes) {
      if (b < BYTE_LIMIT && values.length < BODY_LENGTH) values.push(b % BASE)
    }
  }
  const body = values.map((v) => CODE_ALPHABET[v]).join('')
  return body + checkCharacter(body)
}

/**
 * The code as stored, from what a person typed: any case, full-width letters from a Chinese
 * keyboard, spaces and dashes. Null when it cannot be a code at all.
 */
export function normalizeCode(input: unknown): string | null {
  if (typeof input !== 'string') return null
  const text = input
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\-_\u2010-\u2015]/g, '')
    .toUpperCase()
  if (text.length !== CODE_LENGTH || [...text].some((c) => valueOf(c) < 0)) return null
  return text
}

export function isValidAppointmentCode(input: unknown): boolean {
  const code = normalizeCode(input)
  return code !== null && checkCharacter(code.slice(0, BODY_LENGTH)) === code[BODY_LENGTH]
}

/** ABCD-EFGH, easier to read aloud; text that is not a code is returned cleaned but ungrouped. */
export function formatCode(code: string): string {
  const normal = normalizeCode(code)
  if (normal === null) return code.trim()
  return `${normal.slice(0, 4)}-${normal.slice(4)}`
}
