/**
 * The hall's sponsor and filing facts. The 2026 measures require every page to show the sponsor
 * and the filing number, so a build with them missing or left as placeholders must not ship.
 */
export interface HallConfig {
  demo?: boolean
  name: string
  region: string
  sponsor: string
  operator: string
  govAppFilingNo: string
  icpFilingNo: string
  privacyPolicyVersion: string
  /** 订阅消息模板 ID of the day-before appointment reminder (the same as the functions' HALL_REMINDER_TEMPLATE_ID). */
  reminderTemplateId?: string
  contact: {
    hotline: string
    complaint: string
    address: string
  }
}

const PLACEHOLDER = /^\s*$|TODO|TBD|FIXME|待填|待定|待配置|请填写|xxx|XXX|＊|\*{2,}|^<.*>$|^\{\{.*\}\}$/

/** MIIT's format for an ICP filing; mini-programs carry an X suffix on the sequence number. */
const ICP_FILING = /^[\u4e00-\u9fa5]ICP备\d{8,12}号(-\d{1,3}X?)?$/

const REQUIRED: Array<[string, (c: HallConfig) => unknown]> = [
  ['name', (c) => c.name],
  ['region', (c) => c.region],
  ['sponsor', (c) => c.sponsor],
  ['operator', (c) => c.operator],
  ['govAppFilingNo', (c) => c.govAppFilingNo],
  ['icpFilingNo', (c) => c.icpFilingNo],
  ['privacyPolicyVersion', (c) => c.privacyPolicyVersion],
  ['contact.hotline', (c) => c.contact?.hotline],
  ['contact.complaint', (c) => c.contact?.complaint],
  ['contact.address', (c) => c.contact?.address]
]

export interface HallConfigProblem {
  field: string
  problem: string
}

/**
 * Lists what keeps a config from shipping. `release` also refuses the demo hall, so a real
 * release cannot go out under the demo city's name.
 */
export function checkHallConfig(config: Partial<HallConfig> | null | undefined, opts: { release?: boolean } = {}): HallConfigProblem[] {
  const c = (config ?? {}) as HallConfig
  const problems: HallConfigProblem[] = []
  for (const [field, get] of REQUIRED) {
    const value = get(c)
    if (typeof value !== 'string' || value.trim() === '') problems.push({ field, problem: '缺失' })
    else if (PLACEHOLDER.test(value)) problems.push({ field, problem: `仍是占位内容「${value}」` })
  }
  const icp = c.icpFilingNo
  if (typeof icp === 'string' && icp.trim() !== '' && !PLACEHOLDER.test(icp) && !ICP_FILING.test(icp)) {
    problems.push({ field: 'icpFilingNo', problem: `格式应如「京ICP备2023012345号-1X」，实为「${icp}」` })
  }
  if (opts.release && c.demo) problems.push({ field: 'demo', problem: '正式发布不能使用演示配置（删除 demo 标记并填写真实信息）' })
  return problems
}

export function describeHallConfigProblems(problems: HallConfigProblem[], source: string): string {
  return [
    `主办单位与备案信息不完整，拒绝构建（${source}）：`,
    ...problems.map((p) => `  - ${p.field}：${p.problem}`),
    '每个页面都必须展示主办单位和备案号（国办函〔2026〕12号）。'
  ].join('\n')
}
