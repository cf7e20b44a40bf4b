/**
 * Masking for anything shown or logged that does not need the whole value.
 * The shapes follow what Chinese government sites print: 138****5678, 110***********1234.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s+/g, '')
  if (digits.length < 7) return '*'.repeat(digits.length)
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`
}

export function maskIdNumber(id: string): string {
  const value = id.trim()
  if (value.length < 8) return '*'.repeat(value.length)
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`
}

/**
 * A person's name where the full name is not needed (a list others read): the first character,
 * and the last for names of three or more, as 张*, 张*三, 欧**华. Enough to tell rows apart at a
 * counter, too little to identify someone.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim())
  if (chars.length <= 1) return '*'
  if (chars.length === 2) return `${chars[0]}*`
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`
}

/** OPENIDs are pseudonymous but still personal: logs keep only enough to correlate. */
export function maskOpenid(openid: string | null | undefined): string {
  if (!openid) return '-'
  if (openid.length <= 8) return `${openid.slice(0, 2)}***`
  return `${openid.slice(0, 4)}***${openid.slice(-4)}`
}

const PHONE_IN_TEXT = /(?<!\d)(1[3-9]\d)(\d{4})(\d{4})(?!\d)/g
const ID_IN_TEXT = /(?<![0-9Xx])(\d{3})(\d{11})(\d{3}[0-9Xx])(?![0-9Xx])/g

/** Masks mobile and ID numbers wherever they appear in free text (log lines, error messages). */
export function maskText(text: string): string {
  return text
    .replace(ID_IN_TEXT, (_m, a: string, mid: string, b: string) => `${a}${'*'.repeat(mid.length)}${b}`)
    .replace(PHONE_IN_TEXT, (_m, a: string, _mid: string, b: string) => `${a}****${b}`)
}
