/**
 * Stands before any form that stores personal data: until the citizen has agreed to the
 * current privacy policy for the purpose, they see the consent screen, not the form.
 */
import { useState, type ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ConsentPurpose } from '../../domain/consent'
import { ApiError, call } from '../../services/api'
import { useCall } from '../../services/useCall'
import { ErrorState, Loading } from '../StateView'

export default function ConsentGate({ purpose, children }: { purpose: ConsentPurpose; children: ReactNode }) {
  const status = useCall('user', 'consentStatus')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  if (status.status === 'loading') return <Loading />
  if (status.status === 'error') return <ErrorState error={status.error} onRetry={status.reload} />
  const s = status.data
  if (s.state === 'given' && s.purposes.includes(purpose)) return <>{children}</>

  const wanted = s.available.filter((p) => p.key === purpose || s.purposes.includes(p.key))
  async function agree() {
    setBusy(true)
    setProblem(null)
    try {
      await call('user', 'giveConsent', { policyVersion: s.policyVersion, purposes: wanted.map((p) => p.key) })
      status.reload()
    } catch (err) {
      setProblem(err instanceof ApiError ? err.message : '操作失败，请稍后再试')
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='card' role='dialog' aria-label='个人信息处理同意'>
      <Text className='card__title'>{s.state === 'outdated' ? '隐私政策已更新' : '使用前请阅读并同意'}</Text>
      <Text>办理此项服务需要处理您的个人信息，仅用于：</Text>
      {wanted.map((p) => (
        <Text key={p.key} className='consent__purpose'>
          · {p.label}
        </Text>
      ))}
      <Text className='consent__link' onClick={() => Taro.navigateTo({ url: '/pages/privacy/index' })}>
        阅读《隐私政策》全文（版本 {s.policyVersion}）›
      </Text>
      <Button className='btn btn--primary' loading={busy} disabled={busy} onClick={agree}>
        同意并继续
      </Button>
      <Button className='btn btn--plain consent__decline' disabled={busy} onClick={() => Taro.navigateBack().catch(() => undefined)}>
        不同意，返回
      </Button>
      {problem ? (
        <View role='alert'>
          <Text>{problem}</Text>
        </View>
      ) : null}
    </View>
  )
}
