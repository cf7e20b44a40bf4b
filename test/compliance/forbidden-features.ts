/**
 * The 2026 measures on government mobile apps (国办函〔2026〕12号) forbid sign-ins and check-in
 * streaks, points, rankings, online/study-time tracking and forced periodic login. This scanner
 * finds them in what users can reach: page routes, function names, action names and the text
 * of the app and the functions.
 */
import fs from 'node:fs'
import path from 'node:path'

export const FORBIDDEN: Array<{ feature: string; pattern: RegExp }> = [
  { feature: '签到/打卡', pattern: /签到|打卡|check[-_ ]?in|checkin|sign[-_ ]?in[-_ ]?(streak|daily|reward)|daily[-_ ]?(sign|check)/i },
  { feature: '积分', pattern: /积分|(?<!code )\bpoints?\b|\bbonus[-_ ]?points?\b|reward[-_ ]?points?|\bscore[-_ ]?board\b/i },
  { feature: '排名/排行', pattern: /排名|排行|榜单|leader[-_ ]?board|\branking\b|\brank\b/i },
  { feature: '在线时长/学习时长', pattern: /在线时长|学习时长|使用时长|online[-_ ]?time|study[-_ ]?time|time[-_ ]?online|dwell[-_ ]?time/i },
  { feature: '强制定期登录', pattern: /连续登录|定期登录|强制登录|login[-_ ]?streak|forced?[-_ ]?login|consecutive[-_ ]?login/i },
  { feature: '点赞考核/使用率考核', pattern: /点赞(数|量)?考核|使用率考核|活跃度考核/i }
]

export interface Finding {
  where: string
  feature: string
  text: string
}

export function scanText(where: string, text: string): Finding[] {
  const findings: Finding[] = []
  text.split('\n').forEach((raw, i) => {
    // camelCase names are read as words: getRanking -> get Ranking.
    const line = raw.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    for (const { feature, pattern } of FORBIDDEN) {
      const m = pattern.exec(line)
      if (m) findings.push({ where: `${where}:${i + 1}`, feature, text: m[0] })
    }
  })
  return findings
}

export function scanNames(kind: string, names: string[]): Finding[] {
  return names.flatMap((name) => scanText(`${kind} ${name}`, name))
}

const SOURCE = /\.(tsx?|jsx?|wxml|json|css)$/
const SKIP = /(\.test\.|[/\\]node_modules[/\\]|cloudfunctions[/\\][^/\\]+[/\\]index\.js$)/

export function sourceFiles(root: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (SKIP.test(full)) continue
      if (entry.isDirectory()) walk(full)
      else if (SOURCE.test(entry.name)) out.push(full)
    }
  }
  walk(root)
  return out
}
