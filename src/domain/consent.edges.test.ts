import { CONSENT_PURPOSES, consentState, hasConsent, type ConsentRecord } from './consent'

// The edges of consent (issue 16, mutation testing): the latest record decides whatever order
// the store returns them in, and only a given consent to this policy grants anything.
const rec = (event: ConsentRecord['event'], v: string, at: string, purposes: ConsentRecord['purposes'] = ['service', 'notify']): ConsentRecord => ({ event, policyVersion: v, at: new Date(at), purposes })

describe('the edges of consent', () => {
  it('should let the latest record decide whichever order the records come in', () => {
    const older = rec('given', 'v2', '2026-11-01T00:00:00Z')
    const newer = rec('withdrawn', 'v2', '2026-11-02T00:00:00Z', [])
    expect(consentState([older, newer], 'v2')).toEqual({ state: 'withdrawn', purposes: [] })
    expect(consentState([newer, older], 'v2')).toEqual({ state: 'withdrawn', purposes: [] })
    const again = rec('given', 'v2', '2026-11-03T00:00:00Z', ['service'])
    expect(consentState([again, newer, older], 'v2')).toEqual({ state: 'given', purposes: ['service'] })
    expect(consentState([older, newer, again], 'v2')).toEqual({ state: 'given', purposes: ['service'] })
  })

  it('should read dates stored as text as well as Date values', () => {
    const a = { ...rec('given', 'v1', '2026-01-01T00:00:00Z'), at: '2026-01-01T00:00:00Z' as unknown as Date }
    const b = { ...rec('given', 'v2', '2026-02-01T00:00:00Z', ['service']), at: '2026-02-01T00:00:00Z' as unknown as Date }
    expect(consentState([a, b], 'v2')).toEqual({ state: 'given', purposes: ['service'] })
    expect(consentState([b, a], 'v2')).toEqual({ state: 'given', purposes: ['service'] })
  })

  it('should keep the purposes of an outdated consent, and grant none of them', () => {
    const records = [rec('given', 'v1', '2026-01-01T00:00:00Z', ['notify'])]
    expect(consentState(records, 'v2')).toEqual({ state: 'outdated', purposes: ['notify'] })
    expect(hasConsent(records, 'v2', 'notify')).toBe(false)
    expect(hasConsent(records, 'v1', 'notify')).toBe(true)
  })

  it('should grant nothing after a withdrawal or with no record', () => {
    expect(consentState([], 'v1')).toEqual({ state: 'none', purposes: [] })
    expect(hasConsent([], 'v1', 'service')).toBe(false)
    expect(hasConsent([rec('withdrawn', 'v1', '2026-01-01T00:00:00Z', ['service'])], 'v1', 'service')).toBe(false)
  })

  it('should name both purposes in Chinese', () => {
    expect(Object.keys(CONSENT_PURPOSES)).toEqual(['service', 'notify'])
    for (const text of Object.values(CONSENT_PURPOSES)) expect(text).toMatch(/^[\u4e00-\u9fff]/)
  })
})
