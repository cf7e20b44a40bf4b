import type { ErrorCode } from '../errors'
import { isUncertainFailure } from './retry'

describe('isUncertainFailure', () => {
  it.each<[ErrorCode, boolean]>([
    ['NETWORK.UNAVAILABLE', true],
    ['INTERNAL', true],
    ['RATE.LIMITED', true],
    ['SLOT.FULL', false],
    ['SLOT.PAST', false],
    ['APPOINTMENT.DUPLICATE', false],
    ['APPOINTMENT.KEY_REUSED', false]
  ])('%s -> %s', (code, uncertain) => {
    expect(isUncertainFailure(code)).toBe(uncertain)
  })
})
