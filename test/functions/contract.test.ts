/**
 * The typed contract (src/domain/contract.ts) holds: every function's action table
 * takes its input and output schemas from src/domain/api, and under test the router refuses an
 * answer outside its output schema, so a schema that lies about an answer fails the suite.
 */
import { adminApi } from '../../src/domain/api/admin'
import { appointmentApi } from '../../src/domain/api/appointment'
import { hallApi } from '../../src/domain/api/hall'
import { staffApi } from '../../src/domain/api/staff'
import { remindersApi, retentionApi } from '../../src/domain/api/timers'
import { userApi } from '../../src/domain/api/user'
import type { ActionContract } from '../../src/domain/api/define'
import { z } from '../../src/domain/schema'
import { action, createFunction } from '../../cloudfunctions/_shared/router'
import { ACTION_TABLES } from '../support/hall'

const CONTRACTS: Record<string, Record<string, ActionContract>> = { admin: adminApi, appointment: appointmentApi, hall: hallApi, reminders: remindersApi, retention: retentionApi, staff: staffApi, user: userApi }

describe('the contract between pages and functions', () => {
  it.each(Object.keys(CONTRACTS))('should give every action of %s the schemas its contract declares, and no action outside it', (fn) => {
    const table = ACTION_TABLES[fn]
    expect(Object.keys(table).sort()).toEqual(Object.keys(CONTRACTS[fn]).sort())
    for (const [name, def] of Object.entries(table)) {
      expect([name, def.input === CONTRACTS[fn][name].input, def.output === CONTRACTS[fn][name].output]).toEqual([name, true, true])
    }
  })

  it('should leave no function described in words and every function in the contract', () => {
    const untyped = Object.entries(ACTION_TABLES).filter(([, table]) => Object.values(table).some((def) => !def.output))
    expect(untyped.map(([fn]) => fn)).toEqual([])
    expect(Object.keys(ACTION_TABLES).sort()).toEqual(Object.keys(CONTRACTS).sort())
  })

  it('should refuse under test an answer outside its output schema, and pass one inside it', async () => {
    const output = z.strictObject({ n: z.number() })
    const answers: unknown[] = [{ n: 1 }, { n: 'one' }, { n: 1, extra: true }]
    let next = 0
    const fn = createFunction('probe', {
      probe: action({ summary: 'probe', roles: ['anonymous'], input: z.strictObject({}), output, run: async () => answers[next++] as z.output<typeof output> })
    })
    expect(process.env.NODE_ENV).toBe('test')
    expect(await fn.main({ action: 'probe' })).toMatchObject({ ok: true, data: { n: 1 } })
    expect(await fn.main({ action: 'probe' })).toMatchObject({ ok: false, code: 'INTERNAL' })
    expect(await fn.main({ action: 'probe' })).toMatchObject({ ok: false, code: 'INTERNAL' })
  })
})
