import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import GatedPage from '../../../components/GatedPage'
import Pager from '../../../components/Pager'
import { Empty, ErrorState, Loading } from '../../../components/StateView'
import { NOTICE_KINDS, type NoticeKind } from '../../../domain/notices/notice'
import { formatHallTime } from '../../../domain/time'
import { open } from '../../../services/navigation'
import { useCall } from '../../../services/useCall'
import './index.css'

const FILTERS: Array<{ key: 'all' | NoticeKind; label: string }> = [{ key: 'all', label: '全部' }, ...NOTICE_KINDS.map((k) => ({ key: k.code, label: k.name }))]

export default function AdminNotices() {
  return (
    <GatedPage roles={['admin']}>
      <NoticeList />
    </GatedPage>
  )
}

function NoticeList() {
  const [kind, setKind] = useState<'all' | NoticeKind>('all')
  const [page, setPage] = useState(1)
  const notices = useCall('admin', 'listAllNotices', { page, pageSize: 10, ...(kind === 'all' ? {} : { kind }) })

  return (
    <>
      <View className='admin-notices__actions'>
        <Button className='btn btn--primary' onClick={() => open('/admin/pages/notice/index')}>
          新建公告
        </Button>
      </View>

      <View className='chips admin-notices__filter'>
        {FILTERS.map((f) => (
          <View
            key={f.key}
            className={`chip ${kind === f.key ? 'chip--on' : ''}`}
            aria-selected={kind === f.key}
            onClick={() => {
              setKind(f.key)
              setPage(1)
            }}
          >
            {f.label}
          </View>
        ))}
      </View>

      {notices.status === 'loading' ? <Loading /> : null}
      {notices.status === 'error' ? <ErrorState error={notices.error} onRetry={notices.reload} /> : null}
      {notices.status === 'ready' && notices.data.items.length === 0 ? <Empty title='暂无公告' hint='点击“新建公告”撰写第一条' /> : null}
      {notices.status === 'ready' && notices.data.items.length > 0 ? (
        <View className='cells'>
          {notices.data.items.map((n) => (
            <View className='admin-notices__row' key={n.id} onClick={() => open(`/admin/pages/notice/index?id=${encodeURIComponent(n.id)}`)}>
              <View className='admin-notices__main'>
                <Text className='admin-notices__title'>
                  {n.pinned ? <Text className='admin-notices__pin'>置顶</Text> : null}
                  {n.title}
                </Text>
                <Text className='admin-notices__meta'>
                  {n.kindName} · {n.publishAt ? `${n.state === 'scheduled' ? '定于' : ''}${formatHallTime(n.publishAt)}${n.state === 'scheduled' ? '发布' : ''}` : '尚未发布'}
                </Text>
              </View>
              <Text className={`badge admin-notices__badge admin-notices__badge--${n.state}`}>{n.stateLabel}</Text>
              <Text className='cell__arrow'>›</Text>
            </View>
          ))}
          <Pager page={notices.data.page} total={notices.data.total} hasMore={notices.data.hasMore} onChange={setPage} />
        </View>
      ) : null}
    </>
  )
}
