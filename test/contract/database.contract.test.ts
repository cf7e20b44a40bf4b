/**
 * The database contract the functions rely on. It runs against the local embedded store, and
 * against a real CloudBase environment when HALL_CLOUDBASE_ENV and Tencent Cloud credentials are
 * in the environment (with a collection `contract_items` whose `code` field has a unique index).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Database } from 'wx-server-sdk'
import { LocalDatabase } from '../../local/sdk/database'
import { Store } from '../../local/sdk/store'

const SPEC = {
  contract_items: { purpose: 'contract test', indexes: [{ fields: [['code', 1]] as Array<[string, 1 | -1]>, unique: true, why: 'unique code' }] }
}

interface Target {
  name: string
  open(): Promise<{ db: Database; reopen?: () => Promise<Database>; dir?: string }>
}

const targets: Target[] = [
  {
    name: 'local embedded store',
    async open() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hall-contract-'))
      return { db: new LocalDatabase(new Store(dir, SPEC)), reopen: async () => new LocalDatabase(new Store(dir, SPEC)), dir }
    }
  }
]

const cloudEnv = process.env.HALL_CLOUDBASE_ENV
if (cloudEnv && process.env.TENCENTCLOUD_SECRETID && process.env.TENCENTCLOUD_SECRETKEY) {
  targets.push({
    name: `CloudBase ${cloudEnv}`,
    async open() {
      // The real SDK is installed in a function folder on deploy; load it from there.
      const sdk = jest.requireActual(path.resolve('cloudfunctions/hall/node_modules/wx-server-sdk'))
      sdk.init({ env: cloudEnv, secretId: process.env.TENCENTCLOUD_SECRETID, secretKey: process.env.TENCENTCLOUD_SECRETKEY })
      const db = sdk.database() as Database
      await db.collection('contract_items').where({ _id: db.command.exists(true) }).remove()
      return { db }
    }
  })
} else {
  // Said once, visibly, so a green run is not mistaken for a CloudBase run.
  console.info('database contract: CloudBase run skipped (set HALL_CLOUDBASE_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY to run it)')
}

describe.each(targets)('database contract on $name', (target) => {
  let db: Database
  let ctx: Awaited<ReturnType<Target['open']>>
  const items = () => db.collection('contract_items')

  beforeEach(async () => {
    ctx = await target.open()
    db = ctx.db
  })

  it('should add, read by id and count', async () => {
    const { _id } = await items().add({ data: { code: 'a', n: 1 } })
    expect(typeof _id).toBe('string')
    const { data } = await items().doc(_id).get()
    expect(data).toMatchObject({ _id, code: 'a', n: 1 })
    expect((await items().count()).total).toBe(1)
  })

  it('should throw when doc().get() finds nothing', async () => {
    await expect(items().doc('missing-id').get()).rejects.toMatchObject({ errMsg: expect.stringContaining('does not exist') })
  })

  it('should return 100 documents by default and at most 1000', async () => {
    await items().add({ data: Array.from({ length: 1050 }, (_, i) => ({ code: `c${i}`, n: i })) })
    expect((await items().get()).data).toHaveLength(100)
    expect((await items().limit(5000).get()).data).toHaveLength(1000)
    expect((await items().count()).total).toBe(1050)
  })

  it('should order by several fields, skip, limit and project', async () => {
    await items().add({ data: [{ code: 'x1', g: 2, n: 1 }, { code: 'x2', g: 1, n: 2 }, { code: 'x3', g: 1, n: 3 }, { code: 'x4', g: 2, n: 4 }] })
    const { data } = await items().orderBy('g', 'asc').orderBy('n', 'desc').skip(1).limit(2).field({ code: true }).get()
    expect(data.map((d) => d.code)).toEqual(['x2', 'x4'])
    expect(data[0]).not.toHaveProperty('n')
  })

  it('should match nested objects in where by dotted fields, not whole-object equality', async () => {
    await items().add({ data: { code: 'n1', addr: { city: '示范市', street: '人民路' } } })
    expect((await items().where({ addr: { city: '示范市' } }).get()).data).toHaveLength(1)
    expect((await items().where({ 'addr.street': '人民路' }).get()).data).toHaveLength(1)
    expect((await items().where({ addr: db.command.eq({ city: '示范市' }) }).get()).data).toHaveLength(0)
  })

  it('should support the query commands', async () => {
    const _ = db.command
    await items().add({
      data: [
        { code: 'q1', n: 1, tags: ['a', 'b'], list: [{ k: 1 }, { k: 5 }], name: '居民身份证换领' },
        { code: 'q2', n: 5, tags: ['b'], list: [{ k: 2 }], name: '社保卡申领' },
        { code: 'q3', n: 9, tags: [], list: [], opt: true, name: '公积金提取' }
      ]
    })
    const codes = async (where: object) => (await items().where(where).orderBy('code', 'asc').get()).data.map((d) => d.code)
    expect(await codes({ n: _.gt(1).and(_.lt(9)) })).toEqual(['q2'])
    expect(await codes({ n: _.lt(2).or(_.gt(8)) })).toEqual(['q1', 'q3'])
    expect(await codes({ n: _.in([1, 9]) })).toEqual(['q1', 'q3'])
    expect(await codes({ n: _.nin([1, 9]) })).toEqual(['q2'])
    expect(await codes({ n: _.neq(5) })).toEqual(['q1', 'q3'])
    expect(await codes({ opt: _.exists(true) })).toEqual(['q3'])
    expect(await codes({ tags: _.size(2) })).toEqual(['q1'])
    expect(await codes({ tags: _.all(['a', 'b']) })).toEqual(['q1'])
    expect(await codes({ list: _.elemMatch({ k: _.gt(4) }) })).toEqual(['q1'])
    expect(await codes({ n: _.mod(4, 1) })).toEqual(['q1', 'q2', 'q3'])
    expect(await codes({ n: _.not(_.gt(4)) })).toEqual(['q1'])
    expect(await codes(_.or([{ n: 1 }, { code: 'q3' }]))).toEqual(['q1', 'q3'])
    expect(await codes(_.nor([{ n: 1 }, { code: 'q3' }]))).toEqual(['q2'])
    expect(await codes({ name: db.RegExp({ regexp: '身份证', options: 'i' }) })).toEqual(['q1'])
    expect(await codes({ name: /^社保/ })).toEqual(['q2'])
  })

  it('should update nested objects partially and replace with _.set', async () => {
    const _ = db.command
    const { _id } = await items().add({ data: { code: 'u1', profile: { a: 1, b: 2 }, n: 1, tags: ['x'] } })
    await items().doc(_id).update({ data: { profile: { a: 10 }, n: _.inc(2), tags: _.push(['y']) } })
    expect((await items().doc(_id).get()).data).toMatchObject({ profile: { a: 10, b: 2 }, n: 3, tags: ['x', 'y'] })
    await items().doc(_id).update({ data: { profile: _.set({ c: 3 }), tags: _.pull('x'), n: _.mul(10) } })
    const { data } = await items().doc(_id).get()
    expect(data.profile).toEqual({ c: 3 })
    expect(data.tags).toEqual(['y'])
    expect(data.n).toBe(30)
    await items().doc(_id).update({ data: { n: _.remove(), tags: _.addToSet('y'), seen: db.serverDate() } })
    const after = (await items().doc(_id).get()).data
    expect(after).not.toHaveProperty('n')
    expect(after.tags).toEqual(['y'])
    expect(after.seen).toBeInstanceOf(Date)
  })

  it('should replace the whole document with set and create it when absent', async () => {
    const { _id } = await items().add({ data: { code: 's1', keep: false, n: 1 } })
    expect((await items().doc(_id).set({ data: { code: 's1', n: 2 } })).stats).toEqual({ updated: 1, created: 0 })
    const { data } = await items().doc(_id).get()
    expect(data).toEqual({ _id, code: 's1', n: 2 })
    expect((await items().doc('s-new').set({ data: { code: 's2' } })).stats).toEqual({ updated: 0, created: 1 })
  })

  it('should update and remove many by where', async () => {
    await items().add({ data: [{ code: 'm1', g: 1 }, { code: 'm2', g: 1 }, { code: 'm3', g: 2 }] })
    expect((await items().where({ g: 1 }).update({ data: { flag: true } })).stats.updated).toBe(2)
    expect((await items().where({ flag: true }).remove()).stats.removed).toBe(2)
    expect((await items().count()).total).toBe(1)
  })

  it('should refuse a duplicate unique key and keep the first', async () => {
    await items().add({ data: { code: 'dup', n: 1 } })
    await expect(items().add({ data: { code: 'dup', n: 2 } })).rejects.toMatchObject({ errCode: -502001 })
    expect((await items().where({ code: 'dup' }).get()).data.map((d) => d.n)).toEqual([1])
  })

  it('should make a conditional update atomic under concurrency', async () => {
    const _ = db.command
    const { _id } = await items().add({ data: { code: 'stock', left: 10 } })
    const results = await Promise.all(
      Array.from({ length: 60 }, () => items().where({ _id, left: _.gt(0) }).update({ data: { left: _.inc(-1) } }))
    )
    expect(results.filter((r) => r.stats.updated === 1)).toHaveLength(10)
    expect((await items().doc(_id).get()).data.left).toBe(0)
  })

  it('should commit a transaction with all its writes', async () => {
    const { _id } = await items().add({ data: { code: 't1', n: 1 } })
    const value = await db.runTransaction(async (tx) => {
      const { data } = await tx.collection('contract_items').doc(_id).get()
      await tx.collection('contract_items').doc(_id).update({ data: { n: data.n + 1 } })
      await tx.collection('contract_items').add({ data: { code: 't2', n: 0 } })
      return 'done'
    })
    expect(value).toBe('done')
    expect((await items().doc(_id).get()).data.n).toBe(2)
    expect((await items().where({ code: 't2' }).count()).total).toBe(1)
  })

  it('should apply none of a transaction that throws', async () => {
    const { _id } = await items().add({ data: { code: 't3', n: 1 } })
    await expect(
      db.runTransaction(async (tx) => {
        await tx.collection('contract_items').doc(_id).update({ data: { n: 99 } })
        await tx.collection('contract_items').add({ data: { code: 't4' } })
        throw new Error('boom')
      })
    ).rejects.toThrow('boom')
    expect((await items().doc(_id).get()).data.n).toBe(1)
    expect((await items().where({ code: 't4' }).count()).total).toBe(0)
  })

  it('should reject with the reason given to rollback', async () => {
    await expect(
      db.runTransaction(async (tx) => {
        await tx.collection('contract_items').add({ data: { code: 't5' } })
        await tx.rollback('SLOT.FULL')
      })
    ).rejects.toBe('SLOT.FULL')
    expect((await items().where({ code: 't5' }).count()).total).toBe(0)
  })

  it('should apply none of a transaction whose commit hits a unique key', async () => {
    await items().add({ data: { code: 'taken' } })
    const { _id } = await items().add({ data: { code: 't6', n: 1 } })
    await expect(
      db.runTransaction(async (tx) => {
        await tx.collection('contract_items').doc(_id).update({ data: { n: 2 } })
        await tx.collection('contract_items').add({ data: { code: 'taken' } })
      })
    ).rejects.toMatchObject({ errCode: -502001 })
    expect((await items().doc(_id).get()).data.n).toBe(1)
    expect((await items().where({ code: 'taken' }).count()).total).toBe(1)
  })

  it('should keep what was written after the database is reopened', async () => {
    if (!ctx.reopen) return
    await items().add({ data: { code: 'p1', at: new Date('2026-11-22T01:02:03Z') } })
    const again = await ctx.reopen()
    const { data } = await again.collection('contract_items').where({ code: 'p1' }).get()
    expect(data[0].at).toEqual(new Date('2026-11-22T01:02:03Z'))
  })
})

describe('local store durability', () => {
  it('should roll a committed transaction forward after a crash between journal and apply', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hall-crash-'))
    const crashing = new LocalDatabase(
      new Store(dir, SPEC, {
        beforeApply() {
          throw new Error('simulated crash')
        }
      })
    )
    const { _id } = await crashing.collection('contract_items').add({ data: { code: 'c1', n: 1 } })
    await expect(
      crashing.runTransaction(async (tx) => {
        await tx.collection('contract_items').doc(_id).update({ data: { n: 2 } })
        await tx.collection('contract_items').add({ data: { _id: 'c2', code: 'c2' } })
      })
    ).rejects.toThrow('simulated crash')
    expect(fs.existsSync(path.join(dir, '_transaction.journal'))).toBe(true)

    const recovered = new LocalDatabase(new Store(dir, SPEC))
    expect((await recovered.collection('contract_items').doc(_id).get()).data.n).toBe(2)
    expect((await recovered.collection('contract_items').doc('c2').get()).data.code).toBe('c2')
    expect(fs.existsSync(path.join(dir, '_transaction.journal'))).toBe(false)
  })

  it('should refuse to write a field the data registry does not declare, by any write path', async () => {
    const spec = { people: { purpose: 'registry guard', fields: { _id: { meaning: 'id' }, name: { meaning: 'name' } }, indexes: [] } }
    const db = new LocalDatabase(new Store(fs.mkdtempSync(path.join(os.tmpdir(), 'hall-registry-')), spec))
    const people = db.collection('people')
    const { _id } = await people.add({ data: { name: '张三' } })
    const undeclared = { errCode: -502010, errMsg: expect.stringContaining('phone of collection people is not declared') }
    await expect(people.add({ data: { name: '李四', phone: '13812345678' } })).rejects.toMatchObject(undeclared)
    await expect(people.doc(_id).update({ data: { phone: '13812345678' } })).rejects.toMatchObject(undeclared)
    await expect(people.doc(_id).set({ data: { name: '张三', phone: '13812345678' } })).rejects.toMatchObject(undeclared)
    await expect(db.runTransaction(async (tx) => tx.collection('people').doc(_id).update({ data: { phone: '13812345678' } }))).rejects.toMatchObject(undeclared)
    expect((await people.get()).data).toEqual([{ _id, name: '张三' }])
  })

  it('should refuse a collection that is not declared', async () => {
    const db = new LocalDatabase(new Store(fs.mkdtempSync(path.join(os.tmpdir(), 'hall-undeclared-')), SPEC))
    await expect(db.collection('nope').get()).rejects.toMatchObject({ errCode: -502005 })
  })
})
