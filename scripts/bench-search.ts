/**
 * `npm run bench:search`: seeds 5,000 and then 50,000 service items into a fresh embedded
 * database and times searches and field listings through the local gateway over HTTP (the
 * built function bundles, as `npm start` serves them). Prints median and p95 per size; the last
 * line is one JSON object with those figures. Figures, not assertions: this machine is shared.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hall-bench-search-'))
process.env.HALL_DATA_DIR = dir
process.env.HALL_LOG = 'silent'
// The seed seals appointment fields: like the local hall, the bench needs a data key.
process.env.HALL_DATA_KEY = process.env.HALL_DATA_KEY || require('node:crypto').randomBytes(32).toString('hex')

// BENCH_SIZES=200 (the suite's once-through run) or any comma list; the default is the real figure.
const SIZES = (process.env.BENCH_SIZES || '5000,50000').split(',').map(Number)
const QUERIES = ['身份证', '社保卡', '公积金提取', '营业执照', '驾照', '结婚登记', '出生', '护照', '低保', '不动产登记资料查询']
const RUNS = Number(process.env.BENCH_RUNS || 60)

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]
}

async function main() {
  const { database } = await import('../local/sdk')
  const { seed } = await import('../local/seed')
  const { createHallServer } = await import('../local/server')
  const { loadBuiltFunction } = await import('../local/runtime')
  const { storedItem } = await import('../cloudfunctions/_shared/guides')
  const { serviceItemSchema, SERVICE_FIELDS } = await import('../src/domain/guides/service-item')
  const { SERVICE_ITEMS } = await import('../local/seed-data/catalogue')
  if (!loadBuiltFunction('hall')) throw new Error('build the functions first: npm run build:functions')

  const db = database()
  await seed(db)
  const templates = SERVICE_ITEMS.map((raw) => serviceItemSchema.parse(raw))
  const server = createHallServer({ dataDir: dir, staticDir: path.join(dir, 'no-h5'), load: loadBuiltFunction })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/fn/hall`

  const time = async (body: object): Promise<number> => {
    const started = performance.now()
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const envelope = (await res.json()) as { ok: boolean; code?: string }
    if (!envelope.ok) throw new Error(`${JSON.stringify(body)} -> ${envelope.code}`)
    return performance.now() - started
  }
  const measure = async (bodies: object[]) => {
    for (const b of bodies.slice(0, 5)) await time(b) // warm the caches as a running hall would have
    const ms: number[] = []
    for (let i = 0; i < RUNS; i++) ms.push(await time(bodies[i % bodies.length]))
    ms.sort((a, b) => a - b)
    return { p50Ms: Math.round(percentile(ms, 50) * 10) / 10, p95Ms: Math.round(percentile(ms, 95) * 10) / 10 }
  }

  const results = []
  let stored = templates.length
  for (const size of SIZES) {
    const started = performance.now()
    // Variants of the real catalogue: same words, other districts and numbers, so searches
    // meet realistic numbers of candidates.
    for (let n = stored; n < size; n += 1000) {
      const batch = Array.from({ length: Math.min(1000, size - n) }, (_, i) => {
        const t = templates[(n + i) % templates.length]
        const k = n + i
        const item = { ...t, code: `BX-${String(k).padStart(6, '0')}`, name: `${t.name}（第${k}分中心）`, field: SERVICE_FIELDS[k % SERVICE_FIELDS.length].code }
        return { _id: item.code, ...storedItem(item, 'published', new Date()) }
      })
      await db.collection('service_items').add({ data: batch })
    }
    stored = size
    const seedMs = Math.round(performance.now() - started)
    const search = await measure(QUERIES.map((q) => ({ action: 'searchGuides', data: { q } })))
    const list = await measure(SERVICE_FIELDS.flatMap((f) => [1, 5, 40].map((page) => ({ action: 'listGuides', data: { field: f.code, page, pageSize: 20 } }))))
    const { total } = await db.collection('service_items').count()
    console.log(`${total} items (seeded in ${seedMs} ms): search p50 ${search.p50Ms} ms, p95 ${search.p95Ms} ms; field listing p50 ${list.p50Ms} ms, p95 ${list.p95Ms} ms`)
    results.push({ items: total, search, list })
  }
  server.close()
  fs.rmSync(dir, { recursive: true, force: true })
  console.log(JSON.stringify({ runs: RUNS, queries: QUERIES.length, sizes: results }))
  process.exit(0)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
