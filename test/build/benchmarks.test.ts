/**
 * Every benchmark runs once at a tiny size, so one that breaks (as bench:search did when the
 * seed began sealing fields) fails the suite. This checks that each completes and prints its
 * JSON line, never how fast: speed is measured by `npm run bench:*`, not asserted here.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..', '..')
jest.setTimeout(240_000)

function runBench(script: string, env: Record<string, string>) {
  // No HALL_DATA_KEY from the test setup: the bench must stand on its own, as from a shell.
  const { HALL_DATA_KEY, HALL_DATA_DIR, ...inherited } = process.env
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, env: { ...inherited, ...env }, encoding: 'utf8', timeout: 200_000 })
  const lines = r.stdout.trim().split('\n')
  return { status: r.status, stderr: r.stderr, last: JSON.parse(lines[lines.length - 1] || 'null') as Record<string, unknown> | null }
}

describe('benchmarks at a tiny size', () => {
  it('should run bench:search through and print its figures as JSON', () => {
    const r = runBench('scripts/bench-search.ts', { BENCH_SIZES: '120', BENCH_RUNS: '3' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.last).toMatchObject({ runs: 3, sizes: [{ items: 120, search: { p50Ms: expect.any(Number) }, list: { p95Ms: expect.any(Number) } }] })
  })

  it('should run bench:booking through, never overbooking, and print its figures as JSON', () => {
    const r = runBench('scripts/bench-booking.ts', { BENCH_REQUESTS: '30', BENCH_CITIZENS: '20', BENCH_STORE_UPDATES: '100' })
    expect(r.status).toBe(0)
    expect(r.last).toMatchObject({ overbooked: 0, bookingsPerSecond: expect.any(Number), storeUpdatesPerSecond: expect.any(Number) })
  })
})
