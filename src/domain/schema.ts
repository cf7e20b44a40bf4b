/**
 * Building blocks for action inputs. Every object is strict (unknown fields are refused, so
 * nothing unexpected is ever stored) and every string has a length cap.
 */
import { z } from 'zod'

export const text = (max: number, min = 0) =>
  z.string().trim().min(min, min > 0 ? '不能为空' : undefined).max(max, `不能超过${max}个字`)

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
