import { deliverySummary, emptyCounts, outboxStateOf, OUTBOX_STATE_LABELS, type DeliveryCounts } from './outbox'

const counts = (c: Partial<DeliveryCounts>): DeliveryCounts => ({ ...emptyCounts(), ...c })

describe('outbox states', () => {
  it.each([
    ['the local hall', counts({ local: 4 }), '新写入4条（本地环境未发送4条）'],
    ['CloudBase, one refused', counts({ sent: 3, failed: 1 }), '新写入4条（已发送3条，发送失败1条）'],
    ['a rerun', counts({ skipped: 4 }), '新写入0条，已有4条不重复发送'],
    ['citizens not subscribed', counts({ unsubscribed: 2, local: 1, skipped: 1 }), '新写入3条（未订阅未发送2条，本地环境未发送1条），已有1条不重复发送']
  ])('should say what happened on %s', (_case, c, text) => {
    expect(deliverySummary(c)).toBe(text)
  })

  it.each([
    [{ state: 'sent' }, 'sent'],
    [{ state: 'local' }, 'local'],
    [{ sent: true }, 'sent'],
    [{ sent: false }, 'queued'],
    [{ state: 'delivered?' }, 'queued']
  ])('should read a stored record %j as %s', (record, state) => {
    expect(outboxStateOf(record)).toBe(state)
  })

  it('should never call a record sent unless WeChat took it', () => {
    expect(Object.entries(OUTBOX_STATE_LABELS).filter(([, label]) => label.includes('已发送')).map(([s]) => s)).toEqual(['sent'])
  })
})
