/**
 * Consent to the privacy policy: which purposes a citizen agreed to, under which policy
 * version. A new policy version asks again; a withdrawal ends it.
 */
export const CONSENT_PURPOSES = {
  service: '办理您选择的政务服务（预约、申请、咨询投诉建议）',
  notify: '向您发送办理进度和预约提醒'
} as const

export type ConsentPurpose = keyof typeof CONSENT_PURPOSES

export interface ConsentRecord {
  policyVersion: string
  purposes: ConsentPurpose[]
  event: 'given' | 'withdrawn'
  at: Date
}

export type ConsentState = 'none' | 'given' | 'outdated' | 'withdrawn'

/** The state of consent from a citizen's records (any order) against the current policy. */
export function consentState(records: ConsentRecord[], currentVersion: string): { state: ConsentState; purposes: ConsentPurpose[] } {
  const latest = [...records].sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime())[0]
  if (!latest) return { state: 'none', purposes: [] }
  if (latest.event === 'withdrawn') return { state: 'withdrawn', purposes: [] }
  if (latest.policyVersion !== currentVersion) return { state: 'outdated', purposes: latest.purposes }
  return { state: 'given', purposes: latest.purposes }
}

export function hasConsent(records: ConsentRecord[], currentVersion: string, purpose: ConsentPurpose): boolean {
  const { state, purposes } = consentState(records, currentVersion)
  return state === 'given' && purposes.includes(purpose)
}
