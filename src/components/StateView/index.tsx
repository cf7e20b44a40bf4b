import { Button, Text, View } from '@tarojs/components'
import type { ApiError } from '../../services/api'
import './index.css'

export function Loading({ label = '正在加载…' }: { label?: string }) {
  return (
    <View className='state state--loading' role='status' aria-live='polite'>
      <View className='state__spinner' />
      <Text className='state__text'>{label}</Text>
    </View>
  )
}

export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const forbidden = error.code === 'AUTH.FORBIDDEN' || error.code === 'AUTH.REQUIRED'
  return (
    <View className='state state--error' role='alert'>
      <Text className='state__title'>{forbidden ? '无法访问' : '加载失败'}</Text>
      <Text className='state__text'>{error.message}</Text>
      {error.requestId ? <Text className='state__meta'>请求编号：{error.requestId}</Text> : null}
      {onRetry && !forbidden ? (
        <Button className='btn btn--primary state__action' onClick={onRetry}>
          重新加载
        </Button>
      ) : null}
    </View>
  )
}

export function Empty({ title, hint }: { title: string; hint?: string }) {
  return (
    <View className='state state--empty'>
      <Text className='state__title'>{title}</Text>
      {hint ? <Text className='state__text'>{hint}</Text> : null}
    </View>
  )
}
