/** Issue 8, items 2, 5 and 7: the local hall's HTTP edge, over real HTTP. */
import { loadSessionKey, sessionCookie } from '../../local/session'
import { dataDir } from '../../local/sdk'
import { seeded } from '../support/hall'
import { raw, startInProcessHall, type InProcessHall } from '../support/in-process-hall'

let hall: InProcessHall
beforeAll(async () => {
  await seeded()
  hall = await startInProcessHall({ 'index.html': '<!doctype html><html><head><script>window.x=1</script></head><body></body></html>' })
})
afterAll(() => hall.close())

const json = { 'content-type': 'application/json' }
const admin = JSON.stringify({ persona: 'admin' })

describe('DNS rebinding and cross-origin writes', () => {
  it('should refuse a rebinding page that asks for an admin session', async () => {
    const res = await raw(hall.port, 'POST', '/api/dev/session', { host: 'attacker.example', origin: 'http://attacker.example', 'content-type': 'text/plain' }, admin)
    expect([res.status, res.json?.code, res.headers['set-cookie']]).toEqual([403, 'REQUEST.HOST_REFUSED', undefined])
  })
  it.each([
    [{ host: `attacker.example:${0}` }, 'REQUEST.HOST_REFUSED'],
    [{ origin: 'http://attacker.example', ...json }, 'REQUEST.CROSS_ORIGIN'],
    [{ 'sec-fetch-site': 'cross-site', ...json }, 'REQUEST.CROSS_ORIGIN'],
    [{ 'content-type': 'text/plain' }, 'REQUEST.CONTENT_TYPE']
  ])('should refuse %j', async (headers, code) => {
    const res = await raw(hall.port, 'POST', '/api/dev/session', { ...json, ...headers }, admin)
    expect([res.json?.code, res.headers['set-cookie']]).toEqual([code, undefined])
  })
  it('should sign in a same-origin JSON request on loopback names', async () => {
    for (const host of [`127.0.0.1:${hall.port}`, `localhost:${hall.port}`]) {
      const res = await raw(hall.port, 'POST', '/api/dev/session', { ...json, host, origin: `http://${host}`, 'sec-fetch-site': 'same-origin' }, admin)
      expect(res.json).toMatchObject({ ok: true })
      expect(String(res.headers['set-cookie'])).toMatch(/Max-Age=43200/)
    }
  })
})

describe('security headers and sessions', () => {
  it.each(['/', '/api/health'])('should send the security headers on %s', async (p) => {
    const res = await raw(hall.port, 'GET', p)
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/)
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self' 'sha256-/)
    expect([res.headers['x-frame-options'], res.headers['x-content-type-options'], res.headers['referrer-policy']]).toEqual(['DENY', 'nosniff', 'strict-origin-when-cross-origin'])
  })
  it('should treat an expired or tampered cookie as no session', async () => {
    const key = loadSessionKey(dataDir())
    const whoami = (cookie: string) => raw(hall.port, 'POST', '/api/fn/user', { ...json, cookie: cookie.split(';')[0] }, JSON.stringify({ action: 'whoami', data: {} }))
    expect((await whoami(sessionCookie(key, 'o_demo_admin_000001'))).json).toMatchObject({ ok: true, data: { role: 'admin' } })
    expect((await whoami(sessionCookie(key, 'o_demo_admin_000001', Date.now() - 13 * 3600 * 1000))).json).toMatchObject({ ok: true, data: { role: 'anonymous' } })
    expect((await whoami(sessionCookie(key, 'o_demo_admin_000001').replace(/\.(\d+)\./, (_m, t) => `.${Number(t) + 1}.`))).json).toMatchObject({ ok: true, data: { role: 'anonymous' } })
  })
})

describe('malformed paths', () => {
  it.each(['/%', '/%ZZ', '/%E0%A4%A'])('should answer %s with a coded 400', async (p) => {
    const res = await raw(hall.port, 'GET', p)
    expect([res.status, res.json?.code]).toEqual([400, 'REQUEST.INVALID'])
  })
})
