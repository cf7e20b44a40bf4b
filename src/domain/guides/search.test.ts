import { bigrams, expandQuery, indexTerms, normalize, queryTerms, relevance, searchItems, strictTermSets, type Searchable } from './search'

const item = (code: string, name: string, keywords: string[] = [], summary = ''): Searchable => ({ code, name, keywords, summary })

const CATALOGUE = [
  item('GA-001', '居民身份证换领', ['换证', '到期换证']),
  item('GA-002', '居民身份证挂失申报', ['丢失']),
  item('RS-001', '社会保障卡申领', ['社保卡', '医保卡']),
  item('GJJ-003', '住房公积金提取', ['公积金', '取公积金'], '购房、租房、退休等情形提取住房公积金'),
  item('HY-001', '内地居民结婚登记', ['领证', '结婚证'])
]
const SYNONYMS = { 身份证: ['居民身份证'], 社保: ['社会保障'], 领结婚证: ['结婚登记'] }

describe('normalize', () => {
  it.each([
    ['ＡＢＣ　１２３', 'abc123'],
    ['居民 身份证（换领）', '居民身份证换领'],
    ['社保卡!', '社保卡']
  ])('should normalize %j to %j', (input, expected) => {
    expect(normalize(input)).toBe(expected)
  })
})

describe('bigrams and expansion', () => {
  it('should cut Chinese into character pairs', () => {
    expect([...bigrams('公积金')]).toEqual(['公积', '积金'])
  })

  it('should expand a colloquial word into the catalogue word', () => {
    expect(expandQuery('身份证', SYNONYMS)).toEqual(['身份证', '居民身份证'])
  })
})

describe('searchItems', () => {
  const codes = (q: string) => searchItems(CATALOGUE, q, SYNONYMS).map((r) => r.item.code)

  it.each([
    ['身份证', ['GA-001', 'GA-002']],
    ['居民身份证换领', ['GA-001']],
    ['社保卡', ['RS-001']],
    ['社保', ['RS-001']],
    ['公积金提', ['GJJ-003']],
    ['领证', ['HY-001']],
    ['领结婚证', ['HY-001']],
    ['gjj-003', ['GJJ-003']],
    ['退休提取', ['GJJ-003']]
  ])('should find %j as %j', (query, expected) => {
    expect(codes(query).slice(0, expected.length)).toEqual(expected)
  })

  it.each(['', '   ', '！？', '火星签证'])('should find nothing for %j', (query) => {
    expect(codes(query)).toEqual([])
  })

  it('should rank an exact name above a partial one', () => {
    const [first, second] = searchItems([item('B', '身份证明开具'), item('A', '身份证明')], '身份证明')
    expect([first.item.code, second.item.code]).toEqual(['A', 'B'])
  })

  it('should keep a stable order for equal relevance', () => {
    const results = searchItems([item('Z-2', '出生登记'), item('Z-1', '出生登记')], '出生登记')
    expect(results.map((r) => r.item.code)).toEqual(['Z-1', 'Z-2'])
  })

  it('should give a relevance between 0 and 100', () => {
    for (const it of CATALOGUE) {
      const r = relevance(it, '身份证', SYNONYMS)
      expect(r).toBeGreaterThanOrEqual(0)
      expect(r).toBeLessThanOrEqual(100)
    }
  })
})

describe('indexTerms and queryTerms', () => {
  const item = { code: 'GA-001', name: '居民身份证换领', keywords: ['身份证'], summary: '换领新证' }

  it.each([
    ['身份证', true],
    ['身份证换领', true],
    ['居民', true],
    ['证', true],
    ['GA-001', true],
    ['驾驶证', false],
    ['公积金', false]
  ])('should let the query %s reach the item through its terms: %s', (query, reachable) => {
    const terms = new Set(indexTerms(item))
    expect(queryTerms(query).some((t) => terms.has(t))).toBe(reachable)
  })

  it('should reach an item through a synonym whose words the item does not contain', () => {
    const terms = new Set(indexTerms({ code: 'JT-001', name: '机动车驾驶证换证', keywords: [] }))
    expect(queryTerms('驾照', {}).some((t) => terms.has(t))).toBe(false)
    expect(queryTerms('驾照', { 驾照: ['机动车驾驶证'] }).some((t) => terms.has(t))).toBe(true)
  })

  it('should find every item that relevance ranks above zero', () => {
    const items = [item, { code: 'JT-002', name: '机动车驾驶证补领', keywords: ['驾照'] }, { code: 'SB-001', name: '社会保障卡申领', keywords: ['社保卡'] }]
    for (const query of ['身份证', '驾照补办', '社保', '领', '证件换领']) {
      const q = queryTerms(query)
      const reached = items.filter((i) => indexTerms(i).some((t) => q.includes(t)))
      for (const { item: ranked } of searchItems(items, query)) expect(reached).toContain(ranked)
    }
  })
})

describe('strictTermSets', () => {
  it.each([
    ['身份证', {}, [['身份', '份证']]],
    ['证', {}, [['证']]],
    ['驾照', { 驾照: ['机动车驾驶证'] }, [['驾照'], ['机动', '动车', '车驾', '驾驶', '驶证']]]
  ])('should give for %s the terms each variant needs', (query, synonyms, expected) => {
    expect(strictTermSets(query, synonyms as Record<string, string[]>)).toEqual(expected)
  })

  it('should let every item containing the query whole carry all of one set', () => {
    const item = { code: 'GA-001', name: '居民身份证换领', keywords: ['换证'] }
    const terms = new Set(indexTerms(item))
    for (const query of ['身份证', '居民身份证换领', '换领']) expect(strictTermSets(query).some((set) => set.every((t) => terms.has(t)))).toBe(true)
  })
})
