/**
 * The authorization matrix: every action of every function against every role. The table is
 * the action tables themselves (`roles` on each action, rendered in docs/api.md); this walks it
 * both ways: allowed roles get past the gate, the others are refused and the refusal audited.
 */
import fs from 'node:fs'
import path from 'node:path'
import { ROLES, type Role } from '../../src/domain/roles'
import { database } from '../../local/sdk'
import { ACTION_TABLES, callAs, seeded, type Who } from '../support/hall'

beforeAll(seeded)

const WHO: Record<Role, Who> = { anonymous: 'anonymous', citizen: 'citizen', staff: 'staff', admin: 'admin' }
const cells = Object.entries(ACTION_TABLES).flatMap(([fn, table]) =>
  Object.entries(table).flatMap(([action, def]) => ROLES.map((role) => ({ cell: `${fn}.${action} as ${role}`, fn, action, role, allowed: def.roles.includes(role) })))
)

describe.each(cells)('$cell', ({ fn, action, role, allowed }) => {
  it(allowed ? 'should pass the role gate' : 'should be refused', async () => {
    const res = await callAs(WHO[role], fn, action, {})
    if (allowed) {
      // Past the gate the action may still refuse the empty input, but never for the role.
      expect(res.ok || !['AUTH.REQUIRED', 'AUTH.FORBIDDEN'].includes(res.code)).toBe(true)
    } else {
      expect(res).toMatchObject({ ok: false, code: role === 'anonymous' ? 'AUTH.REQUIRED' : 'AUTH.FORBIDDEN' })
    }
  })
})

describe('refused attempts', () => {
  it('should be audited with who, role and action', async () => {
    // A fresh identity: the matrix above spent the personas' hourly budget of detailed records.
    const prober = { openid: 'o_fresh_prober_01' }
    await callAs(prober, 'admin', 'listAudit', {})
    const { data } = await database().collection('audit').where({ actor: prober.openid, action: 'admin.listAudit', outcome: 'refused' }).get()
    expect(data[0]).toMatchObject({ role: 'citizen', requestId: expect.any(String), at: expect.anything() })
    const listed = await callAs('admin', 'admin', 'listAudit', { outcome: 'refused' })
    expect(listed.ok && listed.data.items.length > 0 && listed.data.items.every((i) => i.outcome === 'refused')).toBe(true)
  })
})

describe('the audit log', () => {
  it('should only ever be appended to by function code', () => {
    const root = path.resolve(__dirname, '..', '..', 'cloudfunctions')
    const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    // The one exception: the hourly summary of refusals past the detailed budget counts on
    // (issue 8), so a flood of refused calls cannot grow the log without bound.
    const EXCEPTIONS = new Set(['_shared/audit.ts'])
    const offending = files.filter((f) => {
      if (EXCEPTIONS.has(f)) return (fs.readFileSync(path.join(root, f), 'utf8').match(/\.(update|set|remove)\s*\(/g) ?? []).length !== 2
      const text = fs.readFileSync(path.join(root, f), 'utf8')
      return /collection\(\s*['"]audit['"]\s*\)[^;]*\.(update|set|remove)\s*\(/s.test(text)
    })
    expect(files.length).toBeGreaterThan(5)
    expect(offending).toEqual([])
  })
})
