import { buildAudit } from '../../src/domain/audit'
import type { Database, Transaction } from './cloud'
import type { Caller } from '../../src/domain/roles'
import type { ActionContext } from './router'

/**
 * Writes an audit record inside the caller's transaction, so the record and the change it
 * describes land together or not at all.
 */
export async function auditIn(
  transaction: Transaction,
  ctx: ActionContext,
  target: { collection: string; id: string },
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null
): Promise<void> {
  const record = buildAudit({
    actor: ctx.caller.openid as string,
    role: ctx.caller.role,
    action: `${ctx.fn}.${ctx.action}`,
    target,
    before,
    after,
    requestId: ctx.requestId,
    at: new Date()
  })
  await transaction.collection('audit').add({ data: record })
}

/**
 * A refused attempt (a known identity calling an action its role does not allow) is audited
 * too: repeated probing of staff or admin actions shows up in the admin console.
 */
export async function auditRefusal(db: Database, caller: Caller, action: string, requestId: string): Promise<void> {
  const record = buildAudit({
    actor: caller.openid as string,
    role: caller.role,
    action,
    target: { collection: '-', id: '-' },
    before: null,
    after: null,
    requestId,
    at: new Date(),
    outcome: 'refused'
  })
  await db.collection('audit').add({ data: record })
}
