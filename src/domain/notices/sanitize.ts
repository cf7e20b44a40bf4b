/**
 * Rich text of notices and policy interpretations is cleaned with an allow-list before it is
 * stored and again before it is rendered: only structural tags and a few safe attributes
 * survive; no script, style, event handler or javascript: URL does.
 *
 * Links and images are decided the way a browser would follow them, never by how they start:
 * the attribute is decoded as the HTML parser decodes it, resolved as a WHATWG URL, and what is
 * written back is the normalised result, so what is stored is exactly what a browser follows.
 * - a path or fragment of the hall itself stays (links and images), as its normalised path;
 * - a link to another site stays only when written as an absolute `https://` address (no user
 *   name or password in it), stored as the browser would follow it;
 * - an image from anywhere but the hall is dropped: on every reader's screen it would be a
 *   request to someone else's server (a tracking pixel).
 * Anything else (another scheme, a scheme-relative or backslash trick, an address whose meaning
 * depends on the page it is shown on) is dropped. See docs/architecture.md.
 */
import { FilterXSS } from 'xss'
import { cleanLines } from '../schema'

const ALLOWED: Record<string, string[]> = {
  p: [], br: [], strong: [], b: [], em: [], i: [], u: [],
  h2: [], h3: [], h4: [], blockquote: [],
  ul: [], ol: [], li: [],
  table: [], thead: [], tbody: [], tr: [], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'],
  a: ['href', 'title'],
  img: ['src', 'alt', 'width', 'height']
}

// Named references a URL plausibly holds. Others stay literal: since the decoded value is what
// is re-encoded and stored, an unknown reference can only change how an address reads, never
// where it goes.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', Tab: '\t', NewLine: '\n',
  sol: '/', bsol: '\\', colon: ':', period: '.', comma: ',', semi: ';', excl: '!', quest: '?',
  num: '#', percnt: '%', commat: '@', equals: '=', plus: '+', lpar: '(', rpar: ')', lowbar: '_', dollar: '$'
}
// The legacy ones the HTML parser also accepts without a semicolon (unless a letter, digit or
// `=` follows, in an attribute).
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp'])
// Numeric references the HTML parser replaces (windows-1252 remapping of 0x80–0x9f is left out:
// those characters are controls the URL parser strips or percent-encodes either way).
function fromReference(n: number): string {
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\ufffd'
  return String.fromCodePoint(n)
}

/** An attribute value as the HTML parser hands it to the page. */
export function decodeAttribute(raw: string): string {
  return raw.replace(/&(?:#[xX]([0-9a-fA-F]+);?|#(\d+);?|([A-Za-z][A-Za-z0-9]*)(;?))/g, (whole, hex, dec, name, semi, at, all: string) => {
    if (hex) return fromReference(parseInt(hex, 16))
    if (dec) return fromReference(parseInt(dec, 10))
    if (semi && Object.prototype.hasOwnProperty.call(NAMED, name)) return NAMED[name]
    const next = all[at + whole.length] ?? ''
    if (!semi && LEGACY.has(name) && !/[A-Za-z0-9=]/.test(next)) return NAMED[name]
    return whole
  })
}

const escapeAttribute = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

// Two unrelated bases of different schemes: an address that resolves to the same path on both
// is a path of the hall whatever the hall's own origin is; one that resolves to the same
// absolute address on both does not depend on the page at all.
const BASE_A = 'https://a.hall.invalid/'
const BASE_B = 'http://b.hall.invalid:8080/'

// A WHATWG URL (Node, every browser). The mini-program's JS runtime has none; there every
// address is dropped, which only the editor's preview can meet (the function decides what is stored).
const HAS_WHATWG_URL = (() => {
  try {
    return typeof URL === 'function' && new URL('/\\x.invalid/', BASE_A).host === 'x.invalid'
  } catch {
    return false
  }
})()

function parse(value: string, base: string): URL | null {
  try {
    return new URL(value, base)
  } catch {
    return null
  }
}

export type UrlKind = 'link' | 'image'

/**
 * The address to store for an `href` (link) or `src` (image) as the HTML parser decoded it, or
 * null to drop it.
 */
export function safeUrl(value: string, kind: UrlKind): string | null {
  if (!HAS_WHATWG_URL) return null
  const a = parse(value, BASE_A)
  const b = parse(value, BASE_B)
  if (!a || !b) return null
  const local = (u: URL) => `${u.pathname}${u.search}${u.hash}`
  if (a.origin === new URL(BASE_A).origin && b.origin === new URL(BASE_B).origin && local(a) === local(b)) {
    // A fragment alone stays a fragment (a path would leave the page for the hall's front page).
    if (/^[\t\n\f\r ]*#/.test(value) && a.hash) return a.hash
    const path = local(a)
    // "/.//evil.example" normalises to "//evil.example", which written back would leave the site.
    if (!path.startsWith('/') || path.startsWith('//')) return null
    return path
  }
  if (kind === 'link' && a.href === b.href && a.protocol === 'https:' && a.hostname && !a.username && !a.password) return a.href
  return null
}

const filter = new FilterXSS({
  whiteList: ALLOWED,
  stripIgnoreTag: true,
  // Drop the contents of these entirely, not just the tags.
  stripIgnoreTagBody: ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template'],
  allowCommentTag: false,
  css: false,
  onTagAttr(tag, name, value) {
    if ((tag === 'a' && name === 'href') || (tag === 'img' && name === 'src')) {
      const url = safeUrl(decodeAttribute(value), tag === 'a' ? 'link' : 'image')
      return url === null ? '' : `${name}="${escapeAttribute(url)}"`
    }
    return undefined
  }
})

export function sanitizeRichText(html: string): string {
  // Invisible controls and bidi overrides go first, so no tag or text can hide behind them.
  return filter.process(cleanLines(html)).trim()
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
