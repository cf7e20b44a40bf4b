import { RichText, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import PageShell from '../../components/PageShell'
import { ErrorState, Loading } from '../../components/StateView'
import { formatHallTime } from '../../domain/time'
import { useCall } from '../../services/useCall'
import './index.css'

export default function NoticePage() {
  const params = Taro.getCurrentInstance().router?.params ?? {}
  const id = params.id ? decodeURIComponent(params.id) : ''
  const notice = useCall('hall', 'getNotice', { id })
  return (
    <PageShell>
      {notice.status === 'loading' ? <Loading /> : null}
      {notice.status === 'error' ? <ErrorState error={notice.error} onRetry={notice.reload} /> : null}
      {notice.status === 'ready' ? (
        <View className='card notice'>
          <Text className='notice__title'>{notice.data.title}</Text>
          <Text className='notice__meta'>
            {notice.data.kindName} · {notice.data.source} · {formatHallTime(notice.data.publishAt)}
          </Text>
          {/* The body was sanitized by the function with the allow-list before it was stored and again when read. */}
          <RichText className='notice__body' nodes={notice.data.body} />
        </View>
      ) : null}
    </PageShell>
  )
}
