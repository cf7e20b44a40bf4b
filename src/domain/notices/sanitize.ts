/**
 * Rich text of notices and policy interpretations is cleaned with an allow-list before it is
 * stored and again before it is rendered: only structural tags and a few safe attributes
 * survive; no script, style, event handler or javascript: URL does.
 */
import { FilterXSS } from 'xss'

const ALLOWED: Record<string, string[]> = {
  p: [], br: [], strong: [], b: [], em: [], i: [], u: [],
  h2: [], h3: [], h4: [], blockquote: [],
  ul: [], ol: [], li: [],
  table: [], thead: [], tbody: [], tr: [], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'],
  a: ['href', 'title'],
  img: ['src', 'alt', 'width', 'height']
}

const SAFE_URL = /^(https:\/\/|\/(?!\/)|#)/i

const filter = new FilterXSS({
  whiteList: ALLOWED,
  stripIgnoreTag: true,
  // Drop the contents of these entirely, not just the tags.
  stripIgnoreTagBody: ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template'],
  allowCommentTag: false,
  css: false,
  onTagAttr(tag, name, value) {
    if ((tag === 'a' && name === 'href') || (tag === 'img' && name === 'src')) {
      const url = value.trim()
      return SAFE_URL.test(url) ? `${name}="${url.replace(/"/g, '&quot;')}"` : ''
    }
    return undefined
  }
})

export function sanitizeRichText(html: string): string {
  return filter.process(html).trim()
}

/** Plain text of a notice, for summaries and search. */
export function richTextToPlain(html: string): string {
  return sanitizeRichText(html)
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|li|h[234]|tr|blockquote)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
