/**
 * The 2026 measures on government mobile apps (国办函〔2026〕12号) forbid sign-ins and check-in
 * streaks, points, rankings, online/study-time tracking and forced periodic login. This scanner
 * finds them in what users can reach: page routes, function names, action names and the text
 * of the app and the functions.
 */
import fs from 'node:fs'
import path from 'node:path'

/**
 * Each feature in its common spellings: Chinese, English (camelCase is split into words before
 * matching, so `signInToday` reads `sign In Today`), snake and kebab case, and the pinyin that
 * routes and names are often written in (`pages/qiandao`, `dakaRecord`, `jifen`, `paihang`).
 * Plain sign-in (the local hall's persona switch) and search relevance (`score`, `ranked`) are
 * not the features: a sign-in is flagged only as a daily or counted one.
 */
export const FORBIDDEN: Array<{ feature: string; pattern: RegExp }> = [
  {
    feature: '签到/打卡',
    pattern:
      /签到|打卡|check[-_ ]?ins?(?![a-z])|sign[-_ ]?in[-_ ]?(today|daily|days?|streaks?|rewards?|records?|calendar|count|bonus|gifts?|points?|status)|(?<![a-z])sign_in(?![a-z])|(daily|today|every[-_ ]?day)[-_ ]?(sign|check)|(?<![a-z])streaks?(?![a-z])|qian[-_ ]?dao|(?<![a-z])da[-_ ]?ka(?![a-z])|(?<![a-z])daka/i
  },
  {
    feature: '积分',
    pattern: /积分|(?<!code )(?<![a-z])points?(?![a-z])|reward[-_ ]?points?|(?<![a-z])score[-_ ]?boards?(?![a-z])|(?<![a-z])ji[-_ ]?fen/i
  },
  {
    feature: '排名/排行',
    pattern:
      /排名|排行|榜单|(光荣|红黑|龙虎|英雄|荣誉|人气|风云|积分)榜|leader[-_ ]?boards?|(?<![a-z])rank(s|ings?|[-_ ]?lists?)?(?![a-z])|(?<![a-z])top[-_ ]?(users?|members?|citizens?|staff|performers?|ranked|list|\d+)(?![a-z0-9])|hall[-_ ]?of[-_ ]?fame|(?<![a-z])pai[-_ ]?(hang|ming)|(?<![a-z])bang[-_ ]?dan/i
  },
  {
    feature: '在线时长/学习时长',
    pattern: /在线时长|学习时长|使用时长|online[-_ ]?time|study[-_ ]?time|time[-_ ]?online|dwell[-_ ]?time|(zai[-_ ]?xian|xue[-_ ]?xi)[-_ ]?shi[-_ ]?chang/i
  },
  {
    feature: '强制定期登录',
    pattern: /连续登录|定期登录|强制登录|login[-_ ]?streak|forced?[-_ ]?login|consecutive[-_ ]?login|lian[-_ ]?xu[-_ ]?deng[-_ ]?lu/i
  },
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
