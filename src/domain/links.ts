/**
 * Convenience links (便民查询) an administrator configures: another mini-program (by AppID and
 * page path) or a page of this one. Free URLs are not allowed: a mini-program cannot open
 * arbitrary web pages, and a link elsewhere is where phishing would come in.
 */
import { text, wholeNumber, z } from './schema'

export const linkSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('miniprogram'),
    title: text(12, 2),
    hint: text(20).default(''),
    appId: z.string().regex(/^wx[0-9a-f]{16}$/, '小程序编号应为 wx 加16位数字或小写字母'),
    path: z.string().trim().max(200).regex(/^$|^[a-zA-Z0-9_/-]+(\?[\w=&%.-]*)?$/, '页面路径格式不正确').default(''),
    order: wholeNumber(0, 999).default(0),
    enabled: z.boolean().default(true)
  }),
  z.strictObject({
    kind: z.literal('page'),
    title: text(12, 2),
    hint: text(20).default(''),
    url: z.string().trim().max(200).regex(/^\/pages\/[a-z-]+\/index(\?[\w=&%.-]*)?$/, '只能是本程序的页面路径，如 /pages/guides/index'),
    order: wholeNumber(0, 999).default(0),
    enabled: z.boolean().default(true)
  })
])

export type LinkInput = z.input<typeof linkSchema>
export type Link = z.output<typeof linkSchema>
