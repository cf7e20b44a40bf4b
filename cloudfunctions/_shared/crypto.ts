/**
 * Sensitive personal information (ID numbers) at rest: AES-256-GCM with a key from the
 * environment, and a keyed hash (HMAC-SHA-256 with a key derived from it) to find a record by
 * the value without storing or indexing the value itself.
 *
 * HALL_DATA_KEY holds 32 bytes as 64 hex characters. On CloudBase it is set as a function
 * environment variable; the local hall generates one in its data folder.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'

const VERSION = 'v1'

export class DataKeyError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DataKeyError'
  }
}

interface Keys {
  encryption: Buffer
  lookup: Buffer
}

let cached: { source: string; keys: Keys } | null = null

function keys(): Keys {
  // Stryker disable next-line StringLiteral: any fallback that is not 64 hex characters is refused alike below
  const source = process.env.HALL_DATA_KEY ?? ''
  if (cached && cached.source === source) return cached.keys
  if (!/^[0-9a-f]{64}$/i.test(source)) throw new DataKeyError('HALL_DATA_KEY must be 64 hex characters (32 bytes)')
  const master = Buffer.from(source, 'hex')
  // Separate keys for separate jobs: a leaked lookup hash says nothing about the cipher key.
  const derived = {
    encryption: Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'fingertip-hall/encryption', 32)),
    lookup: Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'fingertip-hall/lookup', 32))
  }
  cached = { source, keys: derived }
  return derived
}

/** `v1.<iv>.<tag>.<ciphertext>` in base64url; a fresh IV every time. */
export function encryptField(plaintext: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keys().encryption, iv)
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.')
}

export function decryptField(sealed: string): string {
  const [version, iv, tag, body] = sealed.split('.')
  if (version !== VERSION || !iv || !tag || body === undefined) throw new DataKeyError('not an encrypted field')
  const decipher = createDecipheriv('aes-256-gcm', keys().encryption, Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
}

/** Same input, same hash, under the same key: for lookups and unique indexes. */
export function lookupHash(value: string): string {
  return createHmac('sha256', keys().lookup).update(value.trim().toUpperCase()).digest('base64url')
}

export function newDataKey(): string {
  return randomBytes(32).toString('hex')
}
