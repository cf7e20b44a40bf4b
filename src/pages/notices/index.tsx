import { useState } from 'react'
import { View } from '@tarojs/components'
import NoticeRow from '../../components/NoticeRow'
import PageShell from '../../components/PageShell'
import Pager from '../../components/Pager'
import { Empty, ErrorState, Loading } from '../../components/StateView'
import { NOTICE_KIND_NAMES } from '../../domain/notices/kinds'
import { useCall } from '../../services/useCall'

type Kind = keyof typeof NOTICE_KIND_NAMES

export default function Notices() {
  const [kind, setKind] = useState<Kind | 'all'>('all')
  const [page, setPage] = useState(1)
  const list = useCall('hall', 'listNotices', { page, pageSize: 20, ...(kind === 'all' ? {} : { kind }) })
  return (
    <PageShell>
      <View className='tabs' role='tablist'>
        {(['all', ...Object.keys(NOTICE_KIND_NAMES)] as Array<Kind | 'all'>).map((k) => (
          <View
            key={k}
            role='tab'
            aria-selected={kind === k}
            className={`tabs__tab ${kind === k ? 'tabs__tab--on' : ''}`}
            onClick={() => {
              setKind(k)
              setPage(1)
            }}
          >
            {k === 'all' ? '全部' : NOTICE_KIND_NAMES[k]}
          </View>
        ))}
      </View>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
      {list.status === 'ready' && list.data.items.length === 0 ? <Empty title='暂无公告' /> : null}
      {list.status === 'ready' && list.data.items.length > 0 ? (
        <View className='cells'>
          {list.data.items.map((n) => (
            <NoticeRow key={n.id} notice={n} />
          ))}
          <Pager page={list.data.page} total={list.data.total} hasMore={list.data.hasMore} onChange={setPage} />
        </View>
      ) : null}
    </PageShell>
  )
}
