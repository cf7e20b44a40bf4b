/**
 * 个人信息权利 (PIPL art. 44-47): see what the hall holds, export it, withdraw consent, delete
 * the account data. Each action is one call; the functions decide what may be deleted.
 */
import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import PageShell from '../../components/PageShell'
import { ErrorState, Loading } from '../../components/StateView'
import { ApiError, call } from '../../services/api'
import { useCall } from '../../services/useCall'
import type { ConsentStatus } from '../../domain/api/user'
import type { OutputOf } from '../../domain/contract'
import { formatHallTime } from '../../domain/time'
import './index.css'

type Export = OutputOf<'user', 'myData'>
type Erasure = OutputOf<'user', 'deleteMyData'>

const STATE_LABEL: Record<ConsentStatus['state'], string> = {
  none: '尚未同意',
  given: '已同意',
  outdated: '隐私政策已更新，需重新同意',
  withdrawn: '已撤回同意'
}

function saveExport(data: Export) {
  const text = JSON.stringify(data, null, 2)
  if (process.env.TARO_ENV === 'h5') {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
    const a = document.createElement('a')
    a.href = url
    a.download = `指尖政务厅-我的数据-${data.exportedAt.slice(0, 10)}.json`
    a.click()
    URL.revokeObjectURL(url)
    return Promise.resolve()
  }
  // In WeChat a JSON file cannot be opened in place; the copy can be pasted anywhere.
  return Taro.setClipboardData({ data: text })
}

export default function MyData() {
  const consent = useCall('user', 'consentStatus')
  const held = useCall('user', 'myData')
  const [busy, setBusy] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [confirmText, setConfirmText] = useState('')
  const [erasure, setErasure] = useState<Erasure | null>(null)

  async function run(key: string, fn: () => Promise<unknown>, done: string) {
    setBusy(key)
    setNotice(null)
    try {
      await fn()
      setNotice(done)
      consent.reload()
      held.reload()
    } catch (err) {
      setNotice(err instanceof ApiError ? err.message : '操作失败，请稍后再试')
    } finally {
      setBusy(null)
    }
  }

  if (consent.status === 'loading' || held.status === 'loading') return <PageShell privacy><Loading /></PageShell>
  if (consent.status === 'error') return <PageShell privacy><ErrorState error={consent.error} onRetry={consent.reload} /></PageShell>
  if (held.status === 'error') return <PageShell privacy><ErrorState error={held.error} onRetry={held.reload} /></PageShell>

  const c = consent.data
  const total = held.data.collections.reduce((n, col) => n + col.documents.length, 0)
  return (
    <PageShell privacy>
      <View className='card'>
        <Text className='card__title'>隐私政策同意</Text>
        <Text className='my-data__line'>状态：{STATE_LABEL[c.state]}（政策版本 {c.policyVersion}）</Text>
        <Text className='my-data__link' onClick={() => Taro.navigateTo({ url: '/pages/privacy/index' })}>
          阅读《隐私政策》全文 ›
        </Text>
        {c.state === 'given' ? <Text className='my-data__line'>同意的用途：{c.available.filter((p) => c.purposes.includes(p.key)).map((p) => p.label).join('；')}</Text> : null}
        {c.state === 'given' ? (
          <Button className='btn btn--plain' loading={busy === 'withdraw'} disabled={busy !== null} onClick={() => run('withdraw', () => call('user', 'withdrawConsent'), '已撤回同意')}>
            撤回同意
          </Button>
        ) : (
          <Button className='btn btn--primary' loading={busy === 'consent'} disabled={busy !== null} onClick={() => run('consent', () => call('user', 'giveConsent', { policyVersion: c.policyVersion, purposes: c.available.map((p) => p.key) }), '已同意隐私政策')}>
            阅读并同意隐私政策
          </Button>
        )}
      </View>

      <View className='card'>
        <Text className='card__title'>我们持有的您的信息</Text>
        {total === 0 ? <Text className='my-data__line'>目前没有保存您的个人信息。</Text> : null}
        {held.data.collections.filter((col) => col.documents.length > 0).map((col) => (
          <Text className='my-data__line' key={col.name}>
            {col.purpose}：{col.documents.length} 条
          </Text>
        ))}
        <Text className='my-data__meta'>查询时间：{formatHallTime(held.data.exportedAt)}</Text>
        <Button className='btn btn--plain' disabled={busy !== null} onClick={() => run('export', () => saveExport(held.data), process.env.TARO_ENV === 'h5' ? '已下载导出文件' : '已复制导出内容')}>
          导出（JSON）
        </Button>
      </View>

      <View className='card'>
        <Text className='card__title'>删除我的账户数据</Text>
        <Text className='my-data__line'>删除后不可恢复。依法必须保留的记录不会删除，删除后会列出原因。请输入「确认删除」：</Text>
        <Input className='my-data__input' value={confirmText} placeholder='确认删除' onInput={(e) => setConfirmText(e.detail.value)} />
        {/* Enabled only for exactly the words the function asks for (it refuses anything else), hence the narrowing below. */}
        <Button
          className='btn my-data__danger'
          disabled={confirmText !== '确认删除' || busy !== null}
          loading={busy === 'delete'}
          onClick={() => run('delete', async () => setErasure(await call('user', 'deleteMyData', { confirm: confirmText as '确认删除' })), '已删除您的账户数据')}
        >
          删除
        </Button>
        {erasure && erasure.kept.length > 0 ? (
          <View className='my-data__kept'>
            {erasure.kept.map((k) => (
              <Text className='my-data__line' key={k.name}>
                保留：{k.purpose}（{k.count} 条）。原因：{k.reason}
              </Text>
            ))}
          </View>
        ) : null}
      </View>

      {notice ? (
        <View className='card' role='status'>
          <Text>{notice}</Text>
        </View>
      ) : null}
    </PageShell>
  )
}
