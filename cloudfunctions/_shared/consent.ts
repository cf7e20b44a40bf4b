import hallConfig from '../../config/hall.json'
import { consentState, hasConsent, type ConsentPurpose, type ConsentRecord } from '../../src/domain/consent'
import { AppError } from '../../src/domain/errors'
import type { Database } from './cloud'

export const POLICY_VERSION = hallConfig.privacyPolicyVersion

export async function consentRecords(db: Database, openid: string): Promise<ConsentRecord[]> {
  const { data } = await db.collection('consents').where({ openid }).orderBy('at', 'desc').limit(20).get()
  return data as ConsentRecord[]
}

/** Every action that first stores a citizen's personal data calls this before writing. */
export async function requireConsent(db: Database, openid: string, purpose: ConsentPurpose): Promise<void> {
  const records = await consentRecords(db, openid)
  if (hasConsent(records, POLICY_VERSION, purpose)) return
  throw new AppError(consentState(records, POLICY_VERSION).state === 'outdated' ? 'CONSENT.OUTDATED' : 'CONSENT.REQUIRED')
}
