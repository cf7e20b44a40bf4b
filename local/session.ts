/**
 * Local sign-in: the cookie carries the persona's OPENID signed with a key kept in the data
 * folder, so sessions survive restarts and cannot be forged by editing the cookie.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const SESSION_COOKIE = 'hall_session'

export function loadSessionKey(dir: string): Buffer {
  const file = path.join(dir, '_session.key')
  fs.mkdirSync(dir, { recursive: true })
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex')
}

const sign = (key: Buffer, value: string) => createHmac('sha256', key).update(value).digest('base64url')

export function sessionCookie(key: Buffer, openid: string): string {
  const value = `${Buffer.from(openid).toString('base64url')}.${sign(key, openid)}`
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=2592000`
}

export function clearSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`
}

export function readSession(key: Buffer, cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name !== SESSION_COOKIE) continue
    const [encoded, mac] = rest.join('=').split('.')
    if (!encoded || !mac) return null
    const openid = Buffer.from(encoded, 'base64url').toString()
    const expected = Buffer.from(sign(key, openid))
    const given = Buffer.from(mac)
    return expected.length === given.length && timingSafeEqual(expected, given) ? openid : null
  }
  return null
}
