/**
 * The stored form of a citizen's declared personal fields. Mobile and ID numbers never rest in
 * plaintext: they are sealed (AES-256-GCM) with a masked copy for display; an ID number also
 * gets a keyed lookup hash so a record can be found by it. Names stay plain (not sensitive, and
 * staff need them at the counter).
 */
import type { PersonalFieldKey } from '../../src/domain/personal-fields-meta'
import { PERSONAL_FIELDS } from '../../src/domain/personal-fields'
import { decryptField, encryptField, lookupHash } from './crypto'

export interface SealedValue {
  sealed: string
  masked: string
  hash?: string
}

export type StoredPersonal = Partial<{ name: string; mobile: SealedValue; idNumber: SealedValue }>

export function sealPersonal(values: Partial<Record<PersonalFieldKey, string>>): StoredPersonal {
  const out: StoredPersonal = {}
  if (values.name !== undefined) out.name = values.name
  if (values.mobile !== undefined) out.mobile = { sealed: encryptField(values.mobile), masked: PERSONAL_FIELDS.mobile.mask(values.mobile) }
  if (values.idNumber !== undefined) {
    out.idNumber = { sealed: encryptField(values.idNumber), masked: PERSONAL_FIELDS.idNumber.mask(values.idNumber), hash: lookupHash(values.idNumber) }
  }
  return out
}

/** Whole values, for the one who needs them (the citizen themself, the counter at verification). */
export function openPersonal(stored: StoredPersonal): Partial<Record<PersonalFieldKey, string>> {
  const out: Partial<Record<PersonalFieldKey, string>> = {}
  if (stored.name !== undefined) out.name = stored.name
  if (stored.mobile) out.mobile = decryptField(stored.mobile.sealed)
  if (stored.idNumber) out.idNumber = decryptField(stored.idNumber.sealed)
  return out
}

/** Masked values, for every response and log that does not need them whole. */
export function maskedPersonal(stored: StoredPersonal): Partial<Record<PersonalFieldKey, string>> {
  const out: Partial<Record<PersonalFieldKey, string>> = {}
  if (stored.name !== undefined) out.name = PERSONAL_FIELDS.name.mask(stored.name)
  if (stored.mobile) out.mobile = stored.mobile.masked
  if (stored.idNumber) out.idNumber = stored.idNumber.masked
  return out
}
