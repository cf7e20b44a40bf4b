/**
 * Audit records are built by one pure function so that every staff and admin action is
 * described the same way: who, in which role, did what to which record, with the changed
 * fields as { old, new }. Personal fields are masked before they reach the record.
 */
import type { Role } from './roles'
import { maskIdNumber, maskOpenid, maskPhone } from './mask'

/** Who acted: a person in a role, or the platform itself (a timer trigger, actor `timer:<name>`). */
export type AuditRole = Role | 'system'

export interface AuditRecord {
  actor: string
  role: AuditRole
  action: string
  target: { collection: string; id: string }
  changes: Record<string, { old: unknown; new: unknown }>
  requestId: string
  at: Date
  /** `failed` only for a timer run that threw: the job did not finish. */
  outcome: 'done' | 'refused' | 'failed'
}

const MASKERS: Partial<Record<string, (v: string) => string>> = {
  phone: maskPhone,
  mobile: maskPhone,
  idNumber: maskIdNumber,
  openid: maskOpenid
}

function maskField(field: string, value: unknown): unknown {
  const masker = MASKERS[field]
  return masker && typeof value === 'string' ? masker(value) : value
}

export function diffFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditRecord['changes'] {
  const changes: AuditRecord['changes'] = {}
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  for (const key of keys) {
    if (key === '_id' || key === 'updatedAt' || key === 'createdAt') continue
    const oldValue = before?.[key]
    const newValue = after?.[key]
    if (JSON.stringify(oldValue) === JSON.stringify(newValue)) continue
    changes[key] = { old: maskField(key, oldValue) ?? null, new: maskField(key, newValue) ?? null }
  }
  return changes
}

export function buildAudit(input: {
  actor: string
  role: AuditRole
  action: string
  target: { collection: string; id: string }
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  requestId: string
  at: Date
  outcome?: AuditRecord['outcome']
}): AuditRecord {
  return {
    // Staff and administrators act in an official capacity: the record names them in full.
    actor: input.actor,
    role: input.role,
    action: input.action,
    target: input.target,
    changes: diffFields(input.before, input.after),
    requestId: input.requestId,
    at: input.at,
    outcome: input.outcome ?? 'done'
  }
}
