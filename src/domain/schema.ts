/**
 * Building blocks for action inputs. Every object is strict (unknown fields are refused, so
 * nothing unexpected is ever stored) and every string has a length cap.
 *
 * This module also sets zod's messages for the whole process: every message a person can read
 * is Chinese. zod keeps that setting on `globalThis`, and it is read when a schema parses, not
 * when it is built, so whichever module happens to load first, loading this one before the first
 * parse is enough. The router and every domain schema import `z` from here for that reason.
 */
import { z } from 'zod'
import { FORMATS } from './formats'
import { isCalendarDate } from './time'

export { z }

/** What a person reads for an issue no schema gave its own message. Never shows a value or a type name. */
export function chineseIssueMessage(raw: object): string {
  const issue = raw as { code?: string; input?: unknown; [key: string]: unknown }
  const n = (v: unknown) => String(v)
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return '必填'
      const expected: Record<string, string> = {
        string: '应为文字',
        number: '应为数字',
        int: '应为整数',
        boolean: '应为“是”或“否”',
        array: '应为列表',
        object: '应为对象',
        date: '应为日期',
        null: '应为空',
        literal: '取值不正确'
      }
      return expected[n(issue.expected)] ?? '类型不正确'
    }
    case 'too_big': {
      const max = n(issue.maximum)
      if (issue.origin === 'string') return `不能超过${max}个字`
      if (issue.origin === 'array' || issue.origin === 'set') return `最多${max}项`
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return issue.inclusive === false ? `应小于${max}` : `不能大于${max}`
      return '超出允许的范围'
    }
    case 'too_small': {
      const min = n(issue.minimum)
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '不能为空' : `至少${min}个字`
      if (issue.origin === 'array' || issue.origin === 'set') return Number(issue.minimum) <= 1 ? '至少填写一项' : `至少${min}项`
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return issue.inclusive === false ? `应大于${min}` : `不能小于${min}`
      return '低于允许的范围'
    }
    case 'invalid_format': {
      if (issue.format === 'datetime') return '时间格式不正确'
      if (issue.format === 'date') return '日期格式不正确'
      return '格式不正确'
    }
    case 'not_multiple_of':
      return `应为${n(issue.divisor)}的倍数`
    case 'invalid_value':
    case 'invalid_union':
      return '不是可选的值'
    case 'unrecognized_keys':
      return '不接受此字段'
    case 'invalid_key':
      return '字段名不正确'
    case 'invalid_element':
      return '含有不正确的值'
    default:
      return '内容不符合要求'
  }
}

// jitless: zod would otherwise probe `new Function` to compile object parsers, which the hall's
// Content-Security-Policy refuses (a reported violation on every page that validates a form) and
// the mini-program's JS runtime does not allow at all.
z.config({ customError: (issue) => chineseIssueMessage(issue), jitless: true })

/** True when a message is written for a person in Chinese (it may quote an example such as /pages/guides/index). */
export function isChineseMessage(message: unknown): message is string {
  return typeof message === 'string' && /[\u4e00-\u9fff]/.test(message)
}

// Invisible or disruptive characters: controls (C0, DEL, C1), format characters (bidi embeddings,
// overrides and isolates, zero-width characters, the BOM, soft hyphen, tag characters) and lone
// surrogates. Stored in a title they reorder or hide what other people read (an RTL override makes
// "gnp.exe" read as "exe.png"), and NUL or BEL break logs, exports and terminals.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/gu
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g

/** A single line of text others will read: line breaks and tabs become spaces, invisible characters go. */
export function cleanLine(value: string): string {
  return value.replace(LINE_BREAKS, ' ').replace(/[\t\n\v\f]/g, ' ').replace(INVISIBLE, '')
}

/** Text of several lines: keeps newlines (normalised to \n) and tabs, drops every other invisible character. */
export function cleanLines(value: string): string {
  return value.replace(LINE_BREAKS, '\n').replace(/[\v\f]/g, '\n').replace(/[^\P{Cc}\t\n]|[\p{Cf}\p{Cs}]/gu, '')
}

const lengthChecks = (s: z.ZodString, max: number, min: number) =>
  s.min(min, min > 1 ? `至少${min}个字` : min === 1 ? '不能为空' : undefined).max(max, `不能超过${max}个字`)

/**
 * One line of free text (a title, a name, a reason): cleaned of invisible characters, trimmed,
 * then measured. Use it for every free text another person will read.
 */
export const text = (max: number, min = 0) => lengthChecks(z.string().overwrite(cleanLine).trim(), max, min)

/** Free text of several lines (a notice body, an answer): like `text`, keeping newlines and tabs. */
export const multilineText = (max: number, min = 0) => lengthChecks(z.string().overwrite(cleanLines).trim(), max, min)

/** A whole number in a range, with one message for every way it can be wrong (empty, a fraction, out of range). */
export const wholeNumber = (min: number, max: number) => {
  const message = `请填写${min}至${max}之间的整数`
  return z.number({ error: message }).int(message).min(min, message).max(max, message)
}

/** Earliest and latest year a calendar date in the hall may carry. */
export const DATE_YEARS = { min: 2000, max: 2099 } as const

/** A real Gregorian calendar date, YYYY-MM-DD (no 2026-02-30, no 2026-13-01), in a sensible year range. */
const CALENDAR_DATE_MESSAGE = '请填写真实的日期，格式如 2026-12-01'
export const calendarDate = z
  .string({ error: CALENDAR_DATE_MESSAGE })
  .refine((v) => isCalendarDate(v, DATE_YEARS.min, DATE_YEARS.max), CALENDAR_DATE_MESSAGE)

export const hallCode = z.string().regex(FORMATS.hallCode, '大厅编码格式如 H01')
export const serviceCode = z.string().regex(FORMATS.serviceCode, '事项编码格式如 SB-001')
export const clock = z.string().regex(FORMATS.clock, '时间格式如 09:30')
/** A person's user code (their openid), as they copy it from 「我的」 for an administrator. */
export const userCode = z.string().regex(FORMATS.openid, '用户编号格式不正确')

export const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '编号格式不正确')

export const pageInput = {
  page: z.number().int().min(1).max(10000).default(1),
  pageSize: z.number().int().min(1).max(50).default(20)
}

export const empty = z.strictObject({})

export interface Page<T> {
  items: T[]
  page: number
  pageSize: number
  total: number
  hasMore: boolean
}

export function pageOf<T>(items: T[], page: number, pageSize: number, total: number): Page<T> {
  return { items, page, pageSize, total, hasMore: page * pageSize < total }
}
