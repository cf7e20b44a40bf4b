import { richTextToPlain, sanitizeRichText } from './sanitize'

describe('sanitizeRichText', () => {
  it.each([
    ['<p>通知</p><script>alert(1)</script>', '<p>通知</p>'],
    ['<p onclick="steal()">点击</p>', '<p>点击</p>'],
    ['<img src="x" onerror="alert(1)">', '<img>'],
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
    '<img src="https://example.gov.cn/a.png" alt="示意图">',
    '<table><tbody><tr><td colspan="2">表格</td></tr></tbody></table>'
  ])('should keep the allowed structure of %j', (html) => {
    expect(sanitizeRichText(html)).toBe(html)
  })

  it('should be idempotent', () => {
    const once = sanitizeRichText('<p onclick="x">a<script>b</script><a href="javascript:c">d</a></p>')
    expect(sanitizeRichText(once)).toBe(once)
  })
})

describe('richTextToPlain', () => {
  it('should give readable text without any markup', () => {
    expect(richTextToPlain('<h3>标题</h3><p>第一段&amp;说明</p><ul><li>一</li><li>二</li></ul><script>x</script>')).toBe('标题\n第一段&说明\n一\n二')
  })
})
