import fs from 'node:fs'
import path from 'node:path'
import appConfig from '../../src/app.config'
import { ACTION_TABLES } from '../support/hall'
import { FORBIDDEN, scanNames, scanText, sourceFiles } from './forbidden-features'

const ROOT = path.resolve(__dirname, '..', '..')

/** Each forbidden feature in the spellings code, routes and copy use for it. */
const FLAGGED: Array<[string, string]> = [
  // 签到/打卡
  ['每日签到领好礼', '签到/打卡'],
  ['连续打卡7天', '签到/打卡'],
  ['export function dailyCheckIn() {}', '签到/打卡'],
  ['pages/checkin/index', '签到/打卡'],
  ['check_in_records', '签到/打卡'],
  ['const signInToday = true', '签到/打卡'],
  ['signInDays', '签到/打卡'],
  ['sign_in', '签到/打卡'],
  ['pages/sign_in/index', '签到/打卡'],
  ['user_sign_in_log', '签到/打卡'],
  ['sign-in-streak', '签到/打卡'],
  ['todaySigned', '签到/打卡'],
  ['streakCount', '签到/打卡'],
  ['pages/qiandao/index', '签到/打卡'],
  ['qianDao()', '签到/打卡'],
  ['qian_dao_records', '签到/打卡'],
  ['pages/daka/index', '签到/打卡'],
  ['dakaRecord', '签到/打卡'],
  ['da-ka', '签到/打卡'],
  // 积分
  ['我的积分', '积分'],
  ['user.points += 10', '积分'],
  ['user_points', '积分'],
  ['bonusPoints', '积分'],
  ['scoreboard', '积分'],
  ['pages/jifen/index', '积分'],
  ['jiFenMall', '积分'],
  ['ji_fen', '积分'],
  // 排名/排行
  ['办件排行榜', '排名/排行'],
  ['服务之星光荣榜', '排名/排行'],
  ['const leaderboard = []', '排名/排行'],
  ['leader-board', '排名/排行'],
  ['leaderBoards', '排名/排行'],
  ['sort by rank', '排名/排行'],
  ['getRankings()', '排名/排行'],
  ['rank_list', '排名/排行'],
  ['staff_ranks', '排名/排行'],
  ['pages/top-users/index', '排名/排行'],
  ['topUsers', '排名/排行'],
  ['top_staff', '排名/排行'],
  ['top10', '排名/排行'],
  ['hallOfFame', '排名/排行'],
  ['pages/paihang/index', '排名/排行'],
  ['paiHangBang', '排名/排行'],
  ['paiming', '排名/排行'],
  ['bangdan', '排名/排行'],
  // 在线时长/学习时长
  ['累计在线时长', '在线时长/学习时长'],
  ['trackStudyTime()', '在线时长/学习时长'],
  ['onlineTime', '在线时长/学习时长'],
  ['zaixianShichang', '在线时长/学习时长'],
  ['xuexi_shichang', '在线时长/学习时长'],
  // 强制定期登录
  ['连续登录30天', '强制定期登录'],
  ['loginStreak', '强制定期登录'],
  ['lianxuDenglu', '强制定期登录']
]

/** Words the hall really uses, or that only look like a forbidden feature. */
const NOT_FLAGGED = [
  '到场核验',
  '办事指南',
  '按相关度排序',
  'breakpoints',
  'appointment',
  'String.fromCodePoint(n)',
  'Unicode code points',
  '预约时段',
  // The local hall's persona switch is a sign-in, not a daily one.
  'async function signIn(body: object, key: string) {',
  '// Local sign-in with seeded personas exists only in the local runtime',
  'pages/dev-login/index',
  // Search relevance is a score and an order, not a ranking of people.
  'let score = 0',
  'fuzzy search over service items, ranked by relevance',
  'checkInput(value)',
  'checkIndex',
  'padding-top: 10px',
  'top: 0',
  'stopList',
  'desktop',
  'endpoints',
  'market-regulation',
  'shichang jianguan',
  'pages/guides/index?field=tax',
  'Dakota'
]

describe('the forbidden-feature scanner', () => {
  it.each(FLAGGED)('should flag %j as %s', (text, feature) => {
    expect(scanText('fixture', text).map((f) => f.feature)).toContain(feature)
  })

  it.each(NOT_FLAGGED)('should not flag %j', (text) => {
    expect(scanText('fixture', text)).toEqual([])
  })

  it('should flag a route or action name', () => {
    expect(scanNames('route', ['pages/checkin/index'])).toHaveLength(1)
    expect(scanNames('route', ['pages/qiandao/index'])).toHaveLength(1)
    expect(scanNames('route', ['pages/top-users/index'])).toHaveLength(1)
    expect(scanNames('action', ['user.getRanking'])).toHaveLength(1)
    expect(scanNames('action', ['user.signInToday'])).toHaveLength(1)
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
