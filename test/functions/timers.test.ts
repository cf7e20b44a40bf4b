/**
 * Issue 8, item 1: a timer job runs only when the platform fires the function's own trigger
 * (TRIGGER_SRC=timer in that invocation's environment, a declared TriggerName, no caller), and
 * every run is audited. A client that sends a timer event over HTTP runs nothing.
 */
import path from 'node:path'
import { provenTimer } from '../../cloudfunctions/_shared/router'
import { createGateway, fireTimer, type FunctionMain } from '../../local/gateway'
import { declaredTriggers, startScheduler } from '../../local/scheduler'
import { database } from '../../local/sdk'
import { fireTrigger, seeded, snapshot } from '../support/hall'
import { raw, startInProcessHall, type InProcessHall } from '../support/in-process-hall'

// A developer's shell that happens to export the platform's variable must not turn an HTTP
// call into a timer: the local runtime answers it per invocation, never from the real env.
process.env.TRIGGER_SRC = 'timer'

const DAY = 24 * 3600 * 1000
const TRIGGERS = [{ name: 'daily-purge', type: 'timer', config: '0 0 3 * * * *' }]

let hall: InProcessHall
beforeAll(async () => {
  await seeded()
  hall = await startInProcessHall()
})
afterAll(() => hall.close())

describe('proof of a timer invocation', () => {
  const timerEvent = { Type: 'Timer', TriggerName: 'daily-purge', Time: '2026-12-02T19:00:00Z', Message: '' }
  it.each([
    ['the platform mark, a declared trigger, no caller', timerEvent, 'timer', undefined, 'daily-purge'],
    ['no platform mark', timerEvent, undefined, undefined, null],
    ['another trigger source', timerEvent, 'http', undefined, null],
    ['a caller', timerEvent, 'timer', 'o_demo_citizen_01', null],
    ['no TriggerName', { Type: 'Timer' }, 'timer', undefined, null],
    ['an undeclared trigger', { ...timerEvent, TriggerName: 'other' }, 'timer', undefined, null],
    ['an inherited TriggerName', Object.create({ Type: 'Timer', TriggerName: 'daily-purge' }), 'timer', undefined, null],
    ['not a timer event', { action: 'purge' }, 'timer', undefined, null],
    ['an array', [timerEvent], 'timer', undefined, null],
    ['no event', null, 'timer', undefined, null]
  ])('should decide %s', (_label, event, src, openid, expected) => {
    expect(provenTimer(event, { TRIGGER_SRC: src }, openid, TRIGGERS)).toBe(expected)
  })
})

async function plantExpired() {
  await database().collection('rate_limits').add({ data: { _id: 'rl-expired', openid: 'o_x_000001', action: 'a.b', count: 1, expiresAt: new Date(Date.now() - 2 * DAY) } })
}

const post = (fn: string, body: unknown, headers: Record<string, string> = {}) => raw(hall.port, 'POST', `/api/fn/${fn}`, { 'content-type': 'application/json', ...headers }, JSON.stringify(body))

describe('timers over HTTP', () => {
  it('should run nothing and change nothing for a forged timer event without a session', async () => {
    await plantExpired()
    const before = await snapshot()
    for (const fn of ['retention', 'reminders']) {
      for (const body of [{ Type: 'Timer' }, { Type: 'Timer', TriggerName: fn === 'retention' ? 'daily-purge' : 'day-before-reminders', Time: new Date().toISOString(), Message: '' }]) {
        const res = await post(fn, body)
        expect(res.json).toMatchObject({ ok: false, code: 'ACTION.UNKNOWN' })
      }
    }
    // Headers a client might add to look like the platform change nothing either.
    expect((await post('retention', { Type: 'Timer', TriggerName: 'daily-purge' }, { 'x-trigger-src': 'timer', 'trigger-src': 'timer' })).json).toMatchObject({ ok: false })
    expect(await snapshot()).toEqual(before)
    expect(await database().collection('rate_limits').doc('rl-expired').get()).toMatchObject({ data: { _id: 'rl-expired' } })
  })

  it('should purge when the platform fires the trigger, audited as the timer', async () => {
    const { envelope } = await fireTrigger('retention', 'daily-purge')
    expect(envelope).toMatchObject({ ok: true, data: { removed: expect.objectContaining({ rate_limits: expect.any(Number) }) } })
    expect((await database().collection('rate_limits').where({ _id: 'rl-expired' }).get()).data).toEqual([])
    const { data } = await database().collection('audit').where({ action: 'retention.timer' }).get()
    expect(data).toHaveLength(1)
    expect(data[0]).toMatchObject({ actor: 'timer:daily-purge', role: 'system', outcome: 'done', target: { id: 'daily-purge' }, changes: { removed: { old: null, new: expect.objectContaining({ rate_limits: expect.any(Number) }) } } })
  })

  it('should audit the reminder timer with its counts', async () => {
    const { envelope } = await fireTrigger('reminders', 'day-before-reminders')
    expect(envelope).toMatchObject({ ok: true })
    const { data } = await database().collection('audit').where({ action: 'reminders.timer' }).get()
    expect(data).toHaveLength(1)
    expect(data[0]).toMatchObject({ actor: 'timer:day-before-reminders', role: 'system', outcome: 'done', changes: { sent: { new: expect.any(Number) } } })
  })

  it('should not run a trigger the function does not declare, even from the platform', async () => {
    const { envelope } = await fireTrigger('retention', 'day-before-reminders')
    expect(envelope).toMatchObject({ ok: false, code: 'ACTION.UNKNOWN' })
  })
})

describe('the local platform environment', () => {
  it('should give the timer mark to its own invocation only, never to concurrent gateway calls', async () => {
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
    const probe: FunctionMain = async () => {
      await sleep(Math.random() * 20)
      const seen = process.env.TRIGGER_SRC ?? null
      await sleep(Math.random() * 20)
      return { ok: true, data: [seen, process.env.TRIGGER_SRC ?? null, 'TRIGGER_SRC' in process.env], requestId: '-' }
    }
    const load = () => probe
    const gateway = createGateway(load)
    const results = await Promise.all([
      ...Array.from({ length: 10 }, () => fireTimer(load, 'probe', 'daily-purge')),
      ...Array.from({ length: 30 }, () => gateway('probe', { action: 'x' }, null))
    ])
    const data = results.map((r) => (r.envelope as { data: unknown }).data)
    expect(data.slice(0, 10)).toEqual(Array(10).fill(['timer', 'timer', true]))
    expect(data.slice(10)).toEqual(Array(30).fill([null, null, false]))
    // Outside any invocation the variable is not there either, whatever the shell exported.
    expect(process.env.TRIGGER_SRC).toBeUndefined()
    expect(process.env.HALL_DATA_DIR).toBeTruthy()
  })

  it('should find the triggers each function declares in its config.json', () => {
    const found = declaredTriggers(path.resolve(__dirname, '..', '..', 'cloudfunctions')).map((t) => `${t.fn}/${t.trigger} ${t.config}`)
    expect(found).toEqual(expect.arrayContaining(['reminders/day-before-reminders 0 0 18 * * * *', 'retention/daily-purge 0 0 3 * * * *']))
  })

  it('should fire a trigger at its Beijing time through the platform mark', async () => {
    // 02:59:59.2 Beijing time on the scheduler's clock; the purge is due at 03:00:00.
    const start = Date.now()
    const base = new Date('2026-12-02T02:59:59.200+08:00').getTime()
    const fired: Array<{ fn: string; event: unknown; src: string | undefined }> = []
    const scheduler = startScheduler({
      root: path.resolve(__dirname, '..', '..', 'cloudfunctions'),
      now: () => base + (Date.now() - start),
      load: (fn) => async (event) => {
        fired.push({ fn, event, src: process.env.TRIGGER_SRC })
        return { ok: true, data: null, requestId: '-' }
      }
    })
    await new Promise((r) => setTimeout(r, 2200))
    scheduler.stop()
    expect(fired).toEqual([{ fn: 'retention', src: 'timer', event: { Type: 'Timer', TriggerName: 'daily-purge', Time: '2026-12-01T19:00:00Z', Message: '' } }])
  })
})
