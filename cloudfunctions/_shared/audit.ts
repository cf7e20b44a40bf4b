import { buildAudit } from '../../src/domain/audit'
import type { Transaction } from './cloud'
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
