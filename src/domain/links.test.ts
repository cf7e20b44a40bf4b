import { linkSchema } from './links'

describe('linkSchema', () => {
  it.each([
    ['another mini-program', { kind: 'miniprogram', title: '社保查询', appId: 'wx0123456789abcdef', path: 'pages/index/index' }],
    ['a page of this app with a query', { kind: 'page', title: '税务指南', url: '/pages/guides/index?field=tax' }]
  ])('should accept %s', (_case, input) => {
    expect(linkSchema.safeParse(input).success).toBe(true)
  })

  it.each([
    ['a web address', { kind: 'page', title: '外链', url: 'https://example.com/' }],
    ['a protocol-relative address', { kind: 'page', title: '外链', url: '//evil.example/pages/x/index' }],
    ['a javascript: address', { kind: 'page', title: '外链', url: 'javascript:alert(1)' }],
    ['a malformed AppID', { kind: 'miniprogram', title: '社保查询', appId: 'wx123' }],
    ['a long title', { kind: 'page', title: '这是一个特别特别特别长的名称', url: '/pages/about/index' }],
    ['an unknown field', { kind: 'page', title: '关于', url: '/pages/about/index', color: 'red' }],
    ['an unknown kind', { kind: 'web', title: '关于', url: '/pages/about/index' }]
  ])('should refuse %s', (_case, input) => {
    expect(linkSchema.safeParse(input).success).toBe(false)
  })
})
