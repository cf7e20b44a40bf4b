import { buildAudit, diffFields } from './audit'

describe('diffFields', () => {
  it.each([
    ['a created record', null, { title: '新', status: 'draft' }, { title: { old: null, new: '新' }, status: { old: null, new: 'draft' } }],
    ['a removed record', { title: '旧' }, null, { title: { old: '旧', new: null } }],
    ['one changed field of several', { a: 1, b: 2 }, { a: 1, b: 3 }, { b: { old: 2, new: 3 } }],
    ['a field that went away', { a: 1, b: 2 }, { a: 1 }, { b: { old: 2, new: null } }],
    ['equal nested values', { tags: ['x'], at: { d: 1 } }, { tags: ['x'], at: { d: 1 } }, {}],
    ['changed nested values', { tags: ['x'] }, { tags: ['x', 'y'] }, { tags: { old: ['x'], new: ['x', 'y'] } }],
    ['the bookkeeping fields', { _id: '1', createdAt: 1, updatedAt: 1 }, { _id: '2', createdAt: 2, updatedAt: 2 }, {}],
    ['nothing at all', null, null, {}],
    ['a false value set', { on: true }, { on: false }, { on: { old: true, new: false } }]
  ])('should describe %s', (_case, before, after, expected) => {
    expect(diffFields(before, after)).toEqual(expected)
  })

  it.each([
    ['phone', '13812345678', '138****5678'],
    ['mobile', '13912345678', '139****5678'],
    ['idNumber', '110101199003071234', '110***********1234'],
    ['openid', 'oAbcdefghijklmnop', 'oAbc***mnop']
  ])('should mask %s on both sides of a change', (field, value, masked) => {
    expect(diffFields({ [field]: value }, { [field]: `${value.slice(0, -1)}0` })[field]).toEqual({ old: masked, new: `${masked.slice(0, -1)}0` })
    expect(JSON.stringify(diffFields(null, { [field]: value }))).not.toContain(value)
  })

  it('should leave other fields and values that are not text as they are', () => {
    expect(diffFields(null, { name: '13812345678', phone: 12 })).toEqual({ name: { old: null, new: '13812345678' }, phone: { old: null, new: 12 } })
  })
})

describe('buildAudit', () => {
  const at = new Date('2026-11-20T02:00:00Z')
  const input = { actor: 'o_admin_full_openid', role: 'admin' as const, action: 'admin.setMember', target: { collection: 'members', id: 'o_x' }, before: null, after: { role: 'staff' }, requestId: 'r1', at }

  it('should name the actor in full and say done unless told otherwise', () => {
    expect(buildAudit(input)).toStrictEqual({ actor: 'o_admin_full_openid', role: 'admin', action: 'admin.setMember', target: { collection: 'members', id: 'o_x' }, changes: { role: { old: null, new: 'staff' } }, requestId: 'r1', at, outcome: 'done' })
    expect(buildAudit({ ...input, outcome: 'refused' }).outcome).toBe('refused')
  })
})
