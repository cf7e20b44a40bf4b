import type { OutputOf } from '../domain/contract'
import { useCall } from './useCall'

export type WhoAmI = OutputOf<'user', 'whoami'>

/** The caller as the cloud sees them; the client never decides its own role. */
export function useWhoAmI() {
  return useCall('user', 'whoami')
}
