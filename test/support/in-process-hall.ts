/**
 * The local hall's HTTP server in this test's own process (the real createHallServer over the
 * TypeScript functions), on a free loopback port, spoken to over real HTTP.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { createHallServer } from '../../local/server'
import { dataDir } from '../../local/sdk'
import { FUNCTIONS } from './hall'

export interface InProcessHall {
  url: string
  port: number
  staticDir: string
  close(): Promise<void>
}

export async function startInProcessHall(staticFiles: Record<string, string> = {}): Promise<InProcessHall> {
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hall-static-'))
  for (const [name, text] of Object.entries(staticFiles)) {
    fs.mkdirSync(path.dirname(path.join(staticDir, name)), { recursive: true })
    fs.writeFileSync(path.join(staticDir, name), text)
  }
  const server = createHallServer({ dataDir: dataDir(), staticDir, load: (name) => FUNCTIONS[name] ?? null })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    staticDir,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}

export interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  json: any
}

/** One HTTP request with exactly these headers (fetch would not let a test set Host). */
export function raw(port: number, method: string, urlPath: string, headers: Record<string, string> = {}, body?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers: { host: `127.0.0.1:${port}`, ...headers }, agent: false }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (d) => (text += d))
      res.on('end', () => {
        let json: unknown = null
        try {
          json = JSON.parse(text)
        } catch {
          // not JSON: static files
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json })
      })
    })
    req.on('error', reject)
    if (body !== undefined) req.write(body)
    req.end()
  })
}
