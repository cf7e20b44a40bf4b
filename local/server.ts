/**
 * The local hall's one HTTP process: the H5 build, the function gateway and local sign-in.
 *
 *   POST /api/fn/<function>   { action, data }          -> envelope
 *   POST /api/dev/session     { persona } | { openid }  -> sets the session cookie
 *   GET  /api/health                                    -> { ok: true }
 *
 * The edge, before anything else: the Host must be an address this hall serves (a web page on a
 * rebinding domain that resolves to 127.0.0.1 is refused), a POST to /api/* must be same-origin
 * and application/json (no cross-site form or text/plain "simple request" reaches a function),
 * and every answer carries the security headers (a CSP the H5 build runs under).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { ERROR_MESSAGES, type ErrorCode } from '../src/domain/errors'
import { FORMATS } from '../src/domain/formats'
import { createGateway, type FunctionLoader } from './gateway'
import { PERSONAS, type Persona } from './personas'
import { clearSessionCookie, loadSessionKey, readSession, sessionCookie } from './session'

const MAX_BODY_BYTES = 256 * 1024

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2'
}

export interface HallServerOptions {
  dataDir: string
  staticDir: string
  load: FunctionLoader
  /** Extra host names the hall answers to (HALL_HOSTS), beyond loopback and the bound address. */
  hosts?: readonly string[]
}

/** Host names every hall answers to on its own port. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]']

/** The socket's own address as a Host name would spell it ("::ffff:127.0.0.1" is 127.0.0.1). */
function hostName(address: string | undefined): string | null {
  if (!address) return null
  const v4 = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
  return v4.includes(':') ? `[${v4.toLowerCase()}]` : v4
}

/**
 * Whether the Host header names this hall: one of its names on the port the request came in
 * on. A rebinding domain reaches the same socket but cannot name it.
 */
export function hostServed(hostHeader: string | undefined, localPort: number | undefined, localAddress: string | undefined, extra: readonly string[] = []): boolean {
  if (!hostHeader || !localPort) return false
  const m = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(hostHeader.trim().toLowerCase())
  if (!m) return false
  const port = m[2] === undefined ? 80 : Number(m[2])
  if (port !== localPort) return false
  const names = new Set([...LOOPBACK_NAMES, ...extra.map((h) => h.toLowerCase())])
  const own = hostName(localAddress)
  if (own) names.add(own)
  return names.has(m[1])
}

/** A browser's write from another origin (or a sandboxed frame's "null") is refused. */
function crossOrigin(req: http.IncomingMessage): boolean {
  const origin = req.headers.origin
  if (origin !== undefined && origin.toLowerCase() !== `http://${(req.headers.host ?? '').toLowerCase()}`) return true
  const site = req.headers['sec-fetch-site']
  return site !== undefined && site !== 'same-origin'
}

function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0].trim().toLowerCase() === 'application/json'
}

/**
 * The CSP allows scripts from the hall itself plus the inline scripts of its own index.html
 * (Taro's rem sizing), each by hash, so no injected script runs; the hashes follow a rebuild.
 */
let inlineHashes: { key: string; sources: string } = { key: '', sources: '' }
function inlineScriptHashes(staticDir: string): string {
  const file = path.join(staticDir, 'index.html')
  let key = ''
  try {
    const st = fs.statSync(file)
    key = `${file}:${st.mtimeMs}:${st.size}`
  } catch {
    return ''
  }
  if (inlineHashes.key !== key) {
    const html = fs.readFileSync(file, 'utf8')
    const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`)
    inlineHashes = { key, sources: hashes.join(' ') }
  }
  return inlineHashes.sources
}

export function securityHeaders(staticDir: string): Record<string, string> {
  const scripts = inlineScriptHashes(staticDir)
  return {
    'content-security-policy': [
      "default-src 'self'",
      `script-src 'self'${scripts ? ` ${scripts}` : ''}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'"
    ].join('; '),
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'cross-origin-opener-policy': 'same-origin'
  }
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers })
  res.end(text)
}

function refuse(res: http.ServerResponse, status: number, code: ErrorCode, message: string) {
  send(res, status, { ok: false, code, message, requestId: '-' })
}

function readBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let size = 0
    let tooLarge = false
    const chunks: Buffer[] = []
    // An oversized body is drained, not cut off, so the client still reads the coded 413.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) tooLarge = true
      else chunks.push(chunk)
    })
    req.on('end', () => {
      if (tooLarge) return reject(Object.assign(new Error('too large'), { code: 'REQUEST.TOO_LARGE' }))
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {})
      } catch {
        reject(Object.assign(new Error('bad json'), { code: 'REQUEST.INVALID' }))
      }
    })
    req.on('error', reject)
  })
}

/** The decoded path, or null when it is not valid percent-encoded UTF-8 (or holds a NUL). */
function decodePath(urlPath: string): string | null {
  try {
    const decoded = decodeURIComponent(urlPath)
    return decoded.includes('\0') ? null : decoded
  } catch {
    return null
  }
}

function serveStatic(staticDir: string, urlPath: string, res: http.ServerResponse) {
  const decoded = decodePath(urlPath)
  if (decoded === null) return refuse(res, 400, 'REQUEST.INVALID', '请求的地址格式不正确')
  const clean = path.normalize(decoded).replace(/^(\.\.[/\\])+/, '')
  let file = path.join(staticDir, clean)
  if (!file.startsWith(staticDir)) return refuse(res, 403, 'AUTH.FORBIDDEN', '无权访问该地址')
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(staticDir, 'index.html')
  if (!fs.existsSync(file)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('H5 页面尚未构建：请先运行 npm run build:h5')
    return
  }
  const ext = path.extname(file)
  res.writeHead(200, {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': ext === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable'
  })
  fs.createReadStream(file).pipe(res)
}

export function createHallServer(opts: HallServerOptions): http.Server {
  const key = loadSessionKey(opts.dataDir)
  const invoke = createGateway(opts.load)
  const staticDir = path.resolve(opts.staticDir)

  const hosts = opts.hosts ?? []

  return http.createServer(async (req, res) => {
    try {
      for (const [name, value] of Object.entries(securityHeaders(staticDir))) res.setHeader(name, value)
      if (!hostServed(req.headers.host, req.socket.localPort, req.socket.localAddress, hosts)) return refuse(res, 403, 'REQUEST.HOST_REFUSED', ERROR_MESSAGES['REQUEST.HOST_REFUSED'])
      // A path that is no URL at all ("/%", "//x:y") is the client's mistake, not ours.
      let url: URL
      try {
        url = new URL(req.url ?? '/', 'http://local')
      } catch {
        return refuse(res, 400, 'REQUEST.INVALID', '请求的地址格式不正确')
      }
      if (url.pathname === '/api/health') return send(res, 200, { ok: true })
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return refuse(res, 405, 'REQUEST.INVALID', '只接受 POST 请求')
        if (crossOrigin(req)) return refuse(res, 403, 'REQUEST.CROSS_ORIGIN', ERROR_MESSAGES['REQUEST.CROSS_ORIGIN'])
        if (!isJson(req.headers['content-type'])) return refuse(res, 415, 'REQUEST.CONTENT_TYPE', ERROR_MESSAGES['REQUEST.CONTENT_TYPE'])
        const body = await readBody(req)
        const fn = /^\/api\/fn\/([^/]+)$/.exec(url.pathname)
        if (fn) {
          const { status, envelope } = await invoke(fn[1], body, readSession(key, req.headers.cookie))
          return send(res, status, envelope)
        }
        if (url.pathname === '/api/dev/session') {
          const { persona, openid } = (body ?? {}) as { persona?: string; openid?: string }
          if (persona === 'anonymous') return send(res, 200, { ok: true, data: { openid: null } }, { 'set-cookie': clearSessionCookie() })
          const chosen = persona && Object.prototype.hasOwnProperty.call(PERSONAS, persona) ? PERSONAS[persona as Persona] : typeof openid === 'string' && FORMATS.openid.test(openid) ? openid : null
          if (!chosen) return refuse(res, 400, 'REQUEST.INVALID', 'persona 应为 citizen、staff、admin 或 anonymous，或给出 openid（6-64 位字母数字）')
          return send(res, 200, { ok: true, data: { openid: chosen } }, { 'set-cookie': sessionCookie(key, chosen) })
        }
        return refuse(res, 404, 'ACTION.UNKNOWN', '接口不存在')
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'REQUEST.INVALID', '只接受 GET 请求')
      return serveStatic(staticDir, url.pathname, res)
    } catch (err) {
      const code = (err as { code?: string }).code
      if (code === 'REQUEST.TOO_LARGE') return refuse(res, 413, 'REQUEST.TOO_LARGE', '提交的内容过大')
      if (code === 'REQUEST.INVALID') return refuse(res, 400, 'REQUEST.INVALID', '请求不是有效的 JSON')
      console.error('[hall] gateway error', (err as Error).message)
      return refuse(res, 500, 'INTERNAL', '服务暂时不可用，请稍后再试')
    }
  })
}
