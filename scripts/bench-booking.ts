/**
 * `npm run bench:booking`: 50 concurrent clients book hall appointments over HTTP through the
 * local gateway (the built function bundles, as `npm start` serves them) across many slots of
 * small capacity, then every slot's counter is checked against its bookings. Beside it, the
 * embedded store's own rate for the conditional update that guards a slot counter, measured in
 * the same run. The last line is one JSON object. Figures, not assertions: the machine is shared.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hall-bench-booking-'))
process.env.HALL_DATA_DIR = dir
process.env.HALL_LOG = 'silent'
process.env.HALL_WRITE_LIMIT = '100000/60'
process.env.HALL_DATA_KEY = process.env.HALL_DATA_KEY || require('node:crypto').randomBytes(32).toString('hex')

const CLIENTS = 50
const REQUESTS = Number(process.env.BENCH_REQUESTS || 2000)
const CITIZENS = Number(process.env.BENCH_CITIZENS || 1500)
const HALL = 'H01'
const SERVICES = ['SB-001', 'SB-004', 'SB-006', 'GA-002', 'YB-001']
const CAPACITY = 3

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]
}

async function main() {
  const { database } = await import('../local/sdk')
  const { seed } = await import('../local/seed')
  const { createHallServer } = await import('../local/server')
  const { loadBuiltFunction } = await import('../local/runtime')
  const { POLICY_VERSION } = await import('../cloudfunctions/_shared/consent')
  if (!loadBuiltFunction('appointment')) throw new Error('build the functions first: npm run build:functions')
  const db = database()
  await seed(db)
  const server = createHallServer({ dataDir: dir, staticDir: path.join(dir, 'no-h5'), load: loadBuiltFunction })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const post = async (p: string, body: object, cookie = '') => {
    const res = await fetch(base + p, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) })
    return { res, json: (await res.json()) as { ok: boolean; code?: string; data?: any } }
  }

  // Set-up, not measured: small slots, consenting citizens with their sessions, the open slots.
  const admin = (await post('/api/dev/session', { persona: 'admin' })).res.headers.get('set-cookie')?.split(';')[0] ?? ''
  for (const service of SERVICES) {
    const r = await post('/api/fn/admin', { action: 'setSlotRule', data: { hall: HALL, service, rule: { slotMinutes: 30, capacity: CAPACITY, windowDays: 14, cutoffMinutes: 60, cancelCutoffMinutes: 120 } } }, admin)
    if (!r.json.ok) throw new Error(`setSlotRule ${service}: ${r.json.code}`)
  }
  const citizens: string[] = []
  const consents = []
  for (let i = 0; i < CITIZENS; i++) {
    const openid = `o_bench_citizen_${String(i).padStart(5, '0')}`
    consents.push({ openid, policyVersion: POLICY_VERSION, purposes: ['service', 'notify'], event: 'given', at: new Date() })
    citizens.push((await post('/api/dev/session', { openid })).res.headers.get('set-cookie')?.split(';')[0] ?? '')
  }
  for (let i = 0; i < consents.length; i += 500) await db.collection('consents').add({ data: consents.slice(i, i + 500) })
  const today = new Date().toISOString().slice(0, 10)
  const targets: Array<{ service: string; date: string; start: string }> = []
  for (const service of SERVICES) {
    const r = await post('/api/fn/appointment', { action: 'availability', data: { service, hall: HALL } })
    for (const d of r.json.data.dates) if (d.date > today) for (const s of d.slots) if (s.status === 'open') targets.push({ service, date: d.date, start: s.start })
  }
  // Few enough slots that most fill up and the refusals are exercised too.
  const slots = targets.slice(0, Math.ceil(REQUESTS / (CAPACITY * 2)))

  const latencies: number[] = []
  const outcomes: Record<string, number> = {}
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (;;) {
        const i = next++
        if (i >= REQUESTS) return
        const slot = slots[(i * 7919) % slots.length]
        const t = performance.now()
        const { json } = await post(
          '/api/fn/appointment',
          { action: 'book', data: { ...slot, hall: HALL, fields: { name: '压测群众', mobile: `139${String(10_000_000 + i).slice(-8)}` }, idempotencyKey: `bench-${i}-key` } },
          citizens[i % CITIZENS]
        )
        latencies.push(performance.now() - t)
        const key = json.ok ? 'booked' : (json.code as string)
        outcomes[key] = (outcomes[key] ?? 0) + 1
      }
    })
  )
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)

  // Every counter against its bookings: overbooked means more bookings than places, or a counter that disagrees.
  let overbooked = 0
  const { data: counters } = await db.collection('slots').where({ hall: HALL }).limit(1000).get()
  for (const c of counters) {
    const { total } = await db.collection('appointments').where({ hall: HALL, service: c.service, date: c.date, start: c.start, status: 'booked' }).count()
    if (c.booked > c.capacity || total !== c.booked) overbooked++
  }

  // The raw store: the same guard as a single conditional update, 50 at a time, in this process.
  const _ = db.command
  const storeSlots = 200
  await db.collection('slots').add({ data: Array.from({ length: storeSlots }, (_x, i) => ({ _id: `bench|${i}`, hall: 'BENCH', service: 'BENCH', date: today, start: '00:00', startsAt: new Date(), capacity: 1_000_000, booked: 0, updatedAt: new Date() })) })
  const storeUpdates = Number(process.env.BENCH_STORE_UPDATES || 5000)
  let done = 0
  const storeStarted = performance.now()
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_x, c) => {
      for (let i = c; i < storeUpdates; i += CLIENTS) {
        const r = await db.collection('slots').where({ _id: `bench|${i % storeSlots}`, booked: _.lt(1_000_000) }).update({ data: { booked: _.inc(1) } })
        done += r.stats.updated
      }
    })
  )
  const storeSeconds = (performance.now() - storeStarted) / 1000

  server.close()
  fs.rmSync(dir, { recursive: true, force: true })
  const result = {
    bookingsPerSecond: Math.round(((outcomes.booked ?? 0) / seconds) * 10) / 10,
    p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
    p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
    overbooked,
    storeUpdatesPerSecond: Math.round(done / storeSeconds)
  }
  console.log(`${REQUESTS} booking requests from ${CLIENTS} concurrent clients over ${slots.length} slots of ${CAPACITY} places in ${seconds.toFixed(1)} s (${Math.round(REQUESTS / seconds)} requests/s)`)
  console.log(`outcomes: ${JSON.stringify(outcomes)}; slots checked: ${counters.length}, overbooked: ${overbooked}`)
  console.log(`bookings/s ${result.bookingsPerSecond}, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms; raw store conditional updates/s ${result.storeUpdatesPerSecond}`)
  console.log(JSON.stringify(result))
  process.exit(0)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
