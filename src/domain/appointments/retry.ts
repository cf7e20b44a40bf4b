import type { ErrorCode } from '../errors'

/**
 * Failures after which the booking may or may not have been written: a retry must carry the
 * same idempotency key so the hall answers with the first booking instead of making a second.
 * Any other code is a certain refusal, and the next attempt is a new request with a new key.
 */
const UNCERTAIN: readonly ErrorCode[] = ['NETWORK.UNAVAILABLE', 'INTERNAL', 'RATE.LIMITED']

export function isUncertainFailure(code: ErrorCode): boolean {
  return UNCERTAIN.includes(code)
}
