/**
 * Finds plaintext mainland mobile numbers and ID numbers in stored documents, log lines and
 * responses, telling them from stretches of hex ids. A random 32-hex `_id` such as
 * `17372928040fbf…` holds runs of digits that read like a mobile about once in every 550 ids,
 * so a plain regex over the raw file raises false alarms. Here each JSON line is read value by
 * value (keys and numbers too); within a string, a whole hex id (16, 24, 32 or 64 lowercase hex
 * characters with at least one letter, standing alone or between separators such as `|`) is set
 * aside, and everything else is searched. A mobile next to hex but not inside an id-shaped token
 * (`cafe13812345678`, `<id>|13812345678`) is still found.
 */

/** 11-digit mobile (1[3-9]…) or 18-character ID number, not part of a longer run of digits. */
export const PLAINTEXT = /(?<!\d)1[3-9]\d{9}(?!\d)|(?<![0-9Xx])\d{17}[0-9Xx](?![0-9Xx])/g

/** Lengths of the hex ids the hall writes: request ids, ObjectIds, store ids, SHA-256. */
const ID_LENGTHS = new Set([16, 24, 32, 64])
const HEX_TOKEN = /(?<![0-9A-Za-z])[0-9a-f]{16,64}(?![0-9A-Za-z])/g

export function isHexId(token: string): boolean {
  return ID_LENGTHS.has(token.length) && /^[0-9a-f]+$/.test(token) && /[a-f]/.test(token)
}

/** The plaintext numbers in one string, hex ids set aside. */
export function plaintextInString(value: string): string[] {
  const rest = value.replace(HEX_TOKEN, (token) => (isHexId(token) ? ' ' : token))
  return rest.match(PLAINTEXT) ?? []
}

/** Every string, key and number of a parsed JSON value, searched one by one. */
export function plaintextInValue(value: unknown): string[] {
  if (typeof value === 'string') return plaintextInString(value)
  if (typeof value === 'number' || typeof value === 'bigint') return plaintextInString(String(value))
  if (Array.isArray(value)) return value.flatMap(plaintextInValue)
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [...plaintextInString(k), ...plaintextInValue(v)])
  return []
}

/**
 * Line by line: a line that is JSON (the store's documents, log lines, envelopes) is searched
 * value by value; any other line as one string, with the same hex-id rule.
 */
export function plaintextInText(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    const trimmed = line.trim()
    if (!trimmed) return []
    if (/^[[{"]/.test(trimmed)) {
      try {
        return plaintextInValue(JSON.parse(trimmed))
      } catch {
        // Not JSON after all: searched as text below.
      }
    }
    return plaintextInString(line)
  })
}
