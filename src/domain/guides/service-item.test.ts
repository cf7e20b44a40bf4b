import { SERVICE_FIELDS, serviceItemSchema } from './service-item'

const valid = {
  code: 'GA-001',
  name: '居民身份证换领',
  summary: '居民身份证有效期满、损坏或登记项目变更时换领新证',
  field: 'household',
  authority: '示范市公安局',
  applicants: ['person'],
  conditions: ['居民身份证有效期满、证件损坏难以辨认或登记项目变更的'],
  materials: [{ name: '原居民身份证', form: ['original'], copies: 1 }],
  steps: ['申请', '受理', '审核', '制证', '领取'],
  legalDays: 60,
  promisedDays: 20,
  fee: { free: false, amount: '20元/证', basis: '《居民身份证工本费标准》' },
  halls: ['H01'],
  visits: 1,
  online: false,
  bookable: true,
  keywords: ['身份证', '换证'],
  complaint: '12345政务服务便民热线',
  appointmentFields: [
    { key: 'name', purpose: '窗口核对预约人' },
    { key: 'mobile', purpose: '预约变动时通知您' }
  ],
  applicationFields: [{ key: 'idNumber', purpose: '法律规定须核验申请人身份' }]
}

describe('serviceItemSchema', () => {
  it('should offer at least twelve service fields', () => {
    expect(SERVICE_FIELDS.length).toBeGreaterThanOrEqual(12)
  })

  it('should accept a complete item and fill defaults', () => {
    const item = serviceItemSchema.parse(valid)
    expect(item.faq).toEqual([])
    expect(item.materials[0].note).toBe('')
  })

  it.each([
    ['a malformed code', { code: 'ga1' }, 'code'],
    ['an unknown field', { field: 'space' }, 'field'],
    ['no applicant type', { applicants: [] }, 'applicants'],
    ['no conditions', { conditions: [] }, 'conditions'],
    ['a promised time over the legal one', { promisedDays: 90 }, 'promisedDays'],
    ['a fee without its basis', { fee: { free: false, amount: '20元', basis: '' } }, 'fee'],
    ['a bookable item without appointment fields', { appointmentFields: [] }, 'appointmentFields'],
    ['an undeclarable personal field', { applicationFields: [{ key: 'religion', purpose: '不应收集' }] }, 'applicationFields'],
    ['a material with no form', { materials: [{ name: '照片', form: [], copies: 1 }] }, 'materials'],
    ['an unknown element', { popularity: 99 }, '']
  ])('should refuse %s', (_case, patch, path) => {
    const result = serviceItemSchema.safeParse({ ...valid, ...patch })
    expect(result.success).toBe(false)
    if (!result.success && path) expect(result.error.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${path}`))]))
  })
})
