/**
 * The router's own guards, each on its own (issue 16, mutation testing): the event's shape and
 * size, the action allow-list, the role gate and its refusal audit, the schema parse with its
 * field issues, the write limit, what the handler is told, and the envelope of every outcome;
 * then the timer proof and the timer's audit. A small action table of its own keeps each case
 * to the one rule it checks, where the matrices of every real action are too slow for a
 * mutation run.
 */
import { z } from 'zod'
import { database, runAs } from '../../local/sdk'
import { createFunction, MAX_DATA_BYTES, newRequestId, provenTimer, withTimer, action, type ActionContext } from '../../cloudfunctions/_shared/router'
import { AppError, ERROR_MESSAGES } from '../../src/domain/errors'

process.env.HALL_WRITE_LIMIT = '2/3600,100'

const seen: ActionContext[] = []
const fn = createFunction('probe', {
  open: action({ summary: '-', output: z.unknown(), roles: ['anonymous', 'citizen', 'staff', 'admin'], input: z.object({ n: z.number().optional() }).strict(), run: async (input, ctx) => (seen.push(ctx), { echo: input }) }),
  nothing: action({ summary: '-', output: z.unknown(), roles: ['citizen'], input: z.object({}).strict(), run: async () => undefined }),
  staffOnly: action({ summary: '-', output: z.unknown(), roles: ['staff', 'admin'], input: z.object({}).strict(), run: async () => 'staff' }),
  adminOnly: action({ summary: '-', output: z.unknown(), roles: ['admin'], input: z.object({}).strict(), run: async () => 'admin' }),
  write: action({ summary: '-', output: z.unknown(), roles: ['citizen'], write: true, input: z.object({}).strict(), run: async () => 'written' }),
  read: action({ summary: '-', output: z.unknown(), roles: ['citizen'], input: z.object({}).strict(), run: async () => 'read' }),
  refuse: action({ summary: '-', output: z.unknown(), roles: ['citizen'], input: z.object({}).strict(), run: async () => { throw new AppError('GUIDE.NOT_FOUND') } }),
  refuseWithIssues: action({ summary: '-', output: z.unknown(), roles: ['citizen'], input: z.object({}).strict(), run: async () => { throw new AppError('REQUEST.INVALID', '不对', [{ path: 'x', message: '不对' }]) } }),
  crash: action({ summary: '-', output: z.unknown(), roles: ['citizen'], input: z.object({}).strict(), run: async () => { throw new Error('boom') } }),
  strict: action({ summary: '-', output: z.unknown(), roles: ['citizen'], input: z.object({ name: z.string().max(3) }).strict(), run: async () => 'ok' }),
  rooted: action({ summary: '-', output: z.unknown(), roles: ['citizen'], input: z.object({ a: z.number().optional(), b: z.number().optional() }).strict().refine((v) => v.a !== undefined || v.b !== undefined, '请至少填写一项'), run: async () => 'ok' }),
  liar: action({ summary: '-', output: z.object({ n: z.number() }).strict(), roles: ['citizen'], input: z.object({}).strict(), run: async () => ({ n: 'x' }) as never }),
  rootLiar: action({ summary: '-', output: z.number(), roles: ['citizen'], input: z.object({}).strict(), run: async () => 'x' as never }),
  deepLiar: action({ summary: '-', output: z.object({ rows: z.array(z.object({ at: z.string() })) }), roles: ['citizen'], input: z.object({}).strict(), run: async () => ({ rows: [{ at: 'ok' }, { at: 7 }] }) as never }),
  manyLiar: action({ summary: '-', output: z.object(Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`k${i}`, z.string()]))), roles: ['citizen'], input: z.object({}).strict(), run: async () => ({}) as never }),
  wide: action({ summary: '-', output: z.unknown(), roles: ['citizen'], input: z.object(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, z.string()]))).strict(), run: async () => 'ok' })
})

const call = (openid: string | undefined, event: unknown) => runAs({ OPENID: openid } as never, () => fn.main(event))
const CITIZEN = 'o_router_citizen_0001'
const STAFF = 'o_router_staff_0001'
const ADMIN = 'o_router_admin_0001'

beforeAll(async () => {
  const members = database().collection('members')
  await members.add({ data: { _id: STAFF, role: 'staff', department: 'D07', name: '路由测试' } })
  await members.add({ data: { _id: ADMIN, role: 'admin', name: '路由测试' } })
})

describe('the event', () => {
  it.each([
    ['no event', undefined, 'REQUEST.INVALID'],
    ['null', null, 'REQUEST.INVALID'],
    ['a string', 'open', 'REQUEST.INVALID'],
    ['an array', [{ action: 'open' }], 'REQUEST.INVALID'],
    ['no action', { data: {} }, 'ACTION.UNKNOWN'],
    ['a number for action', { action: 7 }, 'ACTION.UNKNOWN'],
    ['an empty action', { action: '' }, 'ACTION.UNKNOWN'],
    ['a capital first letter', { action: 'Open' }, 'ACTION.UNKNOWN'],
    ['a digit first', { action: '1open' }, 'ACTION.UNKNOWN'],
    ['text around a known name', { action: 'x open' }, 'ACTION.UNKNOWN'],
    ['a known name and more', { action: 'open-more' }, 'ACTION.UNKNOWN'],
    ['a name of 49 characters', { action: 'a'.repeat(49) }, 'ACTION.UNKNOWN'],
    ['an inherited name', { action: 'constructor' }, 'ACTION.UNKNOWN'],
    ['another inherited name', { action: 'hasOwnProperty' }, 'ACTION.UNKNOWN'],
    ['an unknown name', { action: 'missing' }, 'ACTION.UNKNOWN'],
    ['null data', { action: 'open', data: null }, 'REQUEST.INVALID'],
    ['array data', { action: 'open', data: [] }, 'REQUEST.INVALID'],
    ['string data', { action: 'open', data: 'x' }, 'REQUEST.INVALID'],
    ['number data', { action: 'open', data: 0 }, 'REQUEST.INVALID'],
    ['data JSON cannot hold', { action: 'open', data: { n: BigInt(1) } }, 'REQUEST.INVALID'],
    ['data one byte over the limit', { action: 'open', data: { s: 'x'.repeat(MAX_DATA_BYTES - 7) } }, 'REQUEST.TOO_LARGE']
  ])('should refuse %s', async (_label, event, code) => {
    const res = await call(CITIZEN, event)
    expect(res).toEqual({ ok: false, code, message: expect.any(String), requestId: expect.stringMatching(/^[0-9a-f]{16}$/) })
    if (code === 'ACTION.UNKNOWN' || code === 'REQUEST.TOO_LARGE') expect(res.ok || res.message).toBe(ERROR_MESSAGES[code as 'ACTION.UNKNOWN'])
  })

  it('should tell the three kinds of bad data apart in Chinese', async () => {
    expect(await call(CITIZEN, [])).toMatchObject({ message: '请求格式不正确' })
    expect(await call(CITIZEN, { action: 'open', data: [] })).toMatchObject({ message: '请求数据应为对象' })
    expect(await call(CITIZEN, { action: 'open', data: { n: BigInt(1) } })).toMatchObject({ message: '请求数据无法解析' })
  })

  it('should take data of exactly the limit to the schema, and a name of 48 characters to the table', async () => {
    // {"s":"…"} is 8 bytes around the string: this body is MAX_DATA_BYTES exactly, and only the
    // schema refuses it (its key is unknown).
    const res = await call(CITIZEN, { action: 'open', data: { s: 'x'.repeat(MAX_DATA_BYTES - 8) } })
    expect(res).toMatchObject({ ok: false, code: 'REQUEST.INVALID', issues: [{ path: 's' }] })
    expect(await call(CITIZEN, { action: 'a'.repeat(48) })).toMatchObject({ ok: false, code: 'ACTION.UNKNOWN' })
  })

  it('should give the handler an empty object when the event has no data', async () => {
    expect(await call(CITIZEN, { action: 'open' })).toMatchObject({ ok: true, data: { echo: {} } })
    expect(await call(undefined, { action: 'open', data: { n: 2 } })).toMatchObject({ ok: true, data: { echo: { n: 2 } } })
  })
})

describe('the role gate', () => {
  it('should ask an anonymous caller to sign in, and audit nothing', async () => {
    const before = (await database().collection('audit').where({ outcome: 'refused' }).get()).data.length
    expect(await call(undefined, { action: 'nothing' })).toMatchObject({ ok: false, code: 'AUTH.REQUIRED', message: ERROR_MESSAGES['AUTH.REQUIRED'] })
    expect(await call('', { action: 'nothing' })).toMatchObject({ ok: false, code: 'AUTH.REQUIRED' })
    expect((await database().collection('audit').where({ outcome: 'refused' }).get()).data.length).toBe(before)
  })

  it('should refuse a known caller outside the roles and audit the attempt with the full action name', async () => {
    const res = await call(CITIZEN, { action: 'staffOnly' })
    expect(res).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN', message: ERROR_MESSAGES['AUTH.FORBIDDEN'] })
    const { data } = await database().collection('audit').where({ actor: CITIZEN, outcome: 'refused' }).get()
    expect(data).toEqual([expect.objectContaining({ action: 'probe.staffOnly', role: 'citizen', requestId: res.requestId })])
  })

  it('should read the role from the members collection, staff with their department', async () => {
    expect(await call(STAFF, { action: 'staffOnly' })).toMatchObject({ ok: true, data: 'staff' })
    expect(await call(STAFF, { action: 'adminOnly' })).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    expect(await call(ADMIN, { action: 'adminOnly' })).toMatchObject({ ok: true, data: 'admin' })
    expect(await call(STAFF, { action: 'nothing' })).toMatchObject({ ok: false, code: 'AUTH.FORBIDDEN' })
    seen.length = 0
    await call(STAFF, { action: 'open' })
    expect(seen[0].caller).toEqual({ openid: STAFF, role: 'staff', department: 'D07' })
  })
})

describe('the schema', () => {
  it('should refuse what the schema refuses, field by field at its path', async () => {
    const res = await call(CITIZEN, { action: 'strict', data: { name: 'toolong', extra: 1, other: 2 } })
    expect(res).toMatchObject({ ok: false, code: 'REQUEST.INVALID', message: ERROR_MESSAGES['REQUEST.INVALID'] })
    const issues = (res as { issues: Array<{ path: string; message: string }> }).issues
    expect(issues.map((i) => i.path).sort()).toEqual(['extra', 'name', 'other'])
    for (const issue of issues) expect(issue.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('should name the root for an issue of the whole body', async () => {
    expect(await call(CITIZEN, { action: 'rooted', data: {} })).toMatchObject({ ok: false, code: 'REQUEST.INVALID', issues: [{ path: '(root)', message: '请至少填写一项' }] })
    expect(await call(CITIZEN, { action: 'rooted', data: { b: 1 } })).toMatchObject({ ok: true, data: 'ok' })
  })

  it("should stop at 20 issues, in the schema's order", async () => {
    const res = await call(CITIZEN, { action: 'wide', data: {} })
    expect(res).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
    const issues = (res as { issues: Array<{ path: string }> }).issues
    expect(issues).toHaveLength(20)
    expect(issues[0].path).toBe('f0')
    expect(await call(CITIZEN, { action: 'strict', data: { name: 'ok' } })).toMatchObject({ ok: true, data: 'ok' })
  })
})

describe('the write limit', () => {
  it('should count writes of a write action and refuse past the limit, and leave reads alone', async () => {
    const who = 'o_router_writer_0001'
    expect(await call(who, { action: 'write' })).toMatchObject({ ok: true })
    expect(await call(who, { action: 'write' })).toMatchObject({ ok: true })
    expect(await call(who, { action: 'write' })).toMatchObject({ ok: false, code: 'RATE.LIMITED' })
    for (let i = 0; i < 4; i++) expect(await call(who, { action: 'read' })).toMatchObject({ ok: true, data: 'read' })
    const counters = (await database().collection('rate_limits').where({ openid: who }).get()).data
    expect(counters.map((c) => c.action).sort()).toEqual(['*', 'probe.write'])
  })

  it('should not count a write the schema refused', async () => {
    const who = 'o_router_writer_0002'
    expect(await call(who, { action: 'write', data: { x: 1 } })).toMatchObject({ ok: false, code: 'REQUEST.INVALID' })
    expect((await database().collection('rate_limits').where({ openid: who }).get()).data).toEqual([])
  })
})

describe('the envelope', () => {
  it('should tell the handler who, which request, which function and action', async () => {
    seen.length = 0
    const res = await call(CITIZEN, { action: 'open', data: { n: 1 } })
    expect(res).toEqual({ ok: true, data: { echo: { n: 1 } }, requestId: expect.stringMatching(/^[0-9a-f]{16}$/) })
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({ caller: { openid: CITIZEN, role: 'citizen' }, requestId: res.requestId, fn: 'probe', action: 'open' })
    expect(typeof seen[0].db.collection).toBe('function')
  })

  it('should answer null for a handler that returns nothing', async () => {
    expect(await call(CITIZEN, { action: 'nothing' })).toEqual({ ok: true, data: null, requestId: expect.any(String) })
  })

  it("should pass a domain refusal on with its code and message, and issues only when it has some", async () => {
    const res = await call(CITIZEN, { action: 'refuse' })
    expect(res).toEqual({ ok: false, code: 'GUIDE.NOT_FOUND', message: ERROR_MESSAGES['GUIDE.NOT_FOUND'], requestId: expect.any(String) })
    expect(await call(CITIZEN, { action: 'refuseWithIssues' })).toEqual({ ok: false, code: 'REQUEST.INVALID', message: '不对', issues: [{ path: 'x', message: '不对' }], requestId: expect.any(String) })
  })

  it('should hide an unexpected error behind INTERNAL', async () => {
    const res = await call(CITIZEN, { action: 'crash' })
    expect(res).toEqual({ ok: false, code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL, requestId: expect.stringMatching(/^[0-9a-f]{16}$/) })
    expect(JSON.stringify(res)).not.toContain('boom')
  })

  it('should give every call a fresh request id', () => {
    const ids = new Set(Array.from({ length: 50 }, newRequestId))
    expect(ids.size).toBe(50)
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/)
  })
})

describe('the answer check under test', () => {
  // The check reports through the error log; read what it wrote.
  async function failure(name: string): Promise<{ res: unknown; line: string }> {
    const quiet = process.env.HALL_LOG
    process.env.HALL_LOG = ''
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const res = await call(CITIZEN, { action: name })
      const line = spy.mock.calls.map((c) => String(c[0])).join('\n')
      return { res, line }
    } finally {
      spy.mockRestore()
      process.env.HALL_LOG = quiet
    }
  }
  const outside = (fn: string, where: string) => `${fn} answered outside its output schema: ${where}`
  const messageOf = (line: string) => (JSON.parse(line) as { error: string }).error

  it('should fail an answer outside its schema as INTERNAL and name the field, its code and message', async () => {
    const { res, line } = await failure('liar')
    expect(res).toEqual({ ok: false, code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL, requestId: expect.any(String) })
    expect(messageOf(line)).toMatch(new RegExp(`^${outside('probe.liar', 'n: invalid_type [^;]+')}$`))
  })

  it('should name the root when the whole answer is wrong, and join a nested path with dots', async () => {
    expect(messageOf((await failure('rootLiar')).line)).toMatch(/answered outside its output schema: \(root\): invalid_type \S/)
    expect(messageOf((await failure('deepLiar')).line)).toMatch(/answered outside its output schema: rows\.1\.at: invalid_type \S/)
  })

  it('should list the first five issues, separated by semicolons', async () => {
    const where = messageOf((await failure('manyLiar')).line).split('answered outside its output schema: ')[1]
    expect(where.split('; ').map((w) => w.split(':')[0])).toEqual(['k0', 'k1', 'k2', 'k3', 'k4'])
  })

  it('should let the answer through unchecked outside tests, where the schema only documents it', async () => {
    const env = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    try {
      expect(await call(CITIZEN, { action: 'liar' })).toEqual({ ok: true, data: { n: 'x' }, requestId: expect.any(String) })
    } finally {
      process.env.NODE_ENV = env
    }
  })
})

describe('provenTimer', () => {
  const triggers = [{ name: 'nightly', type: 'timer', config: '0 0 2 * * * *' }, { name: 'hook', type: 'http' }]
  const timer = { TRIGGER_SRC: 'timer' }
  it.each([
    ['the timer mark, a timer event and a declared trigger', { Type: 'Timer', TriggerName: 'nightly' }, timer, undefined, 'nightly'],
    ['no timer mark', { Type: 'Timer', TriggerName: 'nightly' }, {}, undefined, null],
    ['another mark', { Type: 'Timer', TriggerName: 'nightly' }, { TRIGGER_SRC: 'http' }, undefined, null],
    ['a caller', { Type: 'Timer', TriggerName: 'nightly' }, timer, 'o_someone', null],
    ['no event', null, timer, undefined, null],
    ['a string event', 'Timer', timer, undefined, null],
    ['an array event', [{ Type: 'Timer', TriggerName: 'nightly' }], timer, undefined, null],
    ['another event type', { Type: 'Http', TriggerName: 'nightly' }, timer, undefined, null],
    ['no trigger name', { Type: 'Timer' }, timer, undefined, null],
    ['a trigger name that is not a string', { Type: 'Timer', TriggerName: ['nightly'] }, timer, undefined, null],
    ['an undeclared trigger', { Type: 'Timer', TriggerName: 'weekly' }, timer, undefined, null],
    ['a declared trigger that is not a timer', { Type: 'Timer', TriggerName: 'hook' }, timer, undefined, null],
    ['fields inherited, not its own', Object.create({ Type: 'Timer', TriggerName: 'nightly' }), timer, undefined, null]
  ])('should answer for %s', (_label, event, env, openid, expected) => {
    expect(provenTimer(event, env, openid, triggers)).toBe(expected)
  })
})

describe('withTimer', () => {
  const config = { triggers: [{ name: 'nightly', type: 'timer' }] }
  const fire = (main: (e: unknown) => Promise<unknown>, event: unknown, openid?: string) => {
    process.env.TRIGGER_SRC = 'timer'
    return runAs({ OPENID: openid } as never, () => main(event) as Promise<Record<string, unknown>>).finally(() => delete process.env.TRIGGER_SRC)
  }

  it('should run the job for a proven timer and audit it as the system', async () => {
    const jobs: Date[] = []
    const main = withTimer(fn, config, async (_db, now) => (jobs.push(now), { swept: 3 }))
    const res = await fire(main, { Type: 'Timer', TriggerName: 'nightly' })
    expect(res).toEqual({ ok: true, data: { swept: 3 }, requestId: expect.stringMatching(/^[0-9a-f]{16}$/) })
    expect(jobs).toHaveLength(1)
    const { data } = await database().collection('audit').where({ requestId: res.requestId }).get()
    expect(data).toEqual([expect.objectContaining({ actor: 'timer:nightly', role: 'system', action: 'probe.timer', target: { collection: '-', id: 'nightly' }, outcome: 'done', changes: { swept: { old: null, new: 3 } } })])
  })

  it('should record a failed run as failed, and answer INTERNAL', async () => {
    const main = withTimer(fn, config, async () => { throw new Error('disk') })
    const res = await fire(main, { Type: 'Timer', TriggerName: 'nightly' })
    expect(res).toEqual({ ok: false, code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL, requestId: expect.any(String) })
    const { data } = await database().collection('audit').where({ requestId: res.requestId }).get()
    expect(data).toEqual([expect.objectContaining({ actor: 'timer:nightly', outcome: 'failed', changes: { error: { old: null, new: 'INTERNAL' } } })])
  })

  it('should send a claimed timer through the router, which refuses it, and run no job', async () => {
    let ran = 0
    const main = withTimer(fn, config, async () => (ran++, {}))
    expect(await fire(main, { Type: 'Timer', TriggerName: 'nightly' }, CITIZEN)).toMatchObject({ ok: false, code: 'ACTION.UNKNOWN' })
    expect(await runAs({} as never, () => main({ Type: 'Timer', TriggerName: 'nightly' }))).toMatchObject({ ok: false, code: 'ACTION.UNKNOWN' })
    expect(await fire(main, { Type: 'Timer', TriggerName: 'weekly' })).toMatchObject({ ok: false, code: 'ACTION.UNKNOWN' })
    expect(await fire(withTimer(fn, {}, async () => (ran++, {})), { Type: 'Timer', TriggerName: 'nightly' })).toMatchObject({ ok: false, code: 'ACTION.UNKNOWN' })
    expect(ran).toBe(0)
    expect(await fire(main, { action: 'open' }, CITIZEN)).toMatchObject({ ok: true })
  })
})
