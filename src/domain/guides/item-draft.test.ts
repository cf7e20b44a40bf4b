import type { FieldIssue } from '../errors'
import {
  blankDraft,
  blankFaq,
  blankMaterial,
  hallChoices,
  isDirty,
  issuesAt,
  lines,
  num,
  toDraft,
  toggle,
  toPayload,
  unplacedIssues,
  withFaq,
  withMaterial,
  type ItemDraft
} from './item-draft'
import { serviceItemSchema, type ServiceItem } from './service-item'

const paid: ServiceItem = serviceItemSchema.parse({
  code: 'GA-001',
  name: '居民身份证换领',
  summary: '居民身份证有效期满、损坏或登记项目变更时换领新证',
  field: 'household',
  authority: '示范市公安局',
  applicants: ['person'],
  conditions: ['居民身份证有效期满的', '证件损坏难以辨认的'],
  materials: [
    { name: '原居民身份证', form: ['original'], copies: 1, note: '需在有效期内' },
    { name: '户口簿', form: ['original', 'copy'], copies: 2 }
  ],
  steps: ['申请', '受理', '审核', '制证', '领取'],
  legalDays: 60,
  promisedDays: 20,
  fee: { free: false, amount: '20元/证', basis: '《居民身份证工本费标准》' },
  halls: ['H01', 'H02'],
  visits: 1,
  online: false,
  bookable: true,
  keywords: ['身份证', '换证'],
  faq: [{ q: '可以异地换领吗？', a: '可以，在任一大厅均可申请。' }],
  complaint: '12345政务服务便民热线',
  appointmentFields: [
    { key: 'mobile', purpose: '预约变动时通知您' },
    { key: 'name', purpose: '窗口核对预约人' }
  ],
  applicationFields: [{ key: 'idNumber', purpose: '法律规定须核验申请人身份' }]
})

const free: ServiceItem = serviceItemSchema.parse({
  ...paid,
  code: 'SB-009',
  applicants: ['person', 'legal-person'],
  materials: [],
  fee: { free: true },
  keywords: [],
  faq: [],
  online: true,
  bookable: false,
  visits: 0,
  legalDays: 0,
  promisedDays: 0,
  appointmentFields: [],
  applicationFields: []
})

/** A draft as the form holds it after someone typed into it. */
const typed = (patch: Partial<ItemDraft>): ItemDraft => ({ ...blankDraft(), ...patch })

describe('lines', () => {
  it.each<[string, string, string[]]>([
    ['nothing', '', []],
    ['one line', '申请', ['申请']],
    ['several lines in order', '申请\n受理\n领取', ['申请', '受理', '领取']],
    ['blank lines between and after', '申请\n\n  \n受理\n', ['申请', '受理']],
    ['spaces around a line', '  申请 \n\t受理\t', ['申请', '受理']],
    ['spaces inside a line kept', '提交 申请表', ['提交 申请表']],
    ['only blank lines', '\n \n\t\n', []]
  ])('%s', (_, text, expected) => {
    expect(lines(text)).toEqual(expected)
  })
})

describe('num', () => {
  it.each<[string, number | null]>([
    ['', null],
    ['   ', null],
    ['0', 0],
    ['20', 20],
    [' 7 ', 7],
    ['3.5', 3.5]
  ])('%j -> %j', (text, expected) => {
    expect(num(text)).toBe(expected)
  })

  it('should send what is not a number as NaN for the function to refuse, not as 0', () => {
    expect(num('abc')).toBeNaN()
  })
})

describe('toDraft then toPayload', () => {
  it.each([
    ['a paid item with materials, questions and declarations', paid],
    ['a free item with empty lists', free]
  ])('should give back %s unchanged', (_, item) => {
    expect(serviceItemSchema.parse(toPayload(toDraft(item)))).toEqual(item)
  })

  it('should keep the declared fields in the order they were declared', () => {
    expect(toDraft(paid).appointmentFields.on).toEqual(['mobile', 'name'])
    expect(toPayload(toDraft(paid)).appointmentFields.map((f) => f.key)).toEqual(['mobile', 'name'])
  })

  it('should show the lists one entry a line and the numbers as text', () => {
    const d = toDraft(paid)
    expect(d).toMatchObject({ conditions: '居民身份证有效期满的\n证件损坏难以辨认的', steps: '申请\n受理\n审核\n制证\n领取', keywords: '身份证\n换证', legalDays: '60', promisedDays: '20', visits: '1' })
    expect(d.materials.map((m) => m.copies)).toEqual(['1', '2'])
    expect(d.materials.map((m) => m.note)).toEqual(['需在有效期内', ''])
  })

  it('should give every row its own key', () => {
    const d = toDraft(paid)
    const keys = [...d.materials.map((m) => m.key), ...d.faq.map((f) => f.key), blankMaterial().key, blankFaq().key]
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('toPayload', () => {
  it.each<[string, Partial<ItemDraft>, Record<string, unknown>]>([
    ['trims the code', { code: ' SB-001 ' }, { code: 'SB-001' }],
    ['keeps the other texts as typed', { name: ' 名称 ', complaint: ' 12345 ' }, { name: ' 名称 ', complaint: ' 12345 ' }],
    ['sends blank numbers as null', { legalDays: '', promisedDays: ' ', visits: '' }, { legalDays: null, promisedDays: null, visits: null }],
    ['sends typed numbers as numbers', { legalDays: '15', promisedDays: '5', visits: '0' }, { legalDays: 15, promisedDays: 5, visits: 0 }],
    ['drops the fee texts of a free item', { fee: { free: true, amount: '10元', basis: '某文件' } }, { fee: { free: true, amount: '', basis: '' } }],
    ['keeps the fee texts of a paid item', { fee: { free: false, amount: '10元', basis: '某文件' } }, { fee: { free: false, amount: '10元', basis: '某文件' } }],
    ['sends a paid item without texts for the function to refuse', { fee: { free: false, amount: '', basis: '' } }, { fee: { free: false, amount: '', basis: '' } }],
    ['splits the line lists', { conditions: '甲\n\n乙', steps: '一\n二', keywords: ' 社保 \n' }, { conditions: ['甲', '乙'], steps: ['一', '二'], keywords: ['社保'] }],
    [
      'sends material rows without their keys, copies as numbers or null',
      {
        materials: [
          { key: 1, name: '身份证', form: ['original'], copies: '2', note: '' },
          { key: 2, name: '', form: [], copies: '', note: '备注' }
        ]
      },
      {
        materials: [
          { name: '身份证', form: ['original'], copies: 2, note: '' },
          { name: '', form: [], copies: null, note: '备注' }
        ]
      }
    ],
    ['sends questions without their keys', { faq: [{ key: 9, q: '问', a: '答' }] }, { faq: [{ q: '问', a: '答' }] }],
    [
      'sends only the checked fields, each with its purpose',
      { applicationFields: { on: ['idNumber', 'name'], purposes: { name: '核对申请人', mobile: '未勾选的用途', idNumber: '核验身份' } } },
      {
        applicationFields: [
          { key: 'idNumber', purpose: '核验身份' },
          { key: 'name', purpose: '核对申请人' }
        ]
      }
    ]
  ])('%s', (_, patch, expected) => {
    expect(toPayload(typed(patch))).toMatchObject(expected)
  })

  it('should send a blank form as a blank item with one applicant and a free fee', () => {
    expect(toPayload(blankDraft())).toEqual({
      code: '',
      name: '',
      summary: '',
      field: '',
      authority: '',
      applicants: ['person'],
      conditions: [],
      materials: [],
      steps: [],
      legalDays: null,
      promisedDays: null,
      fee: { free: true, amount: '', basis: '' },
      halls: [],
      visits: null,
      online: false,
      bookable: false,
      keywords: [],
      faq: [],
      complaint: '',
      appointmentFields: [],
      applicationFields: []
    })
  })
})

describe('isDirty', () => {
  const loaded = toDraft(paid)
  it.each<[string, boolean, ItemDraft]>([
    ['the draft as loaded', false, loaded],
    ['a copy of it', false, structuredClone(loaded)],
    ['a changed name', true, { ...loaded, name: '新名称' }],
    ['a changed line list', true, { ...loaded, steps: `${loaded.steps}\n补充` }],
    ['a changed material', true, withMaterial(loaded, loaded.materials[0].key, { copies: '3' })],
    ['a material set to what it was', false, withMaterial(loaded, loaded.materials[0].key, { copies: loaded.materials[0].copies })],
    ['a removed question', true, { ...loaded, faq: [] }],
    ['an unticked field', true, { ...loaded, appointmentFields: { ...loaded.appointmentFields, on: ['mobile'] } }],
    ['a free fee', true, { ...loaded, fee: { ...loaded.fee, free: true } }]
  ])('%s -> %s', (_, dirty, draft) => {
    expect(isDirty(draft, loaded)).toBe(dirty)
  })
})

describe('toggle', () => {
  it.each<[string[], string, string[]]>([
    [[], 'H01', ['H01']],
    [['H01'], 'H02', ['H01', 'H02']],
    [['H01', 'H02'], 'H01', ['H02']],
    [['H01'], 'H01', []]
  ])('%j with %s -> %j', (list, value, expected) => {
    expect(toggle(list, value)).toEqual(expected)
    expect(list).not.toBe(expected)
  })
})

describe('row edits', () => {
  const d = toDraft(paid)
  const [first, second] = d.materials

  it('should change only the row with the key', () => {
    const changed = withMaterial(d, second.key, { name: '户口本' })
    expect(changed.materials.map((m) => m.name)).toEqual([first.name, '户口本'])
    expect(changed.materials[0]).toBe(first)
    expect(d.materials[1].name).toBe('户口簿')
  })

  it('should change no row for an unknown key', () => {
    expect(withMaterial(d, -1, { name: 'x' }).materials).toEqual(d.materials)
    expect(withFaq(d, -1, { q: 'x' }).faq).toEqual(d.faq)
  })

  it('should change a question by its key', () => {
    expect(withFaq(d, d.faq[0].key, { a: '新回答' }).faq[0]).toEqual({ ...d.faq[0], a: '新回答' })
  })

  it('should start a new material as one original and a new question empty', () => {
    expect(blankMaterial()).toMatchObject({ name: '', form: ['original'], copies: '1', note: '' })
    expect(blankFaq()).toMatchObject({ q: '', a: '' })
  })
})

describe('issues by field', () => {
  const issue = (path: string): FieldIssue => ({ path, message: path })
  const issues = ['item.fee', 'item.fee.amount', 'item.halls', 'item.halls.0', 'item.hallsX', 'item.materials.1.name', 'code', ''].map(issue)
  const paths = (list: FieldIssue[]) => list.map((i) => i.path)

  it.each<[string, boolean, string[]]>([
    ['fee', false, ['item.fee']],
    ['fee', true, ['item.fee', 'item.fee.amount']],
    ['fee.amount', false, ['item.fee.amount']],
    ['halls', false, ['item.halls']],
    ['halls', true, ['item.halls', 'item.halls.0']],
    ['materials', false, []],
    ['materials.1.name', false, ['item.materials.1.name']],
    ['code', false, []]
  ])('%s (deep %s)', (path, deep, expected) => {
    expect(paths(issuesAt(issues, path, deep))).toEqual(expected)
  })

  it('should leave for the banner only what is outside the item', () => {
    expect(paths(unplacedIssues(issues))).toEqual(['code', ''])
  })
})

describe('hallChoices', () => {
  const halls = [
    { code: 'H01', name: '市民中心' },
    { code: 'H02', name: '东区分中心' }
  ]
  it.each<[string, typeof halls, string[], string[]]>([
    ['nothing chosen', halls, [], ['市民中心', '东区分中心']],
    ['existing halls chosen', halls, ['H02'], ['市民中心', '东区分中心']],
    ['a chosen hall that is gone', halls, ['H01', 'H09'], ['市民中心', '东区分中心', 'H09（已不存在）']],
    ['no halls at all', [], ['H09'], ['H09（已不存在）']]
  ])('%s', (_, there, chosen, expected) => {
    expect(hallChoices(there, chosen).map((h) => h.name)).toEqual(expected)
  })
})
