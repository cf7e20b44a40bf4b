/**
 * Convenience links (便民查询) an administrator configures: another mini-program (by AppID and
 * page path) or a page of this one. Free URLs are not allowed: a mini-program cannot open
 * arbitrary web pages, and a link elsewhere is where phishing would come in.
 */
import { z } from 'zod'

export const linkSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('miniprogram'),
    title: z.string().trim().min(2).max(12, '名称不能超过12个字'),
    hint: z.string().trim().max(20, '说明不能超过20个字').default(''),
    appId: z.string().regex(/^wx[0-9a-f]{16}$/, '小程序 AppID 格式如 wx0123456789abcdef'),
    path: z.string().trim().max(200).regex(/^$|^[a-zA-Z0-9_/-]+(\?[\w=&%.-]*)?$/, '页面路径格式不正确').default(''),
    order: z.number().int().min(0).max(999).default(0),
    enabled: z.boolean().default(true)
  }),
  z.strictObject({
    kind: z.literal('page'),
    title: z.string().trim().min(2).max(12, '名称不能超过12个字'),
    hint: z.string().trim().max(20, '说明不能超过20个字').default(''),
    url: z.string().trim().max(200).regex(/^\/pages\/[a-z-]+\/index(\?[\w=&%.-]*)?$/, '只能是本程序的页面，如 /pages/guides/index?field=tax'),
    order: z.number().int().min(0).max(999).default(0),
    enabled: z.boolean().default(true)
  })
])

export type LinkInput = z.input<typeof linkSchema>
export type Link = z.output<typeof linkSchema>
