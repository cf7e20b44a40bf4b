import { consentState, hasConsent, type ConsentRecord } from './consent'

const at = (iso: string) => new Date(iso)
const given = (v: string, when: string, purposes: ConsentRecord['purposes'] = ['service']): ConsentRecord => ({ policyVersion: v, purposes, event: 'given', at: at(when) })
const withdrawn = (v: string, when: string): ConsentRecord => ({ policyVersion: v, purposes: [], event: 'withdrawn', at: at(when) })

describe('consentState', () => {
  it.each([
    ['no records', [], 'none'],
    ['consent to the current policy', [given('2026-11-01', '2026-11-02')], 'given'],
    ['consent to an older policy', [given('2026-01-01', '2026-02-01')], 'outdated'],
    ['a later withdrawal', [given('2026-11-01', '2026-11-02'), withdrawn('2026-11-01', '2026-11-03')], 'withdrawn'],
    ['consent again after withdrawing', [withdrawn('2026-11-01', '2026-11-03'), given('2026-11-01', '2026-11-04')], 'given'],
    ['records in any order', [given('2026-11-01', '2026-11-05'), given('2026-01-01', '2026-02-01')], 'given']
  ] as Array<[string, ConsentRecord[], string]>)('should read %s as %s', (_case, records, state) => {
    expect(consentState(records, '2026-11-01').state).toBe(state)
  })

  it('should grant only the purposes agreed to', () => {
    const records = [given('2026-11-01', '2026-11-02', ['service'])]
    expect(hasConsent(records, '2026-11-01', 'service')).toBe(true)
    expect(hasConsent(records, '2026-11-01', 'notify')).toBe(false)
    expect(hasConsent(records, '2026-12-01', 'service')).toBe(false)
  })
})
