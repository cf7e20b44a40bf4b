/**
 * CloudBase timer triggers' cron: seven fields, `second minute hour day month weekday year`,
 * each `*`, `n`, `a-b`, `x/step` (x = `*`, `n` or `a-b`) and lists of those; months also
 * JAN..DEC, weekdays 0-6 or SUN..SAT with 0 = Sunday (Tencent SCF's current definition; older
 * WeChat pages number from Monday, so the hall's own triggers use `*` there). The platform reads
 * them in Beijing time, and so does `matches`. Pure, so the scheduler's timing is table-tested.
 */

const FIELDS = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'], first: 1 },
  { name: 'weekday', min: 0, max: 6, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], first: 0 },
  { name: 'year', min: 1970, max: 2099 }
] as const

export interface Cron {
  fields: ReadonlyArray<ReadonlySet<number>>
  /** Day and weekday both restricted: either may match (as classic cron). */
  dayOrWeekday: boolean
}

function value(text: string, field: (typeof FIELDS)[number]): number {
  const upper = text.toUpperCase()
  if ('names' in field) {
    const i = (field.names as readonly string[]).indexOf(upper)
    if (i >= 0) return i + field.first
  }
  if (!/^\d+$/.test(text)) throw new Error(`cron ${field.name}: "${text}" is not a number`)
  const n = Number(text)
  if (n < field.min || n > field.max) throw new Error(`cron ${field.name}: ${n} is outside ${field.min}-${field.max}`)
  return n
}

function parseField(text: string, field: (typeof FIELDS)[number]): Set<number> {
  const out = new Set<number>()
  for (const part of text.split(',')) {
    const [range, stepText, extra] = part.split('/')
    if (extra !== undefined || range === '') throw new Error(`cron ${field.name}: "${part}" is malformed`)
    const step = stepText === undefined ? 1 : Number(stepText)
    if (!Number.isInteger(step) || step < 1) throw new Error(`cron ${field.name}: step "${stepText}" is malformed`)
    let from: number
    let to: number
    if (range === '*' || range === '?') [from, to] = [field.min, field.max]
    else if (range.includes('-')) {
      const [a, b] = range.split('-')
      ;[from, to] = [value(a, field), value(b, field)]
      if (from > to) throw new Error(`cron ${field.name}: range "${range}" runs backwards`)
    } else {
      from = value(range, field)
      // `n/step` runs from n to the end of the field, as in Quartz and SCF.
      to = stepText === undefined ? from : field.max
    }
    for (let n = from; n <= to; n += step) out.add(n)
  }
  return out
}

export function parseCron(expression: string): Cron {
  const parts = expression.trim().split(/\s+/)
  if (parts.length !== 7) throw new Error(`cron "${expression}" needs 7 fields (second minute hour day month weekday year), has ${parts.length}`)
  const restricted = (t: string) => t !== '*' && t !== '?'
  return { fields: parts.map((p, i) => parseField(p, FIELDS[i])), dayOrWeekday: restricted(parts[3]) && restricted(parts[5]) }
}

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000

/** Beijing time's calendar fields of an instant (UTC+8 all year: China keeps no daylight time). */
export function beijingFields(at: Date): number[] {
  const t = new Date(at.getTime() + SHANGHAI_OFFSET_MS)
  return [t.getUTCSeconds(), t.getUTCMinutes(), t.getUTCHours(), t.getUTCDate(), t.getUTCMonth() + 1, t.getUTCDay(), t.getUTCFullYear()]
}

/** Whether the cron fires in the second that contains `at`, read in Beijing time. */
export function matches(cron: Cron, at: Date): boolean {
  const [second, minute, hour, day, month, weekday, year] = beijingFields(at)
  const [s, mi, h, d, mo, w, y] = cron.fields
  if (!s.has(second) || !mi.has(minute) || !h.has(hour) || !mo.has(month) || !y.has(year)) return false
  return cron.dayOrWeekday ? d.has(day) || w.has(weekday) : d.has(day) && w.has(weekday)
}
