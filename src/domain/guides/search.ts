/**
 * Forgiving search over service items, ranked by relevance and never by popularity: a citizen
 * types what they call the thing (身份证, 社保卡) and finds what the catalogue calls it
 * (居民身份证换领, 社会保障卡申领). Pure, so the function and its tests share it.
 */

export interface Searchable {
  code: string
  name: string
  /** Words an administrator adds: colloquial names, abbreviations. */
  keywords: string[]
  summary?: string
}

/** Query word → words the catalogue uses, maintained by administrators. */
export type Synonyms = Record<string, string[]>

/** Full-width to half-width, lower case, without spaces and punctuation. */
export function normalize(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '')
}

/** Character bigrams (and the single character of a one-character text). */
export function bigrams(text: string): Set<string> {
  const chars = Array.from(normalize(text))
  if (chars.length === 1) return new Set(chars)
  const out = new Set<string>()
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1])
  return out
}

/** The query and what its words stand for. */
export function expandQuery(query: string, synonyms: Synonyms): string[] {
  const q = normalize(query)
  if (!q) return []
  const out = new Set([q])
  for (const [word, targets] of Object.entries(synonyms)) {
    const w = normalize(word)
    if (w && q.includes(w)) for (const t of targets) out.add(q.replace(w, normalize(t)))
  }
  return [...out]
}

function overlap(query: Set<string>, field: Set<string>): number {
  if (query.size === 0) return 0
  let hit = 0
  for (const g of query) if (field.has(g)) hit++
  return hit / query.size
}

/**
 * Relevance of one item to the query: exact name, then name containing the query, then a
 * keyword, then the share of the query's bigrams found in name, keywords and summary. 0 means
 * not a match.
 */
export function relevance(item: Searchable, query: string, synonyms: Synonyms = {}): number {
  const variants = expandQuery(query, synonyms)
  if (variants.length === 0) return 0
  const name = normalize(item.name)
  const keywords = item.keywords.map(normalize)
  const code = normalize(item.code)
  let best = 0
  for (const [i, v] of variants.entries()) {
    // The citizen's own words count a little more than what synonyms made of them.
    const weight = i === 0 ? 1 : 0.95
    let score = 0
    if (name === v || code === v) score = 100
    else if (name.includes(v)) score = 80 + 10 * (v.length / name.length)
    else if (keywords.some((k) => k === v)) score = 75
    else if (keywords.some((k) => k.includes(v) || (k.length >= 2 && v.includes(k)))) score = 60
    else {
      const q = bigrams(v)
      const fields = [bigrams(item.name), bigrams(item.keywords.join(' ')), bigrams(item.summary ?? '')]
      // Half the query's bigrams must be somewhere in the item, or it is noise, not a match.
      const coverage = overlap(q, new Set(fields.flatMap((f) => [...f])))
      if (coverage >= 0.5) score = 50 * Math.max(overlap(q, fields[0]), overlap(q, fields[1]) * 0.9, coverage * 0.6)
    }
    best = Math.max(best, score * weight)
  }
  return Math.round(best * 100) / 100
}

/** Matching items, most relevant first; ties in catalogue-code order, so the order is stable. */
export function searchItems<T extends Searchable>(items: T[], query: string, synonyms: Synonyms = {}): Array<{ item: T; relevance: number }> {
  return items
    .map((item) => ({ item, relevance: relevance(item, query, synonyms) }))
    .filter((r) => r.relevance > 0)
    .sort((a, b) => b.relevance - a.relevance || a.item.code.localeCompare(b.item.code))
}

/**
 * The index terms stored with an item (its characters and bigrams), so the database can pick
 * the candidates of a query by an indexed `in` before they are ranked here, instead of the
 * function reading the whole catalogue for every search.
 */
export function indexTerms(item: Searchable): string[] {
  const out = new Set<string>()
  for (const text of [item.name, item.code, item.summary ?? '', ...item.keywords]) {
    const chars = Array.from(normalize(text))
    for (let i = 0; i < chars.length; i++) {
      out.add(chars[i])
      if (i + 1 < chars.length) out.add(chars[i] + chars[i + 1])
    }
  }
  return [...out]
}

/**
 * The terms whose items can possibly match the query: every variant's bigrams (a match needs
 * half of them somewhere in the item) or, for a one-character variant, the character itself.
 */
export function queryTerms(query: string, synonyms: Synonyms = {}): string[] {
  const out = new Set<string>()
  for (const variant of expandQuery(query, synonyms)) for (const term of bigrams(variant)) out.add(term)
  return [...out]
}

/**
 * For each variant of the query, the terms an item must all carry to contain it whole. Items
 * that do are the strong matches; a search reads them first and widens to items sharing any
 * term only when they are few, so a common word does not make it read the whole catalogue.
 */
export function strictTermSets(query: string, synonyms: Synonyms = {}): string[][] {
  return expandQuery(query, synonyms).map((variant) => [...bigrams(variant)])
}
