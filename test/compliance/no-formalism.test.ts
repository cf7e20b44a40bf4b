import fs from 'node:fs'
import path from 'node:path'
import appConfig from '../../src/app.config'
import { ACTION_TABLES } from '../support/hall'
import { FORBIDDEN, scanNames, scanText, sourceFiles } from './forbidden-features'

const ROOT = path.resolve(__dirname, '..', '..')

describe('the forbidden-feature scanner', () => {
  it.each([
    ['每日签到领好礼', '签到/打卡'],
    ['连续打卡7天', '签到/打卡'],
    ['export function dailyCheckIn() {}', '签到/打卡'],
    ['我的积分', '积分'],
    ['user.points += 10', '积分'],
    ['办件排行榜', '排名/排行'],
    ['const leaderboard = []', '排名/排行'],
    ['sort by rank', '排名/排行'],
    ['累计在线时长', '在线时长/学习时长'],
    ['trackStudyTime()', '在线时长/学习时长'],
    ['连续登录30天', '强制定期登录']
  ])('should flag %j as %s', (text, feature) => {
    expect(scanText('fixture', text).map((f) => f.feature)).toContain(feature)
  })

  it.each(['到场核验', '办事指南', '按相关度排序', 'breakpoints', 'appointment', 'String.fromCodePoint(n)', 'Unicode code points', '预约时段'])('should not flag %j', (text) => {
    expect(scanText('fixture', text)).toEqual([])
  })

  it('should flag a route or action name', () => {
    expect(scanNames('route', ['pages/checkin/index'])).toHaveLength(1)
    expect(scanNames('action', ['user.getRanking'])).toHaveLength(1)
  })
})

describe('the hall', () => {
  it('should offer no forbidden feature in any page route', () => {
    const routes = [...(appConfig.pages ?? []), ...(appConfig.subPackages ?? []).flatMap((p: { root: string; pages: string[] }) => p.pages.map((page) => `${p.root}/${page}`))]
    expect(routes.length).toBeGreaterThan(3)
    expect(scanNames('route', routes)).toEqual([])
  })

  it('should offer no forbidden feature in any function or action name', () => {
    const names = Object.entries(ACTION_TABLES).flatMap(([fn, table]) => [fn, ...Object.keys(table).map((a) => `${fn}.${a}`)])
    expect(names.length).toBeGreaterThan(4)
    expect(scanNames('action', names)).toEqual([])
  })

  it('should have no forbidden feature in the app or the functions', () => {
    const files = [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'cloudfunctions'))]
    expect(files.length).toBeGreaterThan(20)
    const findings = files.flatMap((file) => scanText(path.relative(ROOT, file), fs.readFileSync(file, 'utf8')))
    expect(findings).toEqual([])
  })

  it('should scan for every feature the measures name', () => {
    expect(FORBIDDEN.map((f) => f.feature)).toEqual(expect.arrayContaining(['签到/打卡', '积分', '排名/排行', '在线时长/学习时长', '强制定期登录']))
  })
})
