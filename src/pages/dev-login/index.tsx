/**
 * Local hall only (H5 build): signs in as one of the seeded personas. In WeChat the identity
 * comes from the platform and this page does not exist.
 */
import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import PageShell from '../../components/PageShell'

const PERSONAS = [
  { persona: 'citizen', title: '群众', hint: '浏览办事指南、预约、办件、咨询投诉' },
  { persona: 'staff', title: '工作人员（市人力资源和社会保障局）', hint: '工作台：到场核验、受理办件' },
  { persona: 'admin', title: '管理员', hint: '管理后台：公告、事项、人员角色、审计' }
] as const

export default function DevLogin() {
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function signIn(body: object, key: string) {
    setBusy(key)
    setError(null)
    try {
      const res = await Taro.request({ url: `${HALL_API_BASE}/dev/session`, method: 'POST', data: body, header: { 'content-type': 'application/json' } })
      if (res.statusCode !== 200) throw new Error((res.data as { message?: string })?.message ?? '登录失败')
      await Taro.reLaunch({ url: '/pages/index/index' })
    } catch (err) {
      setError((err as Error).message || '登录失败，请确认本地政务厅正在运行')
    } finally {
      setBusy(null)
    }
  }

  return (
    <PageShell>
      <View className='card'>
        <Text className='card__title'>本地演示环境</Text>
        <Text>此页面仅用于开发和演示，正式小程序中不存在。选择一个身份进入：</Text>
      </View>
      {PERSONAS.map((p) => (
        <View className='card' key={p.persona}>
          <Text className='card__title'>{p.title}</Text>
          <Text>{p.hint}</Text>
          <Button className='btn btn--primary' loading={busy === p.persona} disabled={busy !== null} onClick={() => signIn({ persona: p.persona }, p.persona)}>
            以{p.title.replace(/（.*）/, '')}身份进入
          </Button>
        </View>
      ))}
      <View className='card'>
        <Button className='btn btn--plain' disabled={busy !== null} onClick={() => signIn({ persona: 'anonymous' }, 'anonymous')}>
          退出登录（访客）
        </Button>
      </View>
      {error ? (
        <View className='card' role='alert'>
          <Text>{error}</Text>
        </View>
      ) : null}
    </PageShell>
  )
}
