/**
 * Local sign-in: the cookie carries the persona's OPENID and the time it was issued, signed
 * with a key kept in the data folder, so sessions survive restarts, cannot be forged or
 * extended by editing the cookie, and end after SESSION_TTL_SECONDS whatever the browser keeps.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export const SESSION_COOKIE = 'hall_session'
/** A working day's sign-in: 12 hours. */
export const SESSION_TTL_SECONDS = 12 * 3600
/** Clocks of one machine agree; a minute covers a cookie issued a moment "ahead". */
const CLOCK_SKEW_SECONDS = 60

export function loadSessionKey(dir: string): Buffer {
  const file = path.join(dir, '_session.key')
  fs.mkdirSync(dir, { recursive: true })
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex')
}

// The MAC covers the OPENID and the issue time together, so neither can be changed alone.
const sign = (key: Buffer, openid: string, issuedAt: number) => createHmac('sha256', key).update(`${openid}\n${issuedAt}`).digest('base64url')

export function sessionCookie(key: Buffer, openid: string, now: number = Date.now()): string {
  const issuedAt = Math.floor(now / 1000)
  const value = `${Buffer.from(openid).toString('base64url')}.${issuedAt}.${sign(key, openid, issuedAt)}`
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_TTL_SECONDS}`
}

export function clearSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`
}

/** The session's OPENID, or null when there is none, it was tampered with, or it has expired. */
export function readSession(key: Buffer, cookieHeader: string | undefined, now: number = Date.now()): string | null {
  if (!cookieHeader) return null
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name !== SESSION_COOKIE) continue
    const [encoded, issuedText, mac, extra] = rest.join('=').split('.')
    if (!encoded || !issuedText || !mac || extra !== undefined || !/^\d{1,12}$/.test(issuedText)) return null
    const openid = Buffer.from(encoded, 'base64url').toString()
    const issuedAt = Number(issuedText)
    const expected = Buffer.from(sign(key, openid, issuedAt))
    const given = Buffer.from(mac)
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
    const age = Math.floor(now / 1000) - issuedAt
    return age <= SESSION_TTL_SECONDS && age >= -CLOCK_SKEW_SECONDS ? openid : null
  }
  return null
}
