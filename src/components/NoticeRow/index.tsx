import { Text, View } from '@tarojs/components'
import { formatHallTime } from '../../domain/time'
import { noticeUrl, type NoticeSummary } from '../../services/guides'
import { open } from '../../services/navigation'
import './index.css'

export default function NoticeRow({ notice }: { notice: NoticeSummary }) {
  return (
    <View className='notice-row' hoverClass='notice-row--active' onClick={() => open(noticeUrl(notice.id))}>
      <Text className='notice-row__title'>
        {notice.pinned ? <Text className='notice-row__pin'>置顶 </Text> : null}
        {notice.title}
      </Text>
      <Text className='notice-row__meta'>
        {notice.kindName} · {notice.source} · {formatHallTime(notice.publishAt, 'YYYY-MM-DD')}
      </Text>
    </View>
  )
}
