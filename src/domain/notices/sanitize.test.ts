import { LEAVING } from '../../../test/support/url-vectors'
import { decodeAttribute, richTextToPlain, safeUrl, sanitizeRichText } from './sanitize'

describe('sanitizeRichText', () => {
  it.each([
    ['<p>通知</p><script>alert(1)</script>', '<p>通知</p>'],
    ['<p onclick="steal()">点击</p>', '<p>点击</p>'],
    ['<img src="x" onerror="alert(1)">', '<img src="/x">'],
    ['<a href="javascript:alert(1)">链接</a>', '<a>链接</a>'],
    ['<a href=" JaVaScRiPt:alert(1)">链接</a>', '<a>链接</a>'],
    ['<a href="data:text/html,<script>">链接</a>', '<a>链接</a>'],
    ['<a href="//evil.example/x">链接</a>', '<a>链接</a>'],
    ['<style>p{}</style><p>正文</p>', '<p>正文</p>'],
    ['<iframe src="https://x"></iframe><p>正文</p>', '<p>正文</p>'],
    ['<svg><script>alert(1)</script></svg>', ''],
    ['<p style="color:red">红字</p>', '<p>红字</p>'],
    ['<!-- 注释 --><p>正文</p>', '<p>正文</p>'],
    ['<div><span>无关标签</span></div>', '无关标签']
  ])('should clean %j to %j', (input, expected) => {
    expect(sanitizeRichText(input)).toBe(expected)
  })

  it.each([
    '<p>关于<strong>调整</strong>办事大厅<em>服务时间</em>的通知</p>',
    '<ul><li>周一至周五</li><li>9:00-17:00</li></ul>',
    '<a href="https://www.gov.cn/" title="中国政府网">中国政府网</a>',
    '<a href="/pages/about/index">关于我们</a>',
    '<img src="/assets/notice/a.png" alt="示意图">',
    '<table><tbody><tr><td colspan="2">表格</td></tr></tbody></table>'
  ])('should keep the allowed structure of %j', (html) => {
    expect(sanitizeRichText(html)).toBe(html)
  })

  it('should be idempotent', () => {
    const once = sanitizeRichText('<p onclick="x">a<script>b</script><a href="javascript:c">d</a></p>')
    expect(sanitizeRichText(once)).toBe(once)
  })
})


describe('sanitizeRichText: where links and images may lead', () => {
  it.each(LEAVING)('should drop a link and an image with %s', (_case, value) => {
    expect(sanitizeRichText(`<a href="${value}">链接</a>`)).toBe('<a>链接</a>')
    expect(sanitizeRichText(`<img src="${value}" alt="图">`)).toBe('<img alt="图">')
  })

  it.each([
    ['a path', '/pages/about/index', '/pages/about/index'],
    ['a path with query and fragment', '/pages/guide/index?code=SB-001#materials', '/pages/guide/index?code=SB-001#materials'],
    ['a path with surrounding spaces', '  /pages/about/index  ', '/pages/about/index'],
    ['a tab inside a path (removed, as the browser does)', '/pa\tges/about', '/pages/about'],
    ['an encoded backslash (stays encoded: a path of the hall)', '/%5Cevil.example/login', '/%5Cevil.example/login'],
    ['dot segments', '/pages/./a/../about/index', '/pages/about/index'],
    ['a relative path', 'pages/about/index', '/pages/about/index'],
    ['a query alone', '?page=2', '/?page=2'],
    ['a fragment', '#section-2', '#section-2'],
    ['an escaped ampersand', '/pages/a?x=1&amp;y=2', '/pages/a?x=1&amp;y=2'],
    ['a non-ASCII path', '/通知/1', '/%E9%80%9A%E7%9F%A5/1']
  ])('should keep %s as the path the browser follows', (_case, value, stored) => {
    expect(sanitizeRichText(`<a href="${value}">链接</a>`)).toBe(`<a href="${stored}">链接</a>`)
    expect(sanitizeRichText(`<img src="${value}">`)).toBe(`<img src="${stored}">`)
  })

  it.each([
    ['https://www.gov.cn/', 'https://www.gov.cn/'],
    ['HTTPS://WWW.GOV.CN/Zhengce/', 'https://www.gov.cn/Zhengce/'],
    [' https://www.gov.cn/a?b=1&amp;c=2 ', 'https://www.gov.cn/a?b=1&amp;c=2'],
    ['https://www.gov.cn:443/x', 'https://www.gov.cn/x'],
    ['https://例子.中国/', 'https://xn--fsqu00a.xn--fiqs8s/']
  ])('should keep the https link %j to another site as %j', (value, stored) => {
    expect(sanitizeRichText(`<a href="${value}">外链</a>`)).toBe(`<a href="${stored}">外链</a>`)
  })

  it.each(['https://www.gov.cn/logo.png', 'HTTPS://cdn.example/t.gif'])('should drop an image from another site: %s', (src) => {
    expect(sanitizeRichText(`<img src="${src}" alt="图">`)).toBe('<img alt="图">')
  })

  it('should store what it decided, so a second pass changes nothing', () => {
    const html = LEAVING.map(([, v]) => `<a href="${v}">a</a><img src="${v}">`).join('') + '<a href="/x?a=1&amp;b=2">b</a><a href="https://www.gov.cn/">c</a><a href="#t">d</a>'
    const once = sanitizeRichText(html)
    expect(sanitizeRichText(once)).toBe(once)
  })
})

describe('decodeAttribute', () => {
  it.each([
    ['/&#92;x', '/\\x'],
    ['/&#x5C;x', '/\\x'],
    ['/&#x5c x', '/\\ x'],
    ['&bsol;&sol;', '\\/'],
    ['a&Tab;b&NewLine;c', 'a\tb\nc'],
    ['?a=1&amp;b=2', '?a=1&b=2'],
    ['?a=1&ampb=2', '?a=1&ampb=2'],
    ['&amp x', '& x'],
    ['&unknown;', '&unknown;'],
    ['&#0;', '\ufffd']
  ])('should decode %j as the HTML parser does', (raw, decoded) => {
    expect(decodeAttribute(raw)).toBe(decoded)
  })

  it('should drop a scheme it has no rule for', () => {
    expect(safeUrl('weixin://dl/business', 'link')).toBeNull()
  })
})

describe('richTextToPlain', () => {
  it('should give readable text without any markup', () => {
    expect(richTextToPlain('<h3>标题</h3><p>第一段&amp;说明</p><ul><li>一</li><li>二</li></ul><script>x</script>')).toBe('标题\n第一段&说明\n一\n二')
  })
})
