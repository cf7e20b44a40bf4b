import type { ReactNode } from 'react'
import type { Role } from '../../domain/roles'
import PageShell from '../PageShell'
import RoleGate from '../RoleGate'

/** A staff or admin page: the hall's frame, and inside it only the roles the page is for. */
export default function GatedPage({ roles, children }: { roles: Role[]; children: ReactNode }) {
  return (
    <PageShell>
      <RoleGate roles={roles}>{children}</RoleGate>
    </PageShell>
  )
}
