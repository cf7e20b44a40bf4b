/**
 * 我的收藏: a citizen's own bookmarks of guides. The document id is derived from the citizen and
 * the item, so a double tap (or a retried request) cannot make two favourites.
 */
import { userApi } from '../../src/domain/api/user'
import { AppError } from '../../src/domain/errors'
import { pageOf } from '../../src/domain/schema'
import { findById, isDuplicateKeyError } from '../_shared/db'
import { favouriteId } from '../_shared/favourites'
import { SUMMARY_FIELDS, toSummary } from '../_shared/guides'
import { action, type ActionTable } from '../_shared/router'

export const favouriteActions: ActionTable = {
  addFavourite: action({
    ...userApi.addFavourite,
    summary: '收藏一项已发布的办事指南（重复收藏不产生第二条）',
    errors: ['GUIDE.NOT_FOUND'],
    roles: ['citizen'],
    write: true,
    async run({ code }, { caller, db }) {
      const item = await findById(db, 'service_items', code)
      if (!item || item.status !== 'published') throw new AppError('GUIDE.NOT_FOUND')
      try {
        await db.collection('favourites').add({ data: { _id: favouriteId(caller.openid as string, code), openid: caller.openid, code, at: new Date() } })
      } catch (err) {
        if (!isDuplicateKeyError(err)) throw err
      }
      return { code, favourite: true as const }
    }
  }),

  removeFavourite: action({
    ...userApi.removeFavourite,
    summary: '取消收藏（未收藏时也返回成功）',
    roles: ['citizen'],
    write: true,
    async run({ code }, { caller, db }) {
      await db.collection('favourites').where({ _id: favouriteId(caller.openid as string, code), openid: caller.openid }).remove()
      return { code, favourite: false as const }
    }
  }),

  listFavourites: action({
    ...userApi.listFavourites,
    summary: '本人的收藏，最近收藏的在前，分页；已停止办理的事项标明',
    roles: ['citizen'],
    async run({ page, pageSize }, { caller, db }) {
      const query = db.collection('favourites').where({ openid: caller.openid })
      const [{ total }, { data }] = await Promise.all([query.count(), query.orderBy('at', 'desc').orderBy('_id', 'asc').skip((page - 1) * pageSize).limit(pageSize).get()])
      const codes = data.map((f) => f.code as string)
      const { data: items } = codes.length
        ? await db.collection('service_items').where({ _id: db.command.in(codes) }).field(SUMMARY_FIELDS).limit(pageSize).get()
        : { data: [] }
      const byCode = new Map(items.map((i) => [i.code as string, i]))
      const rows = data.flatMap((f) => {
        const item = byCode.get(f.code)
        if (!item) return []
        return [{ ...toSummary(item), available: item.status === 'published', at: (f.at as Date).toISOString() }]
      })
      return pageOf(rows, page, pageSize, total)
    }
  })
}
