/**
 * The local hall's one HTTP process: the H5 build, the function gateway and local sign-in.
 *
 *   POST /api/fn/<function>   { action, data }          -> envelope
 *   POST /api/dev/session     { persona } | { openid }  -> sets the session cookie
 *   GET  /api/health                                    -> { ok: true }
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { ErrorCode } from '../src/domain/errors'
import { createGateway, type FunctionLoader } from './gateway'
import { PERSONAS, type Persona } from './personas'
import { clearSessionCookie, loadSessionKey, readSession, sessionCookie } from './session'

const MAX_BODY_BYTES = 256 * 1024
const OPENID = /^[A-Za-z0-9_-]{6,64}$/

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

function serveStatic(staticDir: string, urlPath: string, res: http.ServerResponse) {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '')
  let file = path.join(staticDir, clean)
  if (!file.startsWith(staticDir)) return refuse(res, 403, 'AUTH.FORBIDDEN', 'forbidden')
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(staticDir, 'index.html')
  if (!fs.existsSync(file)) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('H5 页面尚未构建：请先运行 npm run build:h5')
    return
  }
  const ext = path.extname(file)
  res.writeHead(200, {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': ext === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff'
  })
  fs.createReadStream(file).pipe(res)
}

export function createHallServer(opts: HallServerOptions): http.Server {
  const key = loadSessionKey(opts.dataDir)
  const invoke = createGateway(opts.load)
  const staticDir = path.resolve(opts.staticDir)

  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://local')
    try {
      if (url.pathname === '/api/health') return send(res, 200, { ok: true })
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return refuse(res, 405, 'REQUEST.INVALID', '只接受 POST 请求')
        const body = await readBody(req)
        const fn = /^\/api\/fn\/([^/]+)$/.exec(url.pathname)
        if (fn) {
          const { status, envelope } = await invoke(fn[1], body, readSession(key, req.headers.cookie))
          return send(res, status, envelope)
        }
        if (url.pathname === '/api/dev/session') {
          const { persona, openid } = (body ?? {}) as { persona?: string; openid?: string }
          if (persona === 'anonymous') return send(res, 200, { ok: true, data: { openid: null } }, { 'set-cookie': clearSessionCookie() })
          const chosen = persona && Object.prototype.hasOwnProperty.call(PERSONAS, persona) ? PERSONAS[persona as Persona] : typeof openid === 'string' && OPENID.test(openid) ? openid : null
          if (!chosen) return refuse(res, 400, 'REQUEST.INVALID', 'persona 应为 citizen、staff、admin 或 anonymous，或给出 openid（6-64 位字母数字）')
          return send(res, 200, { ok: true, data: { openid: chosen } }, { 'set-cookie': sessionCookie(key, chosen) })
        }
        return refuse(res, 404, 'ACTION.UNKNOWN', '接口不存在')
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'REQUEST.INVALID', 'method not allowed')
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
