import type { Role } from '../domain/roles'
import { useCall } from './useCall'

export interface WhoAmI {
  role: Role
  roleLabel: string
  userCode: string | null
  department: { code: string; name: string } | null
  name: string | null
}

/** The caller as the cloud sees them; the client never decides its own role. */
export function useWhoAmI() {
  return useCall<WhoAmI>('user', 'whoami')
}
