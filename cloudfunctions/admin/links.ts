/** Convenience links (便民查询) on the home page, maintained by administrators and audited. */
import { linkApi } from '../../src/domain/api/admin-content'
import { AppError } from '../../src/domain/errors'
import type { Link } from '../../src/domain/links'
import { auditIn } from '../_shared/audit'
import { findInTransaction } from '../_shared/db'
import { action, type ActionTable } from '../_shared/router'

export const linkActions: ActionTable = {
  listLinks: action({
    ...linkApi.listLinks,
    summary: '全部便民入口（含未显示的），按顺序',
    roles: ['admin'],
    async run(_input, { db }) {
      const { data } = await db.collection('links').orderBy('order', 'asc').orderBy('_id', 'asc').limit(100).get()
      return data.map(({ _id, updatedAt, ...link }) => ({ id: _id as string, ...(link as Link) }))
    }
  }),

  saveLink: action({
    ...linkApi.saveLink,
    summary: '新建或修改便民入口：其他小程序（AppID 与路径）或本程序页面，不允许外部网址',
    errors: ['LINK.NOT_FOUND'],
    roles: ['admin'],
    write: true,
    async run({ id: linkId, link }, ctx) {
      let saved = linkId ?? ''
      await ctx.db.runTransaction(async (tx) => {
        if (!linkId) {
          saved = (await tx.collection('links').add({ data: { ...link, updatedAt: new Date() } }))._id as string
          await auditIn(tx, ctx, { collection: 'links', id: saved }, null, link)
          return
        }
        const before = await findInTransaction(tx, 'links', linkId)
        if (!before) throw new AppError('LINK.NOT_FOUND')
        const { _id, updatedAt, ...old } = before
        // set, not update: switching kind must not leave the other kind's fields behind.
        await tx.collection('links').doc(linkId).set({ data: { ...link, updatedAt: new Date() } })
        await auditIn(tx, ctx, { collection: 'links', id: linkId }, old, link)
      })
      return { id: saved, ...link }
    }
  }),

  removeLink: action({
    ...linkApi.removeLink,
    summary: '删除便民入口',
    errors: ['LINK.NOT_FOUND'],
    roles: ['admin'],
    write: true,
    async run({ id: linkId }, ctx) {
      await ctx.db.runTransaction(async (tx) => {
        const before = await findInTransaction(tx, 'links', linkId)
        if (!before) throw new AppError('LINK.NOT_FOUND')
        const { _id, updatedAt, ...old } = before
        await tx.collection('links').doc(linkId).remove()
        await auditIn(tx, ctx, { collection: 'links', id: linkId }, old, null)
      })
      return { id: linkId }
    }
  })
}
